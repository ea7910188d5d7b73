"""The translations: every message of the window in Italian and Romanian (English for its plural forms), in the
context the code asks for at run time, placeholders kept; compiled with lrelease they show in the window."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests import factories
from ui.common import i18n
from ui.sales.document_table import QUOTE_COLUMNS
from ui.sales.quotes_page import ListPage

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("it", "ro", "en")
PLURAL_FORMS = {"it": 2, "ro": 3, "en": 2}  # as lupdate lays them out for each language
PLACEHOLDER = re.compile(r"%n|%\d|\{\w*\}")
ACCELERATOR = re.compile(r"&(?!&)\w")


def _messages(language: str):
    """(context, source, numerus, [translations], the <translation> element) for each message of the .ts."""
    root = ET.parse(TRANSLATIONS / f"smallcrm_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            texts = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            yield name, message.findtext("source") or "", numerus, texts, translation


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    messages = list(_messages(language))
    assert len(messages) > 500
    problems = []
    for context, source, numerus, texts, element in messages:
        where = f"{context}: {source!r}"
        if not re.fullmatch(r"[A-Za-z_]\w*", context):
            problems.append(f"bad context {context!r} for {source!r}")
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {element.get('type')}")
        if "%n" in source and not numerus:
            problems.append(f"{where} has %n but no plural forms (use self.tr(text, '', n): lupdate marks only those)")
        if numerus and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{where} has {len(texts)} plural forms")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} is empty")
            elif _placeholders(text) != _placeholders(source):
                problems.append(f"{where} → {text!r} changes the placeholders")
            elif len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                problems.append(f"{where} → {text!r} loses its keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_the_languages_have_the_same_messages():
    keys = {language: {(c, s) for c, s, *_ in _messages(language)} for language in LANGUAGES}
    assert keys["it"] == keys["ro"] == keys["en"]


def test_english_gives_both_plural_forms():
    forms = {source: texts for _c, source, numerus, texts, _e in _messages("en") if numerus}
    assert forms["%n record(s)"] == ["%n record", "%n records"]
    assert all(one != other for one, other in forms.values() if "more" not in one)


# -- the code: what lupdate extracts is what the window asks for --------------------------------------------------
class _CallSites(ast.NodeVisitor):
    """(file:line, context asked for at run time, literal source, plural) of the translatable texts of a file."""

    def __init__(self, where: Path) -> None:
        self.where, self.classes, self.fstring, self.found = where, [], 0, []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.fstring += 1
        self.generic_visit(node)
        self.fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        func, args, site = node.func, node.args, f"{self.where}:{node.lineno}"
        texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args]
        found = None
        if isinstance(func, ast.Name) and func.id == "tr" and args:
            found = (None, texts[0], False)  # a helper named tr: lupdate files its texts under no context
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            on_self = isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes
            found = (self.classes[-1] if on_self else None, texts[0], len(args) >= 3)
        elif ((isinstance(func, ast.Attribute) and func.attr == "translate")
              or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")) and len(args) >= 2:
            found = (texts[0], texts[1], len(args) >= 4) if texts[0] is not None else None
        if found is not None:
            context = "<inside an f-string, where lupdate does not look>" if self.fstring else found[0]
            self.found.append((site, context, *found[1:]))
        self.generic_visit(node)


def _call_sites():
    for path in sorted((ROOT / "ui").rglob("*.py")):
        visitor = _CallSites(path.relative_to(ROOT))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        yield from visitor.found


def test_every_literal_of_the_window_is_in_the_ts_under_its_run_time_context():
    known = {(c, s): numerus for c, s, numerus, *_ in _messages("it")}
    problems = []
    for site, context, source, plural in _call_sites():
        if source is None:
            continue  # a variable: its literal is marked with QT_TRANSLATE_NOOP where it is written
        if context is None or context.startswith("<"):
            problems.append(f"{site}: {source!r} is translated in context {context or 'unknown'}")
        elif (context, source) not in known:
            problems.append(f"{site}: ({context}, {source!r}) is not in the .ts (run make lupdate, then translate)")
        elif plural and not known[(context, source)]:
            problems.append(f"{site}: {source!r} is a plural, but not in the .ts (use self.tr(text, '', n))")
    assert not problems, "\n".join(problems)


# -- compiled and loaded -------------------------------------------------------------------------------------------
@pytest.fixture
def compiled(tmp_path, monkeypatch, qapp):
    """The .ts compiled into tmp_path with lrelease; ``install(language)`` loads them as the app does."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    for language in LANGUAGES:
        done = subprocess.run([str(lrelease), str(TRANSLATIONS / f"smallcrm_{language}.ts"), "-qm",
                               str(tmp_path / f"smallcrm_{language}.qm")], capture_output=True, text=True, check=True)
        assert "0 unfinished" in done.stdout, done.stdout
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    locale = QLocale()

    def install(language: str) -> None:
        assert i18n.install_translators(qapp, language)
        assert any(t.filePath().endswith(f"smallcrm_{language}.qm") for t in i18n._installed)

    yield install
    for translator in i18n._installed:  # the other tests stay in English
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(locale)


