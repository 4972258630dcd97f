"""The member's phone in autoplay: opens the kiosk's QR link, confirms, and approves at the platform's page.

It follows the pages over HTTP as a browser would: the link page's form, then the platform's form
(enduco's authorize page, Boditrax's connect page) with its hidden fields, the first account offered
and the first button (Allow, Connect), then any redirect back to the hub. So the demo links an
account end to end without a person.
"""
from __future__ import annotations

import html
import re

import httpx

_FORM = re.compile(r"<form([^>]*)>(.*?)</form>", re.S)
_ACTION = re.compile(r"""action=["']([^"']+)["']""")
_HIDDEN = re.compile(r"""<input type=["']hidden["'] name=["'](\w+)["'] value=["']([^"']*)["']""")
_SELECT = re.compile(r"""<select name=["'](\w+)["']>\s*<option value=["']([^"']*)["']""")
_BUTTON = re.compile(r"""<button[^>]*name=["'](\w+)["'][^>]*value=["']([^"']*)["']""")
_TITLE = re.compile(r"""<h1[^>]*>([^<]+)<""")


async def approve_link(url: str, timeout_s: float = 20.0) -> str:
    """Open ``url`` (the QR code's), confirm, approve at the platform; the last page's heading."""
    async with httpx.AsyncClient(follow_redirects=False, timeout=timeout_s) as phone:
        confirm = await phone.get(url)
        confirm.raise_for_status()
        to_platform = await phone.post(url)
        platform_page = await phone.get(to_platform.headers["location"])
        form = _FORM.search(platform_page.text)
        if form is None:
            raise RuntimeError("the platform's page has no form to approve")
        action = _ACTION.search(form.group(1))
        fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(form.group(2))}
        fields.update(_SELECT.findall(form.group(2))[:1])
        fields.update(_BUTTON.findall(form.group(2))[:1])
        target = platform_page.url.join(action.group(1)) if action else platform_page.url
        answer = await phone.post(target, data=fields)
        result = await phone.get(answer.headers["location"]) if answer.is_redirect else answer
    title = _TITLE.search(result.text)
    return html.unescape(title.group(1).strip()) if title else ""
