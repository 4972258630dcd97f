"""What a member, trainer or installer would see as broken on a rendered screen, read from the QML
items' geometry: text cut off or spilling out of its box, off screen or lying on other text,
buttons off screen or under 15 mm, and strings left in English in another language."""
from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from tests.ui.test_translations import read_ts
from ui.i18n import TRANSLATION_SOURCES

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
LETTER = re.compile(r"[^\W\d_]")
# Layers that hide what is under them while they show.
COVERS = ("idleOverlay", "trainerMode", "languagePicker", "memberPicker", "onScreenKeyboard")
# Text that is data, not ours, and may end in "…" where it does not fit: a server's reason in a list
# row (whole on the detail page) and a folder path (its middle goes).
MAY_ELIDE = ("deliveryLine", "exportFolderPath")


def shown_items(top: QQuickItem) -> list[tuple[QQuickItem, tuple[QQuickItem, ...]]]:
    """Every item under ``top`` that is visible and not faded out, with its ancestors from ``top`` down.

    Walked from the top rather than up through ``parentItem()``: on Python 3.11, PySide 6 drops a
    reference to None each time that returns None, and a long walk crashes the interpreter.
    """
    found = []

    def walk(item: QQuickItem, opacity: float, ancestors: tuple[QQuickItem, ...]) -> None:
        for child in item.childItems():
            child_opacity = opacity * child.opacity()
            if child.isVisible() and child_opacity > 0.01:
                found.append((child, ancestors))
                walk(child, child_opacity, (*ancestors, child))

    walk(top, top.opacity(), (top,))
    return found


def painted_rect(engine: QQmlEngine, text: QQuickItem) -> QRectF:
    """Where a Text item's glyphs are, in window coordinates (its box may be wider than its text)."""
    width, height = text.property("contentWidth"), text.property("contentHeight")
    # Alignment enums do not convert to Python; QML hands them over as numbers.
    alignment, _ = QQmlExpression(engine.rootContext(), text, "effectiveHorizontalAlignment | verticalAlignment").evaluate()
    x = {int(Qt.AlignmentFlag.AlignRight.value): text.width() - width,
         int(Qt.AlignmentFlag.AlignHCenter.value): (text.width() - width) / 2}.get(int(alignment) & 0x0F, 0.0)
    y = {int(Qt.AlignmentFlag.AlignBottom.value): text.height() - height,
         int(Qt.AlignmentFlag.AlignVCenter.value): (text.height() - height) / 2}.get(int(alignment) & 0xF0, 0.0)
    return text.mapRectToScene(QRectF(x, y, width, height))


def scroll_viewport(ancestors: tuple[QQuickItem, ...]) -> QRectF | None:
    """The visible part (window coordinates) of the nearest list or scrolling page among ``ancestors``, if any."""
    for parent in reversed(ancestors):
        if parent.inherits("QQuickFlickable"):
            return parent.mapRectToScene(QRectF(0, 0, parent.width(), parent.height()))
    return None


