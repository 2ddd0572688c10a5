"""Shortcuts for read reports, ahead of the full Django stack (WSGI and ASGI).

Read reports are the most frequent request a news site gets and need none of Django's
middleware (sessions, CSRF, messages, locale, redirects) or URL resolution; these answer
`POST /reads/<id>/` directly with the same rules as the Django view. Every other request
goes to Django unchanged.
"""

import json
import re
from urllib.parse import parse_qs

from django.db import close_old_connections
from django.utils.translation import gettext as _

from . import audience
from .counting import async_committer
from .reports import answer_report, counted, screen, uncounted

REPORT_PATH = re.compile(r"/reads/(?P<page_id>[0-9]{1,12})/")
REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    413: "Content Too Large",
    429: "Too Many Requests",
    503: "Service Unavailable",
}


def receipt_from(query_string):
    return parse_qs(query_string).get("receipt", [None])[0] or None


def response_headers(status):
    headers = [("content-type", "application/json"), ("cache-control", "no-store")]
    if status == 429:
        headers.append(("retry-after", "60"))
    return headers


class ReadReportShortcut:
    """WSGI: answer read reports in the request thread, committed in groups."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        match = REPORT_PATH.fullmatch(environ.get("PATH_INFO", ""))
        if environ.get("REQUEST_METHOD") != "POST" or match is None:
            return self.application(environ, start_response)
        close_old_connections()
        receipt = receipt_from(environ.get("QUERY_STRING", ""))
        status, payload = answer_report(environ, int(match["page_id"]), receipt)
        start_response(f"{status} {REASONS[status]}", response_headers(status))
        return [json.dumps(payload).encode()]


def meta_from_scope(scope):
    """The WSGI-style keys the reporting rules read, from an ASGI scope."""
    meta = {
        "REQUEST_METHOD": scope["method"],
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "REMOTE_ADDR": (scope.get("client") or ("", 0))[0],
    }
    for name, value in scope.get("headers", []):
        key = name.decode("latin-1").upper().replace("-", "_")
        if key == "CONTENT_LENGTH":
            meta[key] = value.decode("latin-1")
        else:
            meta[f"HTTP_{key}"] = value.decode("latin-1")
    return meta


class AsyncReadReportShortcut:
    """ASGI: answer read reports on the event loop; only the database work leaves it."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        match = REPORT_PATH.fullmatch(scope.get("path", "")) if scope["type"] == "http" else None
        if match is None or scope["method"] != "POST":
            return await self.application(scope, receive, send)
        meta = meta_from_scope(scope)
        status, payload = await self.answer(meta, int(match["page_id"]))
        headers = [(k.encode(), v.encode()) for k, v in response_headers(status)]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": json.dumps(payload).encode()})

    async def answer(self, meta, page_id):
        receipt = receipt_from(meta["QUERY_STRING"])
        screening = screen(meta, page_id, receipt)
        if screening.status != 200:
            return screening.status, {"error": screening.error}
        if not screening.count:
            return await async_committer.run(uncounted, page_id)
        try:
            total = await async_committer.record(page_id, receipt)
        except Exception:
            audience.forget_read(screening.visitor, page_id)
            return 503, {"error": _("The read could not be recorded; please try again.")}
        return counted(total, screening, page_id)
