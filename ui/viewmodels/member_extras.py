"""The view-model of a platform's member services: its terms, the member's points, linking a card.

Bound as ``vm.extras`` by the terms screen, the greeting's card-linking panel and the result
page. Texts from the platform (the terms) are handed to QML as plain strings for plain-text
items; nothing here is ever shown as markup.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from hardware import fields
from kiosk.cloud.member_services import Standing, TrainingToday
from kiosk.cloud.registry import display_name
from kiosk.session.state import AccountLinkView, CardLinkStep, SessionSnapshot
from ui.qr_images import qr_source
from ui.viewmodels import formatting
from ui.viewmodels.snapshot_part import SnapshotPart


def tr(text: str) -> str:
    """Translate ``text`` (module-level ``tr()`` calls are filed under the empty context)."""
    return QCoreApplication.translate("", text)


def standing_text(standing: Standing | None, language: str) -> str:
    """"+17 points today · level 3, 40 to go", or the parts the platform told ("" when none)."""
    if standing is None:
        return ""
    parts = []
    if standing.points_today is not None:
        parts.append(tr("+%1 points today").replace("%1", formatting.number(standing.points_today, 0, language)))
    if standing.level is not None and standing.points_to_next_level is not None:
        parts.append(tr("level %1, %2 to go").replace("%1", standing.level).replace(
            "%2", formatting.number(standing.points_to_next_level, 0, language)))
    elif standing.level is not None:
        parts.append(tr("level %1").replace("%1", standing.level))
    return " · ".join(parts)


def account_rows(accounts: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    """The greeting's line per platform the member may link: its name, state and what its button says."""
    rows = []
    for platform, status in accounts:
        name = display_name(platform)
        if status == "linked":
            label, action = tr("%1 connected").replace("%1", name), tr("Disconnect %1").replace("%1", name)
        elif status == "needs-reconnect":
            label, action = tr("%1 needs reconnecting").replace("%1", name), tr("Reconnect %1").replace("%1", name)
        else:
            label, action = "", tr("Connect %1").replace("%1", name)
        rows.append({"platform": platform, "status": status, "label": label, "action": action})
    return rows


ZONE_COLOURS = 5  # Theme.zoneColours: a member's zones, low to high, map onto these


def training_plan_text(training: TrainingToday | None) -> str:
    """The greeting's line about today's plan at the member's training platform ("" for none)."""
    if training is None or not training.plan_title:
        return ""
    name = display_name(training.platform)
    if training.plan_minutes:
        return tr("Today's plan in %1: %2, %3 min").replace("%1", name).replace("%2", training.plan_title) \
            .replace("%3", str(training.plan_minutes))
    return tr("Today's plan in %1: %2").replace("%1", name).replace("%2", training.plan_title)


def with_zones(rows: list[dict[str, Any]], values: dict[str, float], training: TrainingToday | None) -> list[dict[str, Any]]:
    """Live rows, the heart rate's marked with the member's own zone at their training platform."""
    for row in rows:
        row["zoneIndex"], row["zoneText"] = -1, ""
        bpm = values.get(fields.HEART_RATE_BPM)
        if row.get("field") != fields.HEART_RATE_BPM or training is None or bpm is None:
            continue
        index = training.zone_of(bpm)
        if index is not None:
            zone = training.zones[index]
            # Spread over the colours: three zones are blue, yellow and red; five use every colour.
            row["zoneIndex"] = round(index * (ZONE_COLOURS - 1) / max(len(training.zones) - 1, 1))
            row["zoneText"] = tr("Zone %1 of %2: %3").replace("%1", str(index + 1)) \
                .replace("%2", str(len(training.zones))).replace("%3", zone.name)
    return rows


def account_link_text(link: AccountLinkView | None) -> str:
    """What the QR-code panel says about the link's state."""
    if link is None:
        return ""
    name = display_name(link.platform)
    texts = {
        "starting": tr("Preparing the code…"),
        "waiting": tr("Scan the code with your phone's camera and sign in to %1 there."),
        "confirmed": tr("Signing in on your phone…"),
        "exchanging": tr("Signing in on your phone…"),
        "linked": tr("%1 connected"),
        "denied": tr("Not connected: the sign-in was cancelled on the phone."),
        "failed": tr("%1 did not finish connecting. Please try again later."),
        "expired": tr("The code has expired. Tap Connect to try again."),
    }
    return texts.get(link.status, tr("Connecting is not possible right now. Please try again later.")).replace("%1", name)


