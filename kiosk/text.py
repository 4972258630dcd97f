"""Making text from a member's profile or a server reply safe to show on one line of a screen.

Such text is chosen by whoever edits the profile or runs the server. Control characters could
beep, move the cursor or break lines; bidi overrides, embeddings, isolates and marks reorder
what follows them ("Alex" shown as "xelA", or a reason that reads backwards); and a long name
would push everything else off the screen. Screens show what :func:`display_text` returns,
as plain text.
"""
from __future__ import annotations

import unicodedata

NAME_LIMIT = 40  # characters of a member's name on screen, the ellipsis included
REASON_LIMIT = 160  # characters of a server's reason on screen, the ellipsis included
ELLIPSIS = "…"

# Explicit directional formatting (Unicode UAX #9): embeddings and overrides U+202A-U+202E,
# isolates U+2066-U+2069, the marks LRM, RLM and ALM.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

# Cc: C0 and C1 controls and DEL; Cs: a lone surrogate half, which no screen can draw.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cs"})


def display_text(text: str | None, limit: int | None = None) -> str:
    """``text`` on one line: whitespace runs (line breaks too) become one space, control and bidi
    characters go, and beyond ``limit`` characters it is cut with an ellipsis."""
    if not text:
        return ""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        if char.isspace():
            kept.append(" ")  # before the control check: a tab or line break still separates words
        elif char not in BIDI_CONTROLS and unicodedata.category(char) not in _DROPPED_CATEGORIES:
            kept.append(char)
    shown = " ".join("".join(kept).split())
    if limit is not None and len(shown) > limit:
        shown = shown[: max(limit - len(ELLIPSIS), 0)].rstrip() + ELLIPSIS
    return shown
