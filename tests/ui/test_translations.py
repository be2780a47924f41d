"""The Spanish translation: complete, compiled, true to its sources, and shown in the window."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from partnerdesk.briefs import layout
from partnerdesk.domain.agenda import TodaySection
from partnerdesk.domain.brief import build_brief
from partnerdesk.domain.email_drafts import (
    DraftKind,
    default_template,
    draft_kind_label,
    template_variables,
    validate_email_template,
)
from partnerdesk.domain.enum_words import ENUM_WORDS
from partnerdesk.domain.enums import Direction, PartnerStage
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.meeting_template import (
    _TITLE_ALONE,
    _TITLE_WITH_PARTNER,
    capture_headings,
)
from partnerdesk.domain.models import Commitment, Partner
from partnerdesk.domain.validation import FIELD_NAMES
from partnerdesk.store.repositories.base import ENTITY_NOUNS
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.user_guide_dialog import user_guide_text
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.labels import label
from partnerdesk.ui.language import install_translations
from partnerdesk.ui.main_window import MainWindow
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "partnerdesk"
SPANISH_TS = ROOT / "translations" / "partnerdesk_es.ts"
PSEUDO_TS = ROOT / "translations" / "partnerdesk_pseudo.ts"
COMPILED = SOURCES / "resources" / "translations"
# A Python format field: {name}, {count:,}; not Jinja's {{ }} or {% %}.
FIELD = re.compile(r"(?<!\{)\{(\w*)(?:[:!][^{}]*)?\}(?!\})")
QT_ARGUMENT = re.compile(r"%(?:n|\d)")
MNEMONIC = re.compile(r"&(?!&)\S")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one translation, or the numerus forms
    finished: bool
    numerus: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source", default=""),
                    forms,
                    translation.get("type") is None,
                    numerus,
                )
            )
    return found


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    tool = str(beside_python) if beside_python.exists() else shutil.which(name)
    assert tool, f"{name} is not installed (it comes with PySide6)"
    return tool


# -- the translation sources ---------------------------------------------------------------


def test_every_message_lupdate_finds_is_translated(tmp_path: Path) -> None:
    """New strings must be translated before they ship: run `make translations`, translate."""
    fresh = tmp_path / "fresh.ts"
    files = [str(path) for path in sorted(SOURCES.rglob("*.py"))]
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            *("-extensions", "py", "-no-obsolete", "-locations", "none"),
            *files,
            *("-ts", str(fresh)),
        ],
        check=True,
        capture_output=True,
    )
    wanted = {(m.context, m.source) for m in messages(fresh)}
    shipped = {(m.context, m.source): m for m in messages(SPANISH_TS)}
    missing = sorted(wanted - set(shipped))
    assert not missing, f"run `make translations` and translate: {missing[:10]}"
    assert not sorted(set(shipped) - wanted), "run `make translations` to drop unused messages"
    unfinished = [key for key, message in shipped.items() if not message.finished]
    assert not unfinished, f"untranslated in partnerdesk_es.ts: {unfinished[:10]}"
    assert all(all(form.strip() for form in m.forms) for m in shipped.values())


def test_every_context_is_one_qt_looks_up() -> None:
    """lupdate names the context of `obj.tr()` after the variable ("bar", "self._parent"),
    and after `QCoreApplication.translate(...)` not assigned, the next `self.tr()` gets
    "QCoreApplication.self": Qt looks up neither, so those strings would stay English.
    Use `QCoreApplication.translate("Context", ...)` outside a class's own methods."""
    contexts = {m.context for m in messages(SPANISH_TS)}
    wrong = sorted(c for c in contexts if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", c))
    assert not wrong


def test_the_pseudo_locale_has_every_message() -> None:
    spanish = {(m.context, m.source) for m in messages(SPANISH_TS)}
    pseudo = messages(PSEUDO_TS)
    assert {(m.context, m.source) for m in pseudo} == spanish
    assert all(m.finished for m in pseudo)


@pytest.mark.parametrize("name", ["partnerdesk_es", "partnerdesk_pseudo"])
def test_the_compiled_translations_are_current(tmp_path: Path, name: str) -> None:
    compiled = tmp_path / f"{name}.qm"
    source = ROOT / "translations" / f"{name}.ts"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    shipped = COMPILED / f"{name}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_placeholders_and_mnemonics_survive() -> None:
    problems = []
    for message in messages(SPANISH_TS):
        source = message.source
        for form in message.forms:
            checks = {
                "format fields": "{{" in source
                or "{%" in source
                or sorted(FIELD.findall(form)) == sorted(FIELD.findall(source)),
                "%n or %1": sorted(QT_ARGUMENT.findall(form))
                == sorted(QT_ARGUMENT.findall(source)),
                "mnemonic": bool(MNEMONIC.search(form)) == bool(MNEMONIC.search(source))
                and len(MNEMONIC.findall(form)) <= 1,
                "ellipsis": form.endswith("…") or not source.endswith("…"),
            }
            problems += [(what, message.context, form) for what, ok in checks.items() if not ok]
        if message.numerus and len(message.forms) != 2:  # Spanish: singular and plural
            problems.append(("plural forms", message.context, source))
    assert not problems


def test_the_brief_template_words_are_all_marked() -> None:
    template = (SOURCES / "briefs" / "templates" / "brief.html.j2").read_text(encoding="utf-8")
    used = set(re.findall(r'tr\("([^"]+)"\)', template))
    used |= {
        text
        for pair in re.findall(r'more_line\([^,]+, "([^"]+)", "([^"]+)"\)', template)
        for text in pair
    }
    assert used == set(layout.TEMPLATE_TEXTS)


def test_every_field_name_the_store_passes_is_marked() -> None:
    calls = "".join(path.read_text() for path in (SOURCES / "store").rglob("*.py"))
    passed = set(
        re.findall(
            r'(?:clean_name|clean_text|check_storable)\([^()]*(?:\([^()]*\))?[^()]*, "([^"]+)"\)',
            calls,
        )
    )
    assert passed
    assert passed <= set(FIELD_NAMES)


def test_the_interface_shows_errors_translated() -> None:
    """Errors reach people through `error_text(error)`, which translates them; `message`
    is the English, for logs and the command line."""
    offenders = [
        str(path.relative_to(SOURCES))
        for path in (SOURCES / "ui").rglob("*.py")
        if re.search(r"\b(?:error|exc|failure)\.message\b", path.read_text())
    ]
    assert not offenders, "show error_text(error) instead of error.message"
    assert "error_text(error)" in (SOURCES / "app.py").read_text()


def test_a_spanish_system_gets_spanish(tmp_path: Path) -> None:
    """The issue's check: under LANG=es_ES.UTF-8, with no setting or override, Spanish."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from partnerdesk.ui.language import chosen_language\n"
        "settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)\n"
        "print(chosen_language(settings, {}))\n"
    )
    environ = {"PATH": "/usr/bin:/bin", "LANG": "es_ES.UTF-8", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "window.ini")],
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "es"


# -- in Spanish ----------------------------------------------------------------------------


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The application in Spanish for one test; English again afterwards."""
    locale = QLocale()
    translators = install_translations(qapp, "es")
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def es(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_the_marked_domain_texts_are_found_at_run_time(spanish: list[QTranslator]) -> None:
    """What the domain marks is what it uses: each text is found in the translation."""
    marked = [
        *((type(value).__name__, word) for value, word in ENUM_WORDS.items()),
        *(("Fields", name) for name in FIELD_NAMES),
        *(("Entity", noun) for noun in ENTITY_NOUNS),
        *(("Brief", text) for text in layout.TEMPLATE_TEXTS),
        *(
            ("MeetingTitle", text)
            for text in [*_TITLE_ALONE.values(), *_TITLE_WITH_PARTNER.values()]
        ),
        *(("MeetingTemplate", heading) for heading in capture_headings()),
        *(("EmailDrafts", draft_kind_label(kind)) for kind in DraftKind),
        *(("EmailDrafts", text) for _name, text in template_variables()),
        *(("EmailTemplates", default_template(kind).subject) for kind in DraftKind),
        *(("EmailTemplates", default_template(kind).body) for kind in DraftKind),
    ]
    untranslated = [(context, text) for context, text in marked if es(context, text) == text]
    assert not untranslated


def test_the_spanish_e_mail_templates_render(spanish: list[QTranslator]) -> None:
    for kind in DraftKind:
        template = default_template(kind, QCoreApplication.translate)
        assert template != default_template(kind)
        validate_email_template(template)  # raises if the Jinja2 does not render


def test_errors_and_labels_in_spanish(spanish: list[QTranslator], store: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        store.partners.add(Partner(name="  "))
    assert error_text(raised.value) == "El campo «nombre del socio» no puede quedar vacío."
    assert raised.value.message == "The partner name cannot be empty."
    assert label(PartnerStage.STRATEGIC) == "Estratégico"


def test_the_brief_speaks_spanish(spanish: list[QTranslator], store: Store) -> None:
    partner = store.partners.add(Partner(name="Northwind Bank"))
    store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Send the job descriptions",
            due_on=date(2026, 11, 2),
        )
    )
    content = build_brief(store.briefs.facts(partner.id), TODAY, translate=es)
    assert content.talking_points[0].startswith("Preguntar por sus pendientes vencidos: ")
    assert "Todavía no ha habido reuniones en persona" in content.talking_points
    html = layout.render_html(content)
    assert "Puntos a tratar" in html
    assert "Talking points" not in html
    assert "Cumplimos a tiempo" in html


def test_the_user_guide_in_spanish(spanish: list[QTranslator]) -> None:
    spanish_guide = (ROOT / "docs" / "user-guide.es.md").read_text("utf-8")
    assert user_guide_text() == spanish_guide
    english = (ROOT / "docs" / "user-guide.md").read_text("utf-8")
    # The same sections and the same table of keys: when the English guide grows, so must
    # its translation.
    for marks in (r"(?m)^## ", r"(?m)^\| Ctrl|^\| F1"):
        assert len(re.findall(marks, spanish_guide)) == len(re.findall(marks, english))


def test_the_main_window_in_spanish(
    spanish: list[QTranslator], qtbot: QtBot, store: Store, bus: ChangeBus, tmp_path: Path
) -> None:
    assert len(spanish) == 2, "Qt's and PartnerDesk's Spanish translations both load"
    partner = store.partners.add(Partner(name="Northwind Bank"))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Edición", "&Ver", "&Socio", "&Reunión", "Ay&uda"]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        letters = [
            match.group()[1].lower()
            for item in menu.actions()
            if (match := MNEMONIC.search(item.text()))
        ]
        assert len(letters) == len(set(letters)), f"{action.text()}: {letters}"

    today = window.today_view
    # Today fills itself once the window has been painted, not before.
    qtbot.waitUntil(lambda: bool(today.heading.text()), timeout=10_000)
    assert today.heading.text().startswith("Hoy — ")
    assert today.model.section_title(TodaySection.OVERDUE_OURS).startswith("Vencidos — nuestros")
    assert today.model.headerData(0, Qt.Orientation.Horizontal) == "Socio"

    window.partner_list.select_partner(partner.id)
    tabs = window.workspace.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Resu&men",
        "Reuni&ones",
        "&Compromisos",
        "&Personas",
        "Necesi&dades",
        "&Iniciativas",
        "Se&guimientos",
    ]
    # Strings of the base class RecordTab, looked up for its subclasses.
    assert window.workspace.people.new_button.text() == "&Nuevo…"
    assert window.workspace.commitments.delete_button.text() == "E&liminar"
    filters = window.partner_list.findChildren(QComboBox)
    assert any(combo.findText("Cualquier etapa") >= 0 for combo in filters)
    assert window.workspace.overview.stage.findText("Estratégico") >= 0
    assert window.workspace.overview.kind.findText("Centro educativo") >= 0
    assert window.minimumSizeHint().width() <= 1600


def test_english_comes_back_after_spanish(qapp: QApplication) -> None:
    """The fixture leaves no translator behind for the tests that follow."""
    assert es("Menus", "&File") == "&File"
    assert label(PartnerStage.STRATEGIC) == "Strategic"
