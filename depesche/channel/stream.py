"""ASGI: the live channel of an edition as Server-Sent Events, at /<language>/live/stream/.

Each reader is a coroutine waiting on its queue in the hub, not a thread. A reader
reconnecting sends the last id it got (`Last-Event-ID`, or `?since=` on the first
connection: the id the page's content reflects) and first receives what it missed.
"""

import asyncio
import contextlib
import json
import random
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from django.conf import settings

from depesche.core.asgi_headers import header

from .events import events_after, latest_id
from .hub import RESET, TOO_SLOW, hub

if TYPE_CHECKING:
    from asgiref.typing import ASGI3Application, ASGIReceiveCallable, ASGISendCallable, Scope

STREAM_PATH = re.compile(r"/(?P<language>[a-z]{2,3}(?:-[a-z0-9]+)?)/live/stream/")
HEARTBEAT_SECONDS = 20
RECONNECT_MILLISECONDS = 3000
HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"x-accel-buffering", b"no"),  # nginx passes each event on at once
]


def event_text(message: dict) -> bytes:
    """One event in the text/event-stream format."""
    line = f"data: {json.dumps(message, separators=(',', ':'))}\n\n"
    if message.get("id"):
        line = f"id: {message['id']}\n{line}"
    return line.encode()


def since(scope: "Scope") -> int | None:
    """The last event id the reader has: the header on reconnection, else `?since=`."""
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    for value in (header(scope, b"last-event-id"), *query.get("since", [])):
        if value.isascii() and value.isdecimal() and len(value) < 19:
            return int(value)
    return None


async def plain(send: "ASGISendCallable", status: int, text: str, *extra: tuple) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *extra],
        }
    )
    await send({"type": "http.response.body", "body": text.encode()})


class LiveStreamShortcut:
    """Answers the live streams before Django; everything else goes on to `application`."""

    def __init__(self, application: "ASGI3Application") -> None:
        self.application = application

    async def __call__(
        self, scope: "Scope", receive: "ASGIReceiveCallable", send: "ASGISendCallable"
    ) -> None:
        match = STREAM_PATH.fullmatch(scope["path"]) if scope["type"] == "http" else None
        if match is None:
            return await self.application(scope, receive, send)
        if scope["method"] != "GET":
            return await plain(send, 405, "GET only", (b"allow", b"GET"))
        locale_id = await hub.locale_id(match["language"])
        if locale_id is None:
            return await plain(send, 404, "No such edition")
        if hub.reader_count >= settings.DEPESCHE_LIVE["STREAMS_PER_PROCESS"]:
            # The browser falls back to polling.
            return await plain(send, 503, "Too many readers", (b"retry-after", b"30"))
        await stream(locale_id, since(scope), receive, send)


async def stream(
    locale_id: int, last_id: int | None, receive: "ASGIReceiveCallable", send: "ASGISendCallable"
) -> None:
    queue = hub.subscribe(locale_id)
    disconnected = asyncio.ensure_future(wait_for_disconnect(receive))
    try:
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        await send_text(send, f"retry: {RECONNECT_MILLISECONDS}\n\n".encode())
        sent: set[int] = set()
        if last_id is not None:
            catch_up = await hub.query(events_after, locale_id, last_id)
            # A reset carries the newest id, so the browser reconnects from there.
            reset = {**RESET, "id": await hub.query(latest_id)}
            for message in catch_up.messages if catch_up.complete else [reset]:
                await send_text(send, event_text(message))
                sent.add(message.get("id", 0))
        # Streams end after a while (the browser reconnects at once), so readers spread
        # over restarted and added processes.
        lifetime = settings.DEPESCHE_LIVE["STREAM_SECONDS"] * random.uniform(0.75, 1.0)  # noqa: S311
        deadline = asyncio.get_running_loop().time() + lifetime
        while not disconnected.done():
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                break
            message = await next_message(queue, disconnected, min(HEARTBEAT_SECONDS, left))
            if message is None:
                await send_text(send, b": keep-alive\n\n")
            elif message is TOO_SLOW:
                break
            elif message["id"] not in sent:
                # (An id below the reader's may still be new to it: a transaction that
                # committed late. Pages apply an event they already have harmlessly.)
                await send_text(send, event_text(message))
    except OSError:
        pass  # the reader went away mid-write
    finally:
        hub.unsubscribe(locale_id, queue)
        disconnected.cancel()
        with contextlib.suppress(OSError, RuntimeError):
            await send({"type": "http.response.body", "body": b"", "more_body": False})


async def send_text(send: "ASGISendCallable", text: bytes) -> None:
    await send({"type": "http.response.body", "body": text, "more_body": True})


async def next_message(
    queue: asyncio.Queue, disconnected: asyncio.Future, seconds: float
) -> dict | None:
    """The next event, or None after `seconds` (or when the reader left)."""
    getting = asyncio.ensure_future(queue.get())
    try:
        await asyncio.wait({getting, disconnected}, timeout=seconds, return_when="FIRST_COMPLETED")
    finally:
        if not getting.done():
            getting.cancel()
    return getting.result() if getting.done() and not getting.cancelled() else None


async def wait_for_disconnect(receive: "ASGIReceiveCallable") -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
