"""The status byte that opens every CSAFE response frame.

Bit 7 is the frame toggle, bits 5–4 say how the slave took the frame it is
answering, bits 3–0 are the slave's state.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

TOGGLE_MASK = 0x80
PREVIOUS_FRAME_MASK = 0x30
STATE_MASK = 0x0F


class SlaveState(IntEnum):
    """The console's CSAFE state (value 4 is unused by the standard)."""

    ERROR = 0
    READY = 1
    IDLE = 2
    HAVE_ID = 3
    IN_USE = 5
    PAUSED = 6
    FINISHED = 7
    MANUAL = 8
    OFFLINE = 9


class PreviousFrameStatus(IntEnum):
    """How the slave handled the frame it is answering (bits 5–4, shifted down)."""

    OK = 0
    REJECT = 1
    BAD = 2
    NOT_READY = 3


@dataclass(frozen=True)
class StatusByte:
    """A decoded status byte."""

    state: SlaveState
    previous: PreviousFrameStatus = PreviousFrameStatus.OK
    toggle: bool = False

    @classmethod
    def parse(cls, value: int) -> StatusByte:
        """Decode one byte; raises ValueError for a state number the standard does not define."""
        state_number = value & STATE_MASK
        try:
            state = SlaveState(state_number)
        except ValueError:
            raise ValueError(f"status byte {value:02X} names undefined state {state_number}") from None
        return cls(
            state=state,
            previous=PreviousFrameStatus((value & PREVIOUS_FRAME_MASK) >> 4),
            toggle=bool(value & TOGGLE_MASK),
        )

    def to_byte(self) -> int:
        return (TOGGLE_MASK if self.toggle else 0) | (self.previous << 4) | self.state
