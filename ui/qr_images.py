"""QR codes for QML's Image, through an image provider (``image://qr/<key>``).

The provider draws synchronously when the screen asks, so the very frame that shows a QR panel
has its code in it. A ``data:`` URI decodes a frame later, and the demo's screenshots caught the
panel blank. The key is a hash of the text, so the text itself never appears in a URL.
"""
from __future__ import annotations

import hashlib
import io

from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

PROVIDER = "qr"
QR_MASK = 2  # any of the eight masks is valid; scoring all eight to pick one took ~13 ms of the event loop
_KEPT = 4  # codes kept for screens that may still show them (the take-away code, the link's)
_codes: dict[str, bytes] = {}  # key → PNG, one pixel a module


def qr_source(text: str) -> str:
    """The Image source showing ``text`` as a QR code ("" for no text); drawn once per text (~2 ms).

    segno is imported here, not with the module: most members never ask, and the kiosk's memory is tight.
    """
    if not text:
        return ""
    key = hashlib.sha256(text.encode()).hexdigest()[:24]
    if key not in _codes:
        import segno

        png = io.BytesIO()
        segno.make(text, error="m", micro=False, mask=QR_MASK).save(png, kind="png", scale=1, border=2)
        _codes[key] = png.getvalue()
        while len(_codes) > _KEPT:
            _codes.pop(next(iter(_codes)))
    return f"image://{PROVIDER}/{key}"


class QrImageProvider(QQuickImageProvider):
    """Hands QML the codes :func:`qr_source` drew; an empty image for a key no longer kept."""

    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)

    def requestImage(self, key: str, size: object, requested_size: object) -> QImage:  # noqa: N802 - Qt's name
        png = _codes.get(key)
        return QImage.fromData(png, "PNG") if png else QImage()
