"""Trainer mode's view of results a destination has passed on (the hub): the states behind it, and actions there.

Once the hub has a result, the kiosk's own row says only "sent to the hub"; what a trainer
needs is where it stands at EGYM. So such a row is shown as the states the hub reports,
and a resend or discard of it is asked of the hub. When the hub does not answer, the
kiosk's own rows are shown: trainer mode never fails because the hub is away.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from typing import Callable, Mapping, Sequence

from kiosk.cloud.base import DownstreamState, DownstreamStatus, ReportsDownstream
from kiosk.cloud.errors import CloudError
from kiosk.message_codes import MessageCode
from kiosk.outbox.history import DeliveryRecord, HistoryItem
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.trainer.results import UNCERTAIN_REASON, UNLINKED_REASON

log = logging.getLogger(__name__)

# The hub's states in the trainer's words (the kiosk's own delivery states).
_AS_DELIVERY = {
    DownstreamState.PENDING: DeliveryState.SENDING,
    DownstreamState.RETRYING: DeliveryState.PENDING,
    DownstreamState.CHECKING: DeliveryState.PENDING,
    DownstreamState.DELIVERED: DeliveryState.SENT,
    DownstreamState.FAILED: DeliveryState.REJECTED,
    DownstreamState.UNCERTAIN: DeliveryState.REJECTED,  # waits for the trainer like a refusal, with its own reason
    DownstreamState.UNLINKED: DeliveryState.REJECTED,
    DownstreamState.DISCARDED: DeliveryState.DISCARDED,
}
_REASONS = {DownstreamState.RETRYING: MessageCode.OFFLINE.value, DownstreamState.FAILED: MessageCode.REJECTED.value,
            DownstreamState.UNCERTAIN: UNCERTAIN_REASON, DownstreamState.UNLINKED: UNLINKED_REASON}
_RESENDABLE = (DownstreamState.FAILED, DownstreamState.UNCERTAIN, DownstreamState.UNLINKED)
_DISCARDABLE = (DownstreamState.PENDING, DownstreamState.RETRYING, DownstreamState.CHECKING, DownstreamState.UNCERTAIN,
                DownstreamState.UNLINKED)


def as_status(status: DownstreamStatus) -> DeliveryStatus:
    """A platform's state behind a destination as a trainer reads a delivery state."""
    return DeliveryStatus(status.platform, _AS_DELIVERY[status.state], _REASONS.get(status.state), status.detail)


class DownstreamView:
    """What the destinations that pass results on (``reporters``, by name) say about this kiosk's results."""

    def __init__(self, reporters: Mapping[str, ReportsDownstream], clock: Callable[[], float] = time.time) -> None:
        self._reporters = dict(reporters)
        self._clock = clock

    async def show(self, items: Sequence[HistoryItem], limit: int) -> list[HistoryItem]:
        """``items`` with each row a reporter has replaced by the states behind it."""
        if not self._reporters or not items:
            return list(items)
        reported: dict[str, dict[str, tuple[DownstreamStatus, ...]]] = {}
        for name, reporter in self._reporters.items():
            try:
                reported[name] = await reporter.recent(limit)
            except CloudError as error:
                log.info("trainer mode shows the kiosk's own states: %s did not answer (%s)", name, type(error).__name__)
        return [self._behind(item, {name: states.get(item.unique_id, ()) for name, states in reported.items()})
                for item in items]

    async def show_one(self, item: HistoryItem) -> HistoryItem:
        """``item`` with the states behind each reporter that has it."""
        reported = {}
        for record in item.deliveries:
            reporter = self._reporters.get(record.destination)
            if reporter is not None and record.state is DeliveryState.SENT:
                try:
                    reported[record.destination] = await reporter.states(item.unique_id)
                except CloudError as error:
                    log.info("trainer mode shows the kiosk's own state: %s did not answer (%s)",
                             record.destination, type(error).__name__)
        return self._behind(item, reported)

    async def resend(self, unique_id: str) -> tuple[DeliveryStatus, ...]:
        """Ask every reporter holding ``unique_id`` to try again where it was refused."""
        changed: list[DeliveryStatus] = []
        for reporter in self._reporters.values():
            for status in await self._states(reporter, unique_id):
                if status.state in _RESENDABLE:
                    changed.extend(as_status(s) for s in await reporter.resend(unique_id, status.platform)
                                   if s.platform == status.platform)
        return tuple(changed)

    async def discard(self, unique_id: str, reason: str) -> tuple[DeliveryStatus, ...]:
        """Ask every reporter holding ``unique_id`` never to send it where it is still waiting."""
        changed: list[DeliveryStatus] = []
        for reporter in self._reporters.values():
            for status in await self._states(reporter, unique_id):
                if status.state in _DISCARDABLE:
                    changed.extend(as_status(s) for s in await reporter.discard(unique_id, status.platform, reason)
                                   if s.platform == status.platform)
        return tuple(changed)

    @staticmethod
    async def _states(reporter: ReportsDownstream, unique_id: str) -> tuple[DownstreamStatus, ...]:
        try:
            return await reporter.states(unique_id)
        except CloudError as error:  # it never reached the hub, or the hub is away: nothing to do there
            log.info("%s has no states for this result (%s)", reporter.name, type(error).__name__)
            return ()

    def _behind(self, item: HistoryItem, reported: Mapping[str, tuple[DownstreamStatus, ...]]) -> HistoryItem:
        records: list[DeliveryRecord] = []
        for record in item.deliveries:
            behind = reported.get(record.destination, ())
            if record.state is not DeliveryState.SENT or not behind:
                records.append(record)
                continue
            for status in behind:
                shown = as_status(status)
                records.append(dataclasses.replace(record, destination=shown.destination, state=shown.state,
                                                   reason=shown.reason, detail=shown.detail, field_errors=()))
        return dataclasses.replace(item, deliveries=tuple(records))
