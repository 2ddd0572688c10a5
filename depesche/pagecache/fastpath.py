"""ASGI: answer page-cache hits before Django starts on the request."""

from typing import TYPE_CHECKING

from depesche.core import generation
from depesche.core.asgi_headers import cookies, header

from . import policy, store

if TYPE_CHECKING:
    from asgiref.typing import ASGI3Application, ASGIReceiveCallable, ASGISendCallable, Scope


class PageCacheShortcut:
    """Serves anonymous GETs that the page cache holds; everything else goes to Django,
    whose PageCacheMiddleware fills the cache."""

    def __init__(self, application: "ASGI3Application") -> None:
        self.application = application

    async def __call__(
        self, scope: "Scope", receive: "ASGIReceiveCallable", send: "ASGISendCallable"
    ) -> None:
        if scope["type"] != "http":
            return await self.application(scope, receive, send)
        query = scope.get("query_string", b"").decode("latin-1")
        if not policy.cacheable_request(scope["method"], scope["path"], cookies(scope)):
            return await self.application(scope, receive, send)
        current = generation.current()
        if current is None:
            return await self.application(scope, receive, send)
        entry = store.load(store.key(header(scope, b"host"), scope["path"], query, current))
        if entry is None:
            return await self.application(scope, receive, send)
        headers = [(name.encode(), value.encode()) for name, value in entry.headers]
        headers.append((b"x-cache", b"hit"))
        if store.not_modified(entry, header(scope, b"if-none-match")):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = b"" if scope["method"] == "HEAD" else entry.body
        headers.append((b"content-length", str(len(entry.body)).encode()))
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