def layout_problems(engine: QQmlEngine, window: QQuickWindow) -> list[str]:
    """Everything a member would see as broken on the screen as it is now.

    Text in a list or a scrolling page may lie beyond the window until scrolled to; it is
    checked for being cut off and for its width, and only where it shows for overlaps.
    """
    items = readable_items(window)
    texts = [(item, ancestors) for item, ancestors in items
             if item.inherits("QQuickText") and item.property("text")]
    bounds = QRectF(0, 0, window.width(), window.height()).adjusted(-1, -1, 1, 1)
    problems, rects = [], []
    for text, ancestors in texts:
        label = repr(text.property("text"))
        if text.property("truncated") and text.objectName() not in MAY_ELIDE:
            problems.append(f"{label} is cut off")
        in_chart = any(ancestor.inherits("QGraphsView") for ancestor in ancestors)  # axis labels sized by QtGraphs
        if not in_chart and (text.property("contentWidth") > text.width() + 1 or text.property("contentHeight") > text.height() + 1):
            problems.append(f"{label} spills out of its box")
        painted, viewport = painted_rect(engine, text), scroll_viewport(ancestors)
        if viewport is None:
            if not bounds.contains(painted):
                problems.append(f"{label} is not fully on screen")
            rects.append((text.property("text"), painted))
        else:
            if painted.left() < bounds.left() or painted.right() > bounds.right():
                problems.append(f"{label} is wider than the screen")
            if not painted.intersected(viewport).isEmpty():
                rects.append((text.property("text"), painted.intersected(viewport)))
    for i, (first, a) in enumerate(rects):
        for second, b in rects[i + 1:]:
            overlap = a.intersected(b)
            if overlap.width() > 1 and overlap.height() > 1:
                problems.append(f"{first!r} overlaps {second!r}")
    touch_target = window.property("touchTarget")
    for button, ancestors in ((item, ancestors) for item, ancestors in items if item.objectName().endswith("Button")):
        if scroll_viewport(ancestors) is None and not bounds.contains(button.mapRectToScene(QRectF(0, 0, button.width(), button.height()))):
            problems.append(f"{button.objectName()} is not fully on screen")
        if min(button.width(), button.height()) < touch_target:
            problems.append(f"{button.objectName()} is smaller than 15 mm")
    return problems


def readable_items(window: QQuickWindow) -> list[tuple[QQuickItem, tuple[QQuickItem, ...]]]:
    """The items shown now with their ancestors, less those under a layer that covers them (trainer
    mode, an overlay, a picker)."""
    items = shown_items(window.contentItem())
    areas = [(cover, cover.mapRectToScene(QRectF(0, 0, cover.width(), cover.height())))
             for cover, _ in items if cover.objectName() in COVERS]
    return [(item, ancestors) for item, ancestors in items
            if not any(item is not cover and cover not in ancestors
                       and area.contains(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))
                       for cover, area in areas)]


def shown_texts(window: QQuickWindow) -> list[str]:
    """Every text a person can read on the window now."""
    return [item.property("text") for item, _ in readable_items(window)
            if (item.inherits("QQuickText") or item.inherits("QQuickTextInput")) and item.property("text")]


def _pattern(text: str) -> str:
    """A regular expression for what ``text`` looks like on screen, placeholders filled in."""
    return ".+?".join(re.escape(part) for part in PLACEHOLDER.split(text))


class UntranslatedCheck:
    """Finds English on a screen in ``language``: a source string with a different translation, or
    text that is the same as on the English screen (a string that never went through ``qsTr``).

    ``same_everywhere`` are texts that are meant to stay as they are (names, the brand, paths).
    """

    def __init__(self, language: str, same_everywhere: re.Pattern[str]) -> None:
        self.language = language
        self._same_everywhere = same_everywhere
        _, messages = read_ts(TRANSLATION_SOURCES / f"gym_kiosk_{language}.ts")
        english = {m.source for m in messages if any(form != m.source for form in m.forms) and _has_letters(m.source)}
        translated = {form for m in messages for form in m.forms if _has_letters(form)}  # "%1" alone says nothing
        self._english = re.compile("|".join(f"(?:{_pattern(s)})" for s in sorted(english)), re.DOTALL)
        self._translated = re.compile("|".join(f"(?:{_pattern(t)})" for t in sorted(translated)), re.DOTALL)

    def problems(self, texts: list[str], english_texts: set[str]) -> list[str]:
        found = []
        for text in texts:
            if self._translated.fullmatch(text) or self._same_everywhere.fullmatch(text):
                continue
            if self._english.fullmatch(text):
                found.append(f"{text!r} is not translated to {self.language}")
            elif text in english_texts and _has_words(text):
                found.append(f"{text!r} is the same as in English: not marked for translation?")
        return found


def _has_letters(text: str) -> bool:
    """At least two letters besides the placeholders."""
    return len(LETTER.findall(PLACEHOLDER.sub("", text))) >= 2


@cache
def _has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{3,}", text))