def card_link_texts(step: CardLinkStep | None, platform: str) -> tuple[str, str]:
    """(title, explanation) of the card-linking panel for ``step``; ``platform`` is its display name."""
    texts = {
        CardLinkStep.CONFIRM: (tr("Link a card to your %1 account?"),
                               tr("Next, hold the card or wristband you want to use to the reader. You can then log in "
                                  "with it instead of your phone. A card that belongs to another member is not linked.")),
        CardLinkStep.WAITING: (tr("Hold your card to the reader now"), tr("Only the next card tapped is linked.")),
        CardLinkStep.LINKING: (tr("Linking your card…"), tr("Please keep the card near the reader.")),
        CardLinkStep.LINKED: (tr("Your card is linked"), tr("Next time, just tap the card.")),
        CardLinkStep.ALREADY_YOURS: (tr("This card is already yours"), tr("Nothing needed changing.")),
        CardLinkStep.REFUSED: (tr("This card belongs to another member"),
                               tr("It was not linked. Please ask at the front desk if it should be yours.")),
        CardLinkStep.FAILED: (tr("Your card could not be linked right now"),
                              tr("Nothing was changed. Please try again.")),
    }
    title, text = texts.get(step, ("", "")) if step is not None else ("", "")
    return title.replace("%1", platform), text


class MemberExtrasViewModel(SnapshotPart):
    """Properties of the terms screen, the card-linking panel and the points line; slots for their buttons."""

    changed = Signal()
    _qr: tuple[str, str] = ("", "")  # (URL, image) of the link's QR code, made once per link

    def _present(self, snapshot: SessionSnapshot, language: str) -> dict[str, Any]:
        platform = display_name(snapshot.message_platform or self._flow.platform)
        link_title, link_text = card_link_texts(snapshot.card_link, platform)
        return {
            "termsIntro": tr("Before your results are saved to %1, please read and accept its terms.").replace(
                "%1", platform),
            "termsParagraphs": [{"text": p.text, "heading": p.heading} for p in snapshot.terms],
            "termsSending": snapshot.terms_sending,
            "standingText": standing_text(snapshot.standing, language),
            "canLinkCard": snapshot.can_link_card,
            "cardLinkStep": snapshot.card_link.value if snapshot.card_link else "",
            "cardLinkTitle": link_title,
            "cardLinkText": link_text,
            "accounts": account_rows(snapshot.accounts),
            "accountsText": " · ".join(row["label"] for row in account_rows(snapshot.accounts) if row["label"]),
            "trainingPlanText": training_plan_text(snapshot.training),
            **self._account_link(snapshot.account_link),
        }

    def _account_link(self, link: AccountLinkView | None) -> dict[str, Any]:
        """The QR-code panel: its title, the code as an image (made once per link), the matching code, the state."""
        if link is None:
            self._qr = ("", "")
            return {"accountLinkStatus": ""}
        if link.url and self._qr[0] != link.url:
            self._qr = (link.url, qr_source(link.url))
        return {
            "accountLinkStatus": link.status,
            "accountLinkTitle": tr("Connect %1").replace("%1", display_name(link.platform)),
            "accountLinkText": account_link_text(link),
            "accountLinkCode": link.match_code,
            "accountLinkQr": self._qr[1] if link.url else "",
        }

    def _get(name: str, default: Any = "") -> Any:  # noqa: N805 - property factory used in the class body
        return lambda self: self._values.get(name, default)

    termsIntro = Property(str, _get("termsIntro"), notify=changed)
    termsParagraphs = Property("QVariantList", _get("termsParagraphs", []), notify=changed)
    termsSending = Property(bool, _get("termsSending", False), notify=changed)
    standingText = Property(str, _get("standingText"), notify=changed)  # "" when the platform told nothing
    canLinkCard = Property(bool, _get("canLinkCard", False), notify=changed)
    cardLinkStep = Property(str, _get("cardLinkStep"), notify=changed)  # "" while the panel is closed
    cardLinkTitle = Property(str, _get("cardLinkTitle"), notify=changed)
    cardLinkText = Property(str, _get("cardLinkText"), notify=changed)
    accounts = Property("QVariantList", _get("accounts", []), notify=changed)  # platforms the member may link
    trainingPlanText = Property(str, _get("trainingPlanText"), notify=changed)  # "Today's plan in enduco: …"
    accountsText = Property(str, _get("accountsText"), notify=changed)  # "Enduco connected · Boditrax needs reconnecting"
    accountLinkStatus = Property(str, _get("accountLinkStatus"), notify=changed)  # "" while no QR code shows
    accountLinkTitle = Property(str, _get("accountLinkTitle"), notify=changed)
    accountLinkText = Property(str, _get("accountLinkText"), notify=changed)
    accountLinkCode = Property(str, _get("accountLinkCode"), notify=changed)
    accountLinkQr = Property(str, _get("accountLinkQr"), notify=changed)  # a PNG data URI of the link page's URL

    del _get

    @Slot()
    def acceptTerms(self) -> None:
        self._flow.accept_terms()

    @Slot()
    def declineTerms(self) -> None:
        self._flow.decline_terms()

    @Slot()
    def offerCardLink(self) -> None:
        self._flow.offer_card_link()

    @Slot()
    def startCardLink(self) -> None:
        self._flow.start_card_link()

    @Slot()
    def closeCardLink(self) -> None:
        self._flow.close_card_link()

    @Slot(str)
    def connectAccount(self, platform: str) -> None:
        self._flow.connect_account(platform)

    @Slot(str)
    def disconnectAccount(self, platform: str) -> None:
        self._flow.disconnect_account(platform)

    @Slot()
    def closeAccountLink(self) -> None:
        self._flow.close_account_link()
