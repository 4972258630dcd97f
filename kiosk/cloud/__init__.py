"""Cloud platforms: one folder each (``kiosk/cloud/egym``), listed in :mod:`kiosk.cloud.registry`.

Each platform exports a :class:`~kiosk.cloud.platform.Platform` and implements the interfaces in
:mod:`kiosk.cloud.base`; :mod:`kiosk.cloud.identity_chain` asks several identity providers in order.
"""
