"""Sizes a member can use, on the panels we ship: touch targets of at least 15 mm, result values
legible from 1.5 m (cap height ≥ 7 mm) and control edges with 3:1 contrast (WCAG 1.4.11).

The offscreen platform reports a made-up DPI, so each panel's diagonal is given the way an
installer gives it for a panel that reports none: ``[station] screen_diagonal_inches``.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.session.state import SessionSnapshot
from tests.ui.screen_checks import layout_problems, shown_items
from tests.ui.test_layout import snapshots
from ui.i18n import Translator
from ui.qml_loader import QML_DIR, load_main_window
from ui.screenshot import grab
from ui.viewmodels.language import LanguagePickerViewModel
from ui.viewmodels.session import SessionViewModel

PANELS = [((800, 1280), 10.1), ((1080, 1920), 21.5), ((1920, 1080), 24.0)]
CAP_HEIGHT_PER_PIXEL_SIZE = 0.7  # DejaVu Sans capitals are 0.73 of the font's pixel size


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    low, high = sorted((luminance(first), luminance(second)))
    return (high + 0.05) / (low + 0.05)


def theme_colors() -> dict[str, QColor]:
    source = (QML_DIR / "shared" / "Theme.qml").read_text()
    return {name: QColor(value) for name, value in re.findall(r'property color (\w+): "(#[0-9a-fA-F]{6})"', source)}


def test_control_edges_stand_out_from_every_surface_they_sit_on() -> None:
    colors = theme_colors()
    for surface in ("background", "surface", "surfaceRaised"):
        assert contrast(colors["controlEdge"], colors[surface]) >= 3.0, surface
        assert contrast(colors["accent"], colors[surface]) >= 3.0, surface  # primary buttons and focused fields


@pytest.mark.parametrize(("size", "diagonal"), PANELS, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else f"{v}in")
def test_touch_targets_and_result_values_are_big_enough_in_millimetres(qapp, flow, size, diagonal, tmp_path: Path) -> None:
    translator = Translator(default_language="en")
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    vm = SessionViewModel(flow, translator=translator, station_name="Smart scale")
    picker = LanguagePickerViewModel(translator, flow.subscribe)
    engine.rootContext().setContextProperty("languages", picker)
    window = load_main_window(engine, vm, size=size, diagonal_inches=diagonal)
    pixels_per_mm = math.hypot(*size) / (diagonal * 25.4)
    problems, values_seen, buttons_seen = [], 0, 0
    try:
        assert window.property("mm") == pytest.approx(pixels_per_mm)
        for name in ("attract", "language-picker", "profile", "measuring-stable", "review", "review-workout", "done-saved"):
            vm.apply(snapshots("en")[name.replace("language-picker", "attract")])
            window.findChild(QObject, "languagePicker").setProperty("visible", name == "language-picker")
            QCoreApplication.processEvents()
            grab(window, tmp_path / f"{name}.png")  # renders: layouts settle
            problems += [f"{name}: {problem}" for problem in layout_problems(engine, window)]  # and still fits
            items = [item for item, _ in shown_items(window.contentItem())]
            for button in (item for item in items if item.objectName().endswith("Button")):
                buttons_seen += 1
                smallest = min(button.width(), button.height()) / pixels_per_mm
                if smallest < 15:
                    problems.append(f"{name}: {button.objectName()} is {smallest:.1f} mm")
            for value in (item for item in items if item.objectName() == "resultValue"):
                values_seen += 1
                cap_mm = value.property("font").pixelSize() * CAP_HEIGHT_PER_PIXEL_SIZE / pixels_per_mm
                if cap_mm < 7:
                    problems.append(f"{name}: value {value.property('text')!r} has {cap_mm:.1f} mm capitals")
    finally:
        picker.close()
        vm.apply(SessionSnapshot())
        window.close()
        shiboken6.delete(engine)
        vm.close()
    assert values_seen and buttons_seen
    assert not problems, "\n".join(problems)
