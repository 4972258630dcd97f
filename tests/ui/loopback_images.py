"""Proof that a screen fetched nothing: a loopback HTTP server that records every request.

A name like ``<img src="http://127.0.0.1:PORT/x.png">`` rendered as rich text makes Qt fetch
that URL. To show that nothing was fetched, the test renders the screen, then loads a probe
image from the same server and waits for its request. The server answers one connection at a
time, in the order they were made, and QML loads images in the order they were asked for, so
once the probe has arrived any earlier fetch has been recorded too.
"""
from __future__ import annotations

import base64
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

WAIT_S = 10.0
PLAIN_TEXT = 0  # QML's Text.PlainText (Qt::PlainText)


# A 1x1 PNG for the probe, so its load succeeds quietly.
PROBE_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


class LoopbackImages:
    """A single-threaded HTTP server on 127.0.0.1 (port chosen by the OS): the probe gets a PNG, anything else 404."""

    def __init__(self) -> None:
        self._paths: list[str] = []
        self._arrived = threading.Condition()
        images = self

        class Handler(BaseHTTPRequestHandler):
            timeout = WAIT_S

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with images._arrived:
                    images._paths.append(self.path)
                    images._arrived.notify_all()
                if not self.path.startswith("/probe-"):
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PROBE_PNG)))
                self.end_headers()
                self.wfile.write(PROBE_PNG)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
                pass

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="loopback-images", daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/{path}"

    def requests_after_render(self, engine: QQmlEngine, window: QQuickWindow) -> list[str]:
        """Render ``window`` now, then every path requested so far (the probe's own request left out)."""
        window.grabWindow()
        probe_path = f"probe-{uuid.uuid4().hex}.png"
        component = QQmlComponent(engine)
        component.setData(f'import QtQuick\nImage {{ source: "{self.url(probe_path)}" }}'.encode(), QUrl())
        probe = component.create()
        assert isinstance(probe, QQuickItem), component.errorString()
        probe.setParentItem(window.contentItem())
        with self._arrived:
            arrived = self._arrived.wait_for(lambda: "/" + probe_path in self._paths, WAIT_S)
        probe.setParentItem(None)
        probe.deleteLater()
        assert arrived, "the probe image never reached the loopback server"
        return [path for path in self._paths if not path.startswith("/probe-")]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(WAIT_S)


def is_plain_text(engine: QQmlEngine, item: QQuickItem) -> bool:
    """True when the Text ``item`` shows its text as typed (QML's ``textFormat: Text.PlainText``)."""
    value, undefined = QQmlExpression(engine.rootContext(), item, "textFormat").evaluate()
    assert not undefined, "not a Text item"
    return value == PLAIN_TEXT


def text_items(window: QQuickWindow) -> list[QQuickItem]:
    """Every visible Text item that a QML file declares, after a frame has been rendered.

    Items that C++ made for itself (QtGraphs' axis numbers) have no QML context and are left out.
    """
    window.grabWindow()  # layouts settle, lists create their delegates
    found, pending = [], [window.contentItem()]
    while pending:
        item = pending.pop()
        pending.extend(item.childItems())
        if item.inherits("QQuickText") and item.isVisible() and QQmlEngine.contextForObject(item) is not None:
            found.append(item)
    return found
