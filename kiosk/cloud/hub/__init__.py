"""Our hub (the partner backend) as the kiosk's one platform: it logs members in and takes their results.

The kiosk holds only its own revocable device credential (``hub-device-credential`` beside the
config, owner-only); the hub holds EGYM's API key and speaks to EGYM. The contract is
``docs/hub-api.md``.
"""