def _main_window(ctx, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _sidebar(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def _count_with_one_more(ctx, qtbot) -> str:
    """The count line of the contacts, once one more person is added."""
    from ui.parties.contacts_page import ContactsPage

    factories.person(ctx.db, "Persona", "Nuova")
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    return page.count.text()


def _save_button_text(ctx, qtbot) -> str:
    from ui.timeline.task_dialog import TaskDialog

    form = TaskDialog(ctx)
    qtbot.addWidget(form)
    return form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).text()


def test_italian_window(ctx, qtbot, compiled):
    compiled("it")
    window = _main_window(ctx, qtbot)
    assert _sidebar(window) == ["Panoramica", "Contatti", "Aziende", "Attività", "Promemoria", "Trattative",
                                "Preventivi", "Fatture", "Crediti", "Posta in uscita", "Posta in arrivo",
                                "Impostazioni"]
    assert window.due_label.text() == "Niente in scadenza oggi"
    contacts = window.page("contacts")
    assert contacts.search.placeholderText() == "Filtra per nome, e-mail, telefono, etichetta…"
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Nome"
    assert window.page("quotes").new_button.text() == "Nuovo preventivo"
    invoices = window.page("invoices")
    assert invoices.search.placeholderText() == "Filtra per numero o cliente…"  # ListPage's, from a subclass
    assert invoices.state.itemText(0) == "Tutte le fatture"
    frame = ListPage(ctx, QUOTE_COLUMNS)
    qtbot.addWidget(frame)
    frame.model.modelReset.emit()
    assert frame.count.text() == "0 documenti"
    assert _save_button_text(ctx, qtbot) == "Salva"


def test_italian_plurals(ctx, qtbot, compiled):
    compiled("it")
    assert _count_with_one_more(ctx, qtbot) == "1 elemento"
    assert _count_with_one_more(ctx, qtbot) == "2 elementi"  # one more


def test_romanian_window(ctx, qtbot, compiled):
    compiled("ro")
    window = _main_window(ctx, qtbot)
    assert _sidebar(window) == ["Acasă", "Contacte", "Companii", "Activități", "Sarcini", "Oportunități", "Oferte",
                                "Facturi", "Creanțe", "Mesaje de trimis", "E-mail primite", "Setări"]
    assert _count_with_one_more(ctx, qtbot) == "1 înregistrare"
    assert _count_with_one_more(ctx, qtbot) == "2 înregistrări"
    assert _save_button_text(ctx, qtbot) == "Salvează"  # Qt has no Romanian of its own: ours says it
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Da"


def test_english_plurals(ctx, qtbot, compiled):
    compiled("en")
    assert _count_with_one_more(ctx, qtbot) == "1 record"
    assert _count_with_one_more(ctx, qtbot) == "2 records"
    window = _main_window(ctx, qtbot)
    assert _sidebar(window)[:2] == ["Home", "Contacts"]
