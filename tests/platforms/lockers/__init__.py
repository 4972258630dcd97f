"""Lockers: a minimal extra platform that lives entirely in this folder, as a real one would under kiosk/cloud/.

It logs members in by card and accepts their measurements over HTTP, with its own API key,
its own bearer tokens and its own sandbox emulation. The test beside this folder adds it to
the kiosk the way the registry line would (``platforms=(EGYM, LOCKERS)``) and checks that
EGYM and Lockers each see only their own tokens.
"""
