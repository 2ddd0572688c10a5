"""Shortcuts for read beacons, ahead of the full Django stack (WSGI and ASGI).

Read beacons are the most frequent request a news site gets and need none of Django's
middleware (sessions, CSRF, messages, locale, redirects, page cache) or URL resolution;
these answer `POST /reads/<id>/` and the no-script pixel `/reads/<id>/pixel.gif` directly,
with the rules of `beacons`. Every other request goes to the wrapped application unchanged.
"""

import base64
import re
from collections.abc import Iterable
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING

from django.core.serializers.json import DjangoJSONEncoder

from depesche.core.asgi_headers import wsgi_meta

from .beacons import answer_beacon, answer_beacon_on_loop

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from asgiref.typing import ASGI3Application, ASGIReceiveCallable, ASGISendCallable, Scope

BEACON_PATH = re.compile(r"/reads/(?P<page_id>[0-9]{1,12})/?(?P<pixel>pixel\.gif)?")
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
JSON = DjangoJSONEncoder()  # one for all answers (the lazy messages need Django's)


def route(method: str, path: str) -> tuple[int, bool] | None:
    """(page id, is the pixel) for a request the shortcut answers, else None."""
    match = BEACON_PATH.fullmatch(path)
    if match is None:
        return None
    wanted = ("GET", "HEAD") if match["pixel"] else ("POST",)
    if method not in wanted:
        return None
    return int(match["page_id"]), bool(match["pixel"])


def response(
    status: int, payload: dict[str, object], pixel: bool
) -> tuple[str, tuple[tuple[str, str], ...], bytes]:
    """(status line, headers, body) of the answer."""
    headers = (("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"))
    if pixel and status < 400:
        headers += (("Content-Type", "image/gif"),)
        body = PIXEL
    else:
        headers += (("Content-Type", "application/json"),)
        body = JSON.encode(payload).encode()
    if status == 429:
        headers += (("Retry-After", "60"),)
    return f"{status} {HTTPStatus(status).phrase}", headers, body


class ReadBeaconShortcut:
    """WSGI: answer read beacons, the request thread waiting for its batch."""

    def __init__(self, application: "WSGIApplication") -> None:
        self.application = application

    def __call__(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        routed = route(environ.get("REQUEST_METHOD", ""), environ.get("PATH_INFO", ""))
        if routed is None:
            return self.application(environ, start_response)
        page_id, pixel = routed
        count_reads = environ["REQUEST_METHOD"] != "HEAD"
        status, payload = answer_beacon(environ, page_id, count_reads=count_reads)
        status_line, headers, body = response(status, payload, pixel)
        start_response(status_line, list(headers))
        return [body] if count_reads else [b""]


class AsyncReadBeaconShortcut:
    """ASGI: answer read beacons on the event loop; the batch's I/O is done off it."""

    def __init__(self, application: "ASGI3Application") -> None:
        self.application = application

    async def __call__(
        self, scope: "Scope", receive: "ASGIReceiveCallable", send: "ASGISendCallable"
    ) -> None:
        routed = route(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if routed is None:
            return await self.application(scope, receive, send)
        page_id, pixel = routed
        count_reads = scope["method"] != "HEAD"
        status, payload = await answer_beacon_on_loop(wsgi_meta(scope), page_id, count_reads)
        _status_line, headers, body = response(status, payload, pixel)
        await send({"type": "http.response.start", "status": status, "headers": asgi(headers)})
        await send({"type": "http.response.body", "body": body if count_reads else b""})


@lru_cache(maxsize=32)
def asgi(headers: tuple[tuple[str, str], ...]) -> tuple[tuple[bytes, bytes], ...]:
    """The headers as ASGI sends them (a beacon's answer has one of a few sets; a tuple,
    as every answer shares it)."""
    return tuple((name.lower().encode(), value.encode()) for name, value in headers)
