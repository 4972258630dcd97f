"""The attract screen's language picker: a visitor chooses the language before tapping a card.

The choice shows on the attract and unlinked-card screens. Once a member is identified, their
profile's language wins (the session view-model asks the translator for it); when the session
ends, or nobody taps a card within a minute, the kiosk's own language is back for the next visitor.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.session.state import SessionSnapshot, SessionState
from ui.i18n import Translator

# Each language in its own name (endonyms are the same in every language, so they are not translated).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "it": "Italiano",
                  "nl": "Nederlands", "pl": "Polski", "pt": "Português"}
CHOICE_LASTS_MS = 60_000  # a choice nobody follows with a card goes after this long


class LanguagePickerViewModel(QObject):
    """``languages`` to offer, the ``current`` one, and ``choose(code)`` for a tap."""

    changed = Signal()

    def __init__(self, translator: Translator, subscribe: Callable[[Callable[[SessionSnapshot], None]], Callable[[], None]],
                 parent: QObject | None = None) -> None:
        """``subscribe`` is the session flow's: the choice ends with the session it started."""
        super().__init__(parent)
        self._translator = translator
        self._in_session = False
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(CHOICE_LASTS_MS)
        self._expiry.timeout.connect(self._expire)
        self._unsubscribe = subscribe(self._follow)

    def close(self) -> None:
        self._unsubscribe()
        self._expiry.stop()

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, str]]:
        return [{"code": code, "name": LANGUAGE_NAMES.get(code, code)} for code in self._translator.available()]

    @Property(str, notify=changed)
    def current(self) -> str:
        return self._translator.language

    @Property(str, notify=changed)
    def currentName(self) -> str:
        return LANGUAGE_NAMES.get(self._translator.language, self._translator.language)

    @Slot(str)
    def choose(self, code: str) -> None:
        if code not in self._translator.available():
            return
        self._translator.choose(code)
        self._expiry.start()
        self.changed.emit()

    def _follow(self, snapshot: SessionSnapshot) -> None:
        if snapshot.state is not SessionState.ATTRACT:
            self._in_session = True
            self._expiry.stop()
        elif self._in_session:  # a session has ended: the next visitor starts in the kiosk's language
            self._in_session = False
            self._reset()

    def _expire(self) -> None:
        if not self._in_session:
            self._reset()

    def _reset(self) -> None:
        self._translator.choose(None)
        self.changed.emit()
