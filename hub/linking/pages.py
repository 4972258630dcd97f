"""The pages a member's phone opens from the kiosk's QR code: confirm, then the platform, then the outcome;
and the login handlers a platform calls (Boditrax's auth-code and member-info endpoints).

Plain server-rendered HTML (Jinja2, autoescaped), no script, no third-party resource, no referrer;
English only for now (the member's language is not known to the phone's page).
"""
from __future__ import annotations

from jinja2 import Environment, PackageLoader
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from hub.linking.service import LinkPage, LinkRefused, Linking

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
_TEMPLATES = Environment(loader=PackageLoader("hub.linking", "templates"), autoescape=True, trim_blocks=True,
                         lstrip_blocks=True)


class LinkPages:
    """``/link/{id}`` (confirm), ``/link/callback`` (the platform sends the phone back), and
    ``/handlers/{platform}/authcode`` and ``/handlers/{platform}/member`` for platforms that link by login handler."""

    def __init__(self, linking: Linking) -> None:
        self._linking = linking

    def routes(self) -> list[Route]:
        return [Route("/link/callback", self.callback, methods=["GET"]),
                Route("/link/{link_id:str}", self.show, methods=["GET"]),
                Route("/link/{link_id:str}", self.confirm, methods=["POST"]),
                Route("/handlers/{platform:str}/authcode", self.handler_code, methods=["POST"]),
                Route("/handlers/{platform:str}/member", self.handler_member, methods=["POST"])]

    async def show(self, request: Request) -> Response:
        page = await self._linking.page(request.path_params["link_id"])
        if page.status != "waiting":
            return _render("result.html", page, 410 if page.status in ("expired", "unknown") else 200)
        return _render("confirm.html", page)

    async def confirm(self, request: Request) -> Response:
        target = await self._linking.confirm(request.path_params["link_id"])
        if target is None:
            return _render("result.html", LinkPage("expired"), 410)
        return RedirectResponse(target, status_code=303)

    async def callback(self, request: Request) -> Response:
        query = request.query_params
        page = await self._linking.callback(state=query.get("state", ""), code=query.get("code"),
                                            error=query.get("error"))
        return _render("result.html", page, 410 if page.status == "expired" else 200)


    async def handler_code(self, request: Request) -> Response:
        """Credentials posted form-encoded (``username``: the link's id, ``password``: its match code)."""
        platform = request.path_params["platform"]
        handler = self._linking.login_handler(platform)
        if handler is None:
            return Response(status_code=404, headers=SECURITY_HEADERS)
        form = await request.form()
        try:
            target = await self._linking.handler_code(platform, request.query_params.get("action", ""),
                                                      str(form.get("username") or ""), str(form.get("password") or ""))
        except LinkRefused as refusal:
            return JSONResponse(handler.refusal(refusal.message), refusal.status, headers=SECURITY_HEADERS)
        return RedirectResponse(target, status_code=302, headers=SECURITY_HEADERS)

    async def handler_member(self, request: Request) -> Response:
        """The platform posts the code form-encoded; the linked account, or a refusal, as JSON."""
        form = await request.form()
        reply = await self._linking.handler_member_info(request.path_params["platform"], str(form.get("code") or ""))
        if reply is None:
            return Response(status_code=404, headers=SECURITY_HEADERS)
        return JSONResponse(reply, 200 if reply.get("success") else 400, headers=SECURITY_HEADERS)


def _render(template: str, page: LinkPage, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_TEMPLATES.get_template(template).render(page=page), status_code=status,
                        headers=SECURITY_HEADERS)
