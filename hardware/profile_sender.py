"""Send a member's personal data to an analyser in PC mode, over the link that reads it.

Usage, inside the event loop, before the member steps on::

    outcome = await send_profile(link, PersonalData("female", 37, 168.0), DIALECTS["mc-980"])
    if isinstance(outcome, ProfileRefused):
        ...  # outcome.reason / outcome.error say why; the analyser will not measure

The link keeps decoding everything the analyser sends (weights, then the record);
this only writes the commands of a :class:`~hardware.protocols.tanita_pc_mode.ProfileExchange`
one at a time, reads the replies through :meth:`SerialLink.listen`, leaves the spacing
the analyser needs between commands and gives up on a command not answered within
``reply_timeout_s``. Nothing it logs or returns holds the member's data.
"""
from __future__ import annotations

import asyncio
import logging

from hardware.protocols.tanita_pc_mode import (
    COMMAND_SPACING_S,
    MC980,
    PcModeDialect,
    PersonalData,
    ProfileExchange,
    ProfileOutcome,
    ProfileRefused,
    RefusalReason,
)
from hardware.serial_link import SerialLink

logger = logging.getLogger(__name__)

DEFAULT_REPLY_TIMEOUT_S = 2.0


async def send_profile(
    link: SerialLink,
    data: PersonalData,
    dialect: PcModeDialect = MC980,
    *,
    reply_timeout_s: float = DEFAULT_REPLY_TIMEOUT_S,
    spacing_s: float = COMMAND_SPACING_S,
) -> ProfileOutcome:
    """Run the whole exchange; ProfileAccepted once the analyser has taken ``G1``."""
    exchange = ProfileExchange(data, dialect)
    answered = asyncio.Event()

    def on_bytes(chunk: bytes) -> None:
        if exchange.feed(chunk):
            answered.set()

    stop_listening = link.listen(on_bytes)
    try:
        outcome = await _converse(link, exchange, answered, reply_timeout_s, spacing_s)
    finally:
        stop_listening()
    if isinstance(outcome, ProfileRefused):
        logger.warning("the analyser did not take the member's profile: %s", outcome)
    return outcome


async def _converse(
    link: SerialLink, exchange: ProfileExchange, answered: asyncio.Event, reply_timeout_s: float, spacing_s: float
) -> ProfileOutcome:
    """Write each pending command and wait for its reply (every reply moves the exchange on)."""
    while (command := exchange.pending) is not None:
        answered.clear()
        if not link.write(command):
            return exchange.give_up(RefusalReason.NOT_CONNECTED)
        try:
            await asyncio.wait_for(answered.wait(), reply_timeout_s)
        except asyncio.TimeoutError:
            return exchange.give_up(RefusalReason.NO_REPLY)
        if exchange.pending is not None:
            await asyncio.sleep(spacing_s)  # the analyser needs a pause between commands
    assert exchange.outcome is not None
    return exchange.outcome
