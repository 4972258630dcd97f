"""The ``gym-kiosk`` command (:mod:`gym_kiosk.cli`), the top layer: it starts the kiosk, its demo,
a support command, the sandbox, the benchmark or the chaos run.
"""

import sys

# httpx imports its command-line client (click, rich, pygments: ~6 MiB resident) whenever click is
# installed; the kiosk never runs it. Marking the module absent makes httpx skip it (its own fallback
# for a missing click) in every gym-kiosk process, before anything imports httpx.
sys.modules.setdefault("httpx._main", None)
