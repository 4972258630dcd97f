"""Linking a member's account at another platform from the kiosk: a QR code, the member's phone, the hub.

None of the platforms offers the OAuth device grant, so the kiosk shows a QR code of a hub page
(:mod:`hub.linking.pages`); the phone confirms and signs in at the platform, and the hub exchanges
the code server-side (:mod:`hub.linking.service`). Against consent phishing (the cross-device flow's
known weakness) the QR code carries no credential, only a page that shows the gym, the member's
masked name and a code matching the kiosk's; a link is single use, lapses after five minutes, and a
kiosk has only a few open at once.
"""
