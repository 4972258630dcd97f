"""Every string of the kiosk is translated in every language it ships, and the translations ship.

The Qt Linguist sources (resources/translations/*.ts) are checked against the code and against
the compiled .qm files the kiosk loads, so that a new ``qsTr`` nobody translated, a stale .qm or
a translation that drops a ``%1`` fails here rather than on a member's screen.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import TRANSLATION_SOURCES, TRANSLATIONS, Translator, translatable_files

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr", "it", "nl", "pl", "pt")
PLURAL_FORMS = {"pl": 3}  # Qt's numerus forms: Polish has one, few (2–4, 22–24…) and many; the others two
TOOLS = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    forms: tuple[str, ...]  # one translation, or one per plural form
    numerus: bool
    state: str | None  # "unfinished", "vanished" or "obsolete" when not a finished translation


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """(the file's language, its messages)."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment"), tuple(forms),
                                    message.get("numerus") == "yes", translation.get("type")))
    return root.get("language", ""), messages


def placeholders(text: str) -> list[str]:
    """The %1, %2… and %n a string fills in (%L1 is %1 formatted for the locale)."""
    return sorted(set(re.findall(r"%L?(\d+|n)", text)))


def translation_problems(ts: Path, qm: Path, language: str) -> list[str]:
    """Everything a member would see untranslated or wrong in ``language``."""
    declared, messages = read_ts(ts)
    problems = [] if declared.split("_")[0] == language else [f"{ts.name} declares language {declared!r}"]
    translator = QTranslator()
    if not translator.load(str(qm)):
        return [*problems, f"{qm.name} does not load"]
    plural_forms = PLURAL_FORMS.get(language, 2)
    for message in messages:
        where = f"{ts.name} {message.context or '(Python)'} {message.source!r}"
        if message.state:
            problems.append(f"{where} is {message.state}")
        if message.numerus and len(message.forms) != plural_forms:
            problems.append(f"{where} has {len(message.forms)} plural forms, {language} needs {plural_forms}")
        for form in message.forms:
            if not form.strip():
                problems.append(f"{where} has no translation")
            elif placeholders(form) != placeholders(message.source):
                problems.append(f"{where}: {form!r} fills in {placeholders(form)}, the source {placeholders(message.source)}")
        counts = (1, 2, 5, 22) if message.numerus else (-1,)
        shown = {translator.translate(message.context, message.source, message.comment, n) for n in counts}
        if "" in shown:
            problems.append(f"{where} is missing from {qm.name}")
        elif not shown <= set(message.forms):
            problems.append(f"{where} differs in {qm.name}: run python -m ui.i18n compile")
    return problems


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    ts = TRANSLATION_SOURCES / f"gym_kiosk_{language}.ts"
    problems = translation_problems(ts, TRANSLATIONS / f"gym_kiosk_{language}.qm", language)
    assert not problems, "\n".join(problems)


def test_the_translations_hold_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "gym_kiosk_xx.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", *map(str, translatable_files()), "-ts", str(fresh)],
                   check=True)
    in_code = {(m.context, m.source) for m in read_ts(fresh)[1]}
    for language in LANGUAGES:
        translated = {(m.context, m.source) for m in read_ts(TRANSLATION_SOURCES / f"gym_kiosk_{language}.ts")[1]}
        assert in_code - translated == set(), f"{language}: not in the .ts yet, run python -m ui.i18n update"
        assert translated - in_code == set(), f"{language}: no longer in the code, run python -m ui.i18n update"


def test_a_missing_translation_a_lost_placeholder_or_plural_form_is_caught(tmp_path: Path) -> None:
    ts = tmp_path / "gym_kiosk_pl.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ReviewScreen</name>
    <message><source>Save</source><translation>Zapisz</translation></message>
    <message><source>Not me</source><translation type="unfinished"></translation></message>
    <message><source>Your result, %1</source><translation>Twój wynik</translation></message>
    <message numerus="yes"><source>%n results</source>
        <translation><numerusform>%n wynik</numerusform><numerusform>%n wyniki</numerusform></translation></message>
</context>
</TS>
""", encoding="utf-8")
    lrelease(ts, tmp_path / "gym_kiosk_pl.qm")
    problems = translation_problems(ts, tmp_path / "gym_kiosk_pl.qm", "pl")
    assert problems == [
        "gym_kiosk_pl.ts ReviewScreen 'Not me' is unfinished",
        "gym_kiosk_pl.ts ReviewScreen 'Not me' has no translation",
        "gym_kiosk_pl.ts ReviewScreen 'Not me' is missing from gym_kiosk_pl.qm",
        "gym_kiosk_pl.ts ReviewScreen 'Your result, %1': 'Twój wynik' fills in [], the source ['1']",
        "gym_kiosk_pl.ts ReviewScreen '%n results' has 2 plural forms, pl needs 3",
        "gym_kiosk_pl.ts ReviewScreen '%n results' is missing from gym_kiosk_pl.qm",  # for 5 and 22: "many"
    ]


def test_a_stale_compiled_translation_is_caught(tmp_path: Path) -> None:
    ts = tmp_path / "gym_kiosk_fr.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>ReviewScreen</name><message><source>Save</source><translation>Sauver</translation></message></context>
</TS>
""", encoding="utf-8")
    lrelease(ts, tmp_path / "gym_kiosk_fr.qm")
    ts.write_text(ts.read_text(encoding="utf-8").replace("Sauver", "Enregistrer"), encoding="utf-8")
    assert translation_problems(ts, tmp_path / "gym_kiosk_fr.qm", "fr") == [
        "gym_kiosk_fr.ts ReviewScreen 'Save' differs in gym_kiosk_fr.qm: run python -m ui.i18n compile"]


def test_the_kiosk_speaks_every_shipped_language(qapp) -> None:
    translator = Translator()
    assert translator.available() == ["en", *LANGUAGES]
    try:
        for language in LANGUAGES:
            assert translator.use(f"{language}_XX") == language
            expected = {m.source: m.forms[0] for m in read_ts(TRANSLATION_SOURCES / f"gym_kiosk_{language}.ts")[1]}
            assert QCoreApplication.translate("ResultPage", "Save") == expected["Save"]  # the result page says Save
            assert QCoreApplication.translate("", "Weight") == expected["Weight"]
    finally:
        translator.use("en")  # the translator is app-wide: leave English for other tests
    assert QCoreApplication.translate("ReviewScreen", "Save") == "Save"


def test_the_package_ships_every_compiled_translation() -> None:
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["ui"]
    packaged = {path for pattern in patterns for path in (REPO / "ui").glob(pattern)}
    assert {TRANSLATIONS / f"gym_kiosk_{language}.qm" for language in LANGUAGES} <= packaged
