"""The view-model of a platform's member services: its terms, the member's points, linking a card.

Bound as ``vm.extras`` by the terms screen, the greeting's card-linking panel and the result
page. Texts from the platform (the terms) are handed to QML as plain strings for plain-text
items; nothing here is ever shown as markup.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from kiosk.cloud.member_services import Standing
from kiosk.cloud.registry import display_name
from kiosk.session.state import CardLinkStep, SessionSnapshot
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
