"""Each app process's hub: one source of events, fanned out to the readers connected to it.

The source is Redis pub/sub when `REDIS_URL` is set (every process on every machine hears
each event at once) and the event table otherwise, read every half second by one thread
per process, never once per reader. With Redis the table is still read every few seconds,
so an event whose Redis message was lost goes out all the same. Events are delivered to
each reader once, in the order they arrive.
"""

import asyncio
import contextlib
import datetime
import json
import logging
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import redis.asyncio
from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone
from wagtail.models import Locale

from .models import LiveEvent

logger = logging.getLogger(__name__)

LOCAL_READ_SECONDS = 0.5
SAFETY_READ_SECONDS = 5.0
# Rows are read again for this long after they were written: a transaction that commits
# late can add an event with an id below ones already seen.
LOOK_BACK = datetime.timedelta(seconds=60)
REMEMBERED_IDS = 5000
QUEUE_LENGTH = 1000  # events waiting for one slow reader before it is sent away

# Message for a reader who missed events it cannot be given one by one.
RESET = {"type": "reset"}
# Put in a reader's queue when it fell too far behind: its stream ends, and the
# browser reconnects and catches up from the table.
TOO_SLOW = {"type": "too-slow"}


def database(function: Any, *arguments: Any) -> Any:
    """Run a query in the hub's thread, with a connection that is still good."""
    close_old_connections()
    return function(*arguments)


class Hub:
    def __init__(self) -> None:
        self.readers: dict[int, set[asyncio.Queue]] = {}
        self.delivered: OrderedDict[int, None] = OrderedDict()
        self.locales: dict[str, int] = {}
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="live-channel")
        self.tasks: list[asyncio.Task] = []

    @property
    def reader_count(self) -> int:
        return sum(len(queues) for queues in self.readers.values())

    async def query(self, function: Any, *arguments: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, database, function, *arguments)

    async def locale_id(self, language_code: str) -> int | None:
        """The edition's locale for a language prefix (None if there is none)."""
        if language_code not in self.locales:
            found = await self.query(
                lambda: (
                    Locale.objects.filter(language_code=language_code)
                    .values_list("pk", flat=True)
                    .first()
                )
            )
            if found is None:
                return None
            self.locales[language_code] = found
        return self.locales[language_code]

    def start(self) -> None:
        """Start listening (once per process, on the first reader)."""
        if self.tasks:
            return
        redis_url = settings.DEPESCHE_LIVE["REDIS_URL"]
        read_every = SAFETY_READ_SECONDS if redis_url else LOCAL_READ_SECONDS
        self.tasks.append(asyncio.create_task(self.read_table(read_every)))
        if redis_url:
            self.tasks.append(asyncio.create_task(self.listen_to_redis(redis_url)))

    def subscribe(self, locale_id: int) -> asyncio.Queue:
        self.start()
        queue: asyncio.Queue = asyncio.Queue(QUEUE_LENGTH)
        self.readers.setdefault(locale_id, set()).add(queue)
        return queue

    def unsubscribe(self, locale_id: int, queue: asyncio.Queue) -> None:
        self.readers.get(locale_id, set()).discard(queue)

    def deliver(self, locale_id: int, message: dict) -> None:
        """Hand an event to every reader of its edition, unless it was handed out already."""
        if message["id"] in self.delivered:
            return
        self.delivered[message["id"]] = None
        while len(self.delivered) > REMEMBERED_IDS:
            self.delivered.popitem(last=False)
        for queue in list(self.readers.get(locale_id, ())):
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                # Its stream ends and the browser catches up from the table, from the
                # last event it got: none of those waiting may be sent before that.
                self.unsubscribe(locale_id, queue)
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(TOO_SLOW)

    async def read_table(self, every: float) -> None:
        while True:
            try:
                rows = await self.query(recent_rows)
            except Exception:
                logger.exception("Reading live events failed; trying again")
                rows = []
            for locale_id, message in rows:
                self.deliver(locale_id, message)
                await asyncio.sleep(0)  # let the streams write, so a burst fits the queues
            await asyncio.sleep(every)

    async def listen_to_redis(self, url: str) -> None:
        while True:
            client = redis.asyncio.Redis.from_url(url)
            try:
                async with client.pubsub() as pubsub:
                    await pubsub.subscribe(settings.DEPESCHE_LIVE["REDIS_CHANNEL"])
                    async for item in pubsub.listen():
                        if item["type"] == "message":
                            wired = json.loads(item["data"])
                            self.deliver(wired["locale"], wired["message"])
            except (redis.RedisError, OSError):
                logger.warning("Lost Redis; listening again in a second")
                await asyncio.sleep(1)
            finally:
                with contextlib.suppress(redis.RedisError, OSError):
                    await client.aclose()


def recent_rows() -> list[tuple[int, dict]]:
    """(locale id, message) of the events written lately, oldest first."""
    rows = LiveEvent.objects.filter(created_at__gte=timezone.now() - LOOK_BACK).order_by("id")
    return [(event.locale_id, event.message()) for event in rows]


hub = Hub()
