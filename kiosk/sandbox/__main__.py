"""``python -m kiosk.sandbox``: the same as ``gym-kiosk sandbox``."""
from kiosk.sandbox.server import main

raise SystemExit(main())
