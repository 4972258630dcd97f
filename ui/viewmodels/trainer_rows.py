"""What trainer mode shows, row by row: delivery states, the results list model, a row, the trend page.

Plain functions of the data and the locale, apart from the list model Qt needs; the view-model
(:mod:`ui.viewmodels.trainer_mode`) calls them with the kiosk's unit system and language.
"""
from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from hardware import fields
from kiosk.cloud.registry import display_name
from kiosk.outbox.history import HistoryItem
from kiosk.outbox.status import DeliveryState
from kiosk.text import NAME_LIMIT, REASON_LIMIT, display_text
from kiosk.trainer import StateFilter
from kiosk.trainer.results import TREND_FIELDS, UNCERTAIN_REASON, UNLINKED_REASON, TrendPoint, can_resend
from ui.viewmodels import formatting

SUMMARY_VALUES = 3  # values shown per row in the results list
DAY_MS = 86_400_000
TREND_MARGIN = 0.05  # of the time span, left free before the first and after the last point


def tr(text: str) -> str:
    """Translate ``text``. pyside6-lupdate files module-level ``tr()`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def filter_label(state_filter: StateFilter) -> str:
    return {
        StateFilter.ALL: tr("All"),
        StateFilter.ATTENTION: tr("Needs attention"),
        StateFilter.QUEUED: tr("Queued"),
        StateFilter.NEEDS_REAUTH: tr("Needs re-auth"),
        StateFilter.REJECTED: tr("Rejected"),
        StateFilter.EXPIRED: tr("Expired"),
        StateFilter.SENT: tr("Sent"),
        StateFilter.DISCARDED: tr("Discarded"),
    }[state_filter]


def member_text(label: str | None, unknown: str = "") -> str:
    """A member's label (their profile name when they measured) as a trainer reads it."""
    return display_text(label, NAME_LIMIT) or unknown or tr("Unknown member")


def delivery_line(destination: str, state: DeliveryState, reason: str | None, detail: str) -> dict[str, str]:
    """One destination's state as a trainer reads it, with a tone for its colour; ``detail`` is the server's reason."""
    name = display_name(destination)
    if state is DeliveryState.SENT:
        return {"text": tr("%1: sent").replace("%1", name), "tone": "good"}
    if state in (DeliveryState.PENDING, DeliveryState.SENDING):
        text = tr("%1: queued (offline)") if reason == "offline" else tr("%1: queued")
        return {"text": text.replace("%1", name), "tone": "wait"}
    if state is DeliveryState.NEEDS_REAUTH:
        return {"text": tr("%1: needs re-auth").replace("%1", name), "tone": "wait"}
    if state is DeliveryState.REJECTED and reason == UNCERTAIN_REASON:
        return {"text": tr("%1: reply lost, may have arrived: check there, then resend or discard").replace("%1", name),
                "tone": "wait"}
    if state is DeliveryState.REJECTED and reason == UNLINKED_REASON:
        return {"text": tr("%1: the member has not connected their account").replace("%1", name), "tone": "wait"}
    if state is DeliveryState.REJECTED:
        why = display_text(detail, REASON_LIMIT) or tr("no reason given")
        return {"text": tr("%1: rejected (%2)").replace("%1", name).replace("%2", why), "tone": "bad"}
    if state is DeliveryState.EXPIRED:
        return {"text": tr("%1: expired, too old to send").replace("%1", name), "tone": "bad"}
    text = tr("%1: discarded (Not me)") if reason == "not me" else tr("%1: discarded by a trainer")
    return {"text": text.replace("%1", name), "tone": "off"}


def discard_reasons() -> list[str]:
    return [tr("Not this member"), tr("Test or demo measurement"), tr("Wrong reading from the device"), tr("Duplicate")]


