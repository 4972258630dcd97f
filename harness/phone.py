"""The member's phone in autoplay: opens the kiosk's QR link, confirms, and approves at the platform's sign-in page.

It follows the pages over HTTP as a browser would (the link page's form, the platform's authorize
form, the redirect back to the hub), so the demo links an account end to end without a person.
"""
from __future__ import annotations

import re

import httpx

_FORM_ACTION = re.compile(r"""<form[^>]*action=["']([^"']+)["']""")


async def approve_link(url: str, timeout_s: float = 20.0) -> str:
    """Open ``url`` (the QR code's), confirm, allow at the platform; the hub's result page title."""
    async with httpx.AsyncClient(follow_redirects=False, timeout=timeout_s) as phone:
        confirm = await phone.get(url)
        confirm.raise_for_status()
        to_platform = await phone.post(url)
        authorize = await phone.get(to_platform.headers["location"])
        action = _FORM_ACTION.search(authorize.text)
        if action is None:
            raise RuntimeError("the platform's sign-in page has no form to approve")
        back = await phone.post(authorize.url.join(action.group(1)), data={"answer": "yes"})
        result = await phone.get(back.headers["location"])
    title = re.search(r'id="title"[^>]*>([^<]+)<', result.text)
    return title.group(1).strip() if title else ""
