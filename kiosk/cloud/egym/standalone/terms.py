"""EGYM's terms and conditions HTML turned into plain paragraphs a screen can show as text.

The kiosk never renders EGYM's HTML: nothing in it can load a remote resource or run a
script, because only the text survives. Headings and paragraphs (and list items, table
cells, line breaks) become separate paragraphs; ``script``, ``style``, ``iframe``,
``object``, ``template``, ``svg`` and ``head`` are dropped with everything inside them.
Links keep their text, not their address. Whitespace is collapsed, and a very long document
is cut off with a note, so a hostile reply cannot make the screen unusable.
"""
from __future__ import annotations

from html.parser import HTMLParser

from kiosk.cloud.member_services import TermsParagraph

MAX_CHARS = 200_000
_DROPPED = frozenset({"script", "style", "iframe", "object", "embed", "template", "svg", "head", "noscript", "math"})
_BREAKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "section", "article", "blockquote", "ul", "ol",
                     "table", "dd", "dt", "pre", "hr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[TermsParagraph] = []
        self._words: list[str] = []
        self._heading = False
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropping += 1
        elif tag in _HEADINGS or tag in _BREAKS:
            self._flush()
            self._heading = tag in _HEADINGS

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropping = max(0, self._dropping - 1)
        elif tag in _HEADINGS or tag in _BREAKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._words += data.split()

    def _flush(self) -> None:
        if self._words:
            self.paragraphs.append(TermsParagraph(" ".join(self._words), self._heading))
        self._words = []
        self._heading = False

    def close(self) -> None:
        super().close()
        self._flush()


def terms_paragraphs(html: str) -> list[TermsParagraph]:
    """The text of ``html`` as paragraphs; nothing of the markup is kept."""
    cut = len(html) > MAX_CHARS
    parser = _Text()
    parser.feed(html[:MAX_CHARS])
    parser.close()
    paragraphs = [TermsParagraph("".join(ch for ch in p.text if ch.isprintable()), p.heading) for p in parser.paragraphs]
    if cut:
        paragraphs.append(TermsParagraph("…"))
    return [p for p in paragraphs if p.text]