class ResultListModel(QAbstractListModel):
    """The results list: one row per stored measurement, newest first."""

    ROLES = ("uniqueId", "memberLabel", "timeText", "valuesText", "deliveries", "attention")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {Qt.ItemDataRole.UserRole + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        position = role - Qt.ItemDataRole.UserRole
        if not 0 <= position < len(self.ROLES):
            return None
        return self._rows[index.row()][self.ROLES[position]]

    def replace(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, position: int) -> dict[str, Any]:
        return dict(self._rows[position])


def result_row(item: HistoryItem, unit_system: str | None, locale_tag: str) -> dict[str, Any]:
    """One row of the results list: who, when, the first values, each destination's state."""
    shown = formatting.result_rows(item.values, unit_system, locale_tag)[:SUMMARY_VALUES]
    deliveries = [delivery_line(d.destination, d.state, d.reason, d.detail) for d in item.deliveries]
    return {
        "uniqueId": item.unique_id,
        "memberLabel": member_text(item.member_label),
        "timeText": formatting.date_text(item.timestamp_ms, locale_tag, with_time=True),
        "valuesText": "  ·  ".join(f"{row['label']} {row['value']} {row['unit']}".strip() for row in shown),
        "deliveries": deliveries,
        "attention": can_resend(item),
    }


def trend_view(member_label: str, points: list[TrendPoint], unit_system: str | None, locale_tag: str) -> dict[str, Any]:
    """The trend page: a series per trend field (masses in lb on US customary and imperial sites), its axis range."""
    language = locale_tag
    in_pounds = unit_system != "METRIC"  # trends plot masses in lb on US customary and imperial sites
    mass_unit, per_kg = (tr("lb"), 1 / formatting.KG_PER_LB) if in_pounds else (tr("kg"), 1.0)
    labels = {fields.WEIGHT_KG: (tr("Weight"), mass_unit), fields.BODY_FAT_PERCENT: (tr("Body fat"), "%"),
              fields.MUSCLE_MASS_KG: (tr("Muscle mass"), mass_unit)}
    factors = {fields.WEIGHT_KG: per_kg, fields.MUSCLE_MASS_KG: per_kg}
    series = []
    for name in TREND_FIELDS:
        factor = factors.get(name, 1.0)
        chosen = [(p.timestamp_ms, p.values[name] * factor) for p in points if name in p.values]
        if not chosen:
            continue
        values = [value for _, value in chosen]
        low, high = _padded_range(min(values), max(values))
        first, last = values[0], values[-1]
        change = ""
        if len(values) > 1:
            change = ("+" if last > first else "") + f"{formatting.number(last - first, 1, language)} {labels[name][1]}"
        series.append({
            "key": name,
            "label": labels[name][0],
            "unit": labels[name][1],
            "points": [{"x": float(when), "y": value} for when, value in chosen],
            "min": low,
            "max": high,
            "latest": f"{formatting.number(last, 1, language)} {labels[name][1]}",
            "change": change,
        })
    times = [p.timestamp_ms for p in points]
    first_ms, last_ms = (min(times), max(times)) if times else (0, 0)
    margin = max((last_ms - first_ms) * TREND_MARGIN, DAY_MS / 2)  # the first and last points stay whole
    return {
        "title": tr("Trend for %1").replace("%1", member_text(member_label)),
        "subtitle": tr("Measurements at this kiosk: %1").replace("%1", str(len(points))),
        "series": series,
        "from": float(first_ms - margin),
        "to": float(last_ms + margin),
        "first": float(first_ms),
        "last": float(last_ms),
        "fromText": formatting.date_text(first_ms, locale_tag) if times else "",
        "toText": formatting.date_text(last_ms, locale_tag) if times else "",
    }


def _padded_range(low: float, high: float) -> tuple[float, float]:
    """A y-axis range around [low, high] with room above and below, on whole numbers."""
    spread = max(high - low, 1.0)
    return float(math.floor(low - spread * 0.25)), float(math.ceil(high + spread * 0.25))
