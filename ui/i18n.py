"""The language on screen: the kiosk's own by default, the member's while their session runs."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

logger = logging.getLogger(__name__)

UI = Path(__file__).resolve().parent
TRANSLATIONS = UI / "translations"  # the compiled .qm files the kiosk loads
TRANSLATION_SOURCES = UI.parent / "resources" / "translations"  # the .ts files translators edit


def translatable_files() -> list[Path]:
    """Every file lupdate reads: each ``qsTr`` in the QML, each ``translate`` in the Python, and each
    ``QT_TRANSLATE_NOOP`` in the platforms' folders (their texts for the setup screen) and in the setup form."""
    platforms = UI.parent / "kiosk" / "cloud"
    setup_form = UI.parent / "kiosk" / "support" / "setup_form.py"  # the setup form's own messages
    return sorted({*UI.glob("qml/**/*.qml"), *UI.glob("**/*.py"), *platforms.glob("**/*.py"), setup_form})


def language_of(locale: str | None) -> str | None:
    """``de_DE`` / ``de-DE`` / ``de`` → ``de``; None when unknown."""
    if not locale:
        return None
    return locale.replace("-", "_").split("_")[0].lower() or None


class Translator:
    """Installs the translation for the language in use and asks QML to re-read its strings."""

    def __init__(self, default_language: str = "en") -> None:
        self.default_language = language_of(default_language) or "en"
        self.default_locale = default_language or "en"  # with its region, if the config gives one ("en_US")
        self.language = "en"
        self.chosen: str | None = None  # picked on the attract screen, until the visitor's session ends
        self._translator: QTranslator | None = None
        self._engine: QQmlEngine | None = None
        self.use(None)

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    @property
    def locale_tag(self) -> str:
        """The locale for dates and numbers: the kiosk's own (with its region) while its language shows."""
        return self.default_locale if self.language == language_of(self.default_locale) else self.language

    @staticmethod
    def available() -> list[str]:
        """Languages with a compiled translation, plus English (the source language)."""
        return ["en", *sorted(p.stem.removeprefix("gym_kiosk_") for p in TRANSLATIONS.glob("gym_kiosk_*.qm"))]

    def choose(self, language: str | None) -> str:
        """A visitor's pick on the attract screen (``None``: forget it); shown until a member's own language."""
        self.chosen = language_of(language)
        return self.use(None)

    def use(self, locale: str | None) -> str:
        """Switch to the member's language (``None``: back to the visitor's pick, else the kiosk's); returns it."""
        wanted = language_of(locale) or self.chosen or self.default_language
        if wanted not in self.available():
            wanted = self.default_language if self.default_language in self.available() else "en"
        if wanted == self.language and (self._translator is not None or wanted == "en"):
            return wanted
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if wanted != "en":
            translator = QTranslator()
            if translator.load(str(TRANSLATIONS / f"gym_kiosk_{wanted}.qm")) and app is not None:
                app.installTranslator(translator)
                self._translator = translator
            else:
                logger.warning("translation for %s could not be loaded; showing English", wanted)
                wanted = "en"
        self.language = wanted
        if self._engine is not None:
            self._engine.retranslate()
        return wanted


def main(argv: list[str] | None = None) -> int:
    """Maintain the translations with the venv's Qt tools.

    ``python -m ui.i18n update`` re-reads every ``qsTr`` in ui/qml, every ``translate`` in
    ui/**/*.py and every ``QT_TRANSLATE_NOOP`` in the platforms' folders (kiosk/cloud/**/*.py:
    their texts for the setup screen) into resources/translations/gym_kiosk_<lang>.ts (strings
    no longer used are dropped); translate the new entries (Qt Linguist: ``pyside6-linguist``), then
    ``python -m ui.i18n compile`` builds the .qm files the kiosk loads from ui/translations.
    A new language starts as a file holding only ``<TS version="2.1" language="pl_PL"></TS>``
    (the language sets how many plural forms lupdate asks for), then ``update``.
    """
    import subprocess
    import sys

    command = (argv if argv is not None else sys.argv[1:]) or ["compile"]
    if command[0] not in ("update", "compile"):
        print("usage: python -m ui.i18n [update|compile]", file=sys.stderr)
        return 2
    bin_dir = Path(sys.executable).parent
    sources = [str(path) for path in translatable_files()]
    for ts in sorted(TRANSLATION_SOURCES.glob("gym_kiosk_*.ts")):
        if command[0] == "update":
            subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True)
        else:
            subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(TRANSLATIONS / f"{ts.stem}.qm")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
