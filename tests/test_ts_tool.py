"""translations/ts_tool.py: listing what is left to translate, and filling it in."""

import importlib.util
from pathlib import Path
from types import ModuleType

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def ts_tool() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "translations" / "ts_tool.py"
    spec = importlib.util.spec_from_file_location("ts_tool", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_todo_lists_the_unfinished_and_fill_finishes_them(tmp_path: Path) -> None:
    tool = ts_tool()
    ts = tmp_path / "es.ts"
    ts.write_text(TS, encoding="utf-8")
    assert tool.unfinished(ts) == {"Menus": {"&Edit": "", "%n day(s)": ["", ""]}}
    filled = tool.fill(
        ts, {"Menus": {"&Edit": "&Edición", "%n day(s)": ["%n día", "%n días"], "Nope": "x"}}
    )
    assert filled == 2
    assert tool.unfinished(ts) == {}
    text = ts.read_text(encoding="utf-8")
    assert "&amp;Edición" in text
    assert "<numerusform>%n días</numerusform>" in text
