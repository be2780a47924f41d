"""Hypothesis-mutated JSON documents: each imports completely or is refused with a place.

Set FUZZ_EXAMPLES (as `make fuzz` does) for a longer run than the suite's.
"""

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from partnerdesk.demo.generator import generate
from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.interchange.json_format import export_json, import_json
from partnerdesk.store.store import Store
from tests.conftest import TODAY
from tests.interchange.notebooks import open_store
from tests.interchange.test_json_format import snapshot

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
# Far more than an import of this small document takes; a hang would blow through it.
DEADLINE = timedelta(seconds=10)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(
        ["", "2026-11-27", "2026-11-27T10:00:00Z", "ours", "open", "\x00", "x" * 400]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@cache
def base_document() -> str:
    """A real export of a small notebook with a bit of everything."""
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder)) as store:
        generate(store, 2, 7, TODAY)
        export_json(store, Path(folder) / "base.json")
        return (Path(folder) / "base.json").read_text(encoding="utf-8")


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_in(item, (*prefix, index))


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    """The base document with one to three of its values replaced, removed or doubled."""
    document = json.loads(base_document())
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = [path for path in paths_in(document) if path]
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "remove", "double"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "remove":
            del parent[last]
        elif isinstance(parent, list):
            parent.insert(last, parent[last])
        else:
            parent[draw(st.text(max_size=8))] = parent[last]
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The base document's bytes cut short, with bytes flipped, dropped or put in."""
    data = bytearray(base_document().encode("utf-8"))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        position = draw(st.integers(min_value=0, max_value=len(data) - 1))
        action = draw(st.sampled_from(["truncate", "flip", "drop", "insert"]))
        if action == "truncate":
            del data[position:]
        elif action == "flip":
            data[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "drop":
            del data[position : position + draw(st.integers(min_value=1, max_value=40))]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        if not data:
            break
    return bytes(data)


@contextmanager
def notebook() -> Iterator[tuple[Store, Path]]:
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder)) as store:
        yield store, Path(folder)


def imports_whole_or_refuses_with_a_place(store: Store, folder: Path, data: bytes) -> str:
    """Imports `data`, checks the outcome, and says which it was: "imported" or "refused"."""
    path = folder / "mutated.json"
    path.write_bytes(data)
    before = snapshot(store)
    try:
        report = import_json(store, path, dry_run=False)
    except ImportFileError as caught:
        refusal: ImportFileError | None = caught
    else:
        refusal = None
    if refusal is not None:
        assert refusal.location, refusal.message
        assert snapshot(store) == before
        return "refused"
    partners = json.loads(data.decode("utf-8-sig")).get("partners") or []
    assert report.created["partners"] + report.updated["partners"] == len(partners)
    for partner in partners:
        assert store.partners.get_by_uuid(partner["uuid"].lower()).name == partner["name"]
    return "imported"


def test_the_base_document_imports() -> None:
    with notebook() as (store, folder):
        outcome = imports_whole_or_refuses_with_a_place(store, folder, base_document().encode())
        assert outcome == "imported"
        assert store.counts().partners == 2


@FUZZ
@given(data=mutated_documents())
def test_mutated_documents(data: bytes) -> None:
    with notebook() as (store, folder):
        event(imports_whole_or_refuses_with_a_place(store, folder, data))


@FUZZ
@given(data=damaged_bytes())
def test_damaged_files(data: bytes) -> None:
    with notebook() as (store, folder):
        event(imports_whole_or_refuses_with_a_place(store, folder, data))


@FUZZ
@given(first=mutated_documents(), second=mutated_documents())
def test_mutated_documents_over_an_imported_one(first: bytes, second: bytes) -> None:
    """Upserts too: a second file over what the first one brought."""
    with notebook() as (store, folder):
        outcomes = [
            imports_whole_or_refuses_with_a_place(store, folder, data) for data in (first, second)
        ]
        event(" then ".join(outcomes))
