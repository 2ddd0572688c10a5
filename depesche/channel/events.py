"""Announcing events on the live channel and reading them back.

An event is a row (so a reader who reconnects catches up) and, when `REDIS_URL` is set,
a message on Redis, which every app process on every machine listens to. Without Redis
the app processes of this machine read new rows every half second (hub.py).
"""

import json
import logging
from dataclasses import dataclass
from functools import cache

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min

from .models import LiveEvent

logger = logging.getLogger(__name__)


def announce(locale_id: int, kind: str, payload: dict) -> LiveEvent:
    """Record an event of an edition; it goes out when the transaction commits."""
    event = LiveEvent.objects.create(locale_id=locale_id, kind=kind, payload=payload)
    transaction.on_commit(lambda: broadcast(event))
    return event


def wire_message(event: LiveEvent) -> str:
    """An event as it travels between processes: its edition and what readers get."""
    return json.dumps({"locale": event.locale_id, "message": event.message()})


def broadcast(event: LiveEvent) -> None:
    """Tell every app process at once (when they listen on Redis)."""
    if not settings.DEPESCHE_LIVE["REDIS_URL"]:
        return
    try:
        publisher().publish(settings.DEPESCHE_LIVE["REDIS_CHANNEL"], wire_message(event))
    except redis.RedisError:
        # The processes also read the table every few seconds (hub.py).
        logger.warning("Live event %s not sent to Redis; it goes out from the table", event.pk)


@cache
def publisher() -> redis.Redis:
    # Short timeouts: an unreachable Redis must not hold up a publish (the hubs also
    # read the table).
    return redis.Redis.from_url(
        settings.DEPESCHE_LIVE["REDIS_URL"], socket_connect_timeout=2, socket_timeout=2
    )


def latest_id() -> int:
    """The newest event's id (0 when there is none): content rendered now reflects
    every event up to it."""
    return LiveEvent.objects.aggregate(latest=Max("id"))["latest"] or 0


@dataclass(frozen=True)
class CatchUp:
    """The events a reader missed, or `complete=False` when they are too many or gone
    (the reader then reloads what the page shows live)."""

    messages: list[dict]
    complete: bool


def events_after(locale_id: int, since: int, limit: int = 200) -> CatchUp:
    """The edition's events with an id above `since`, oldest first."""
    oldest = LiveEvent.objects.aggregate(oldest=Min("id"))["oldest"]
    if oldest is not None and since < oldest - 1:
        # Events after `since` may have been pruned: what is left is not the whole story.
        return CatchUp([], complete=False)
    events = list(
        LiveEvent.objects.filter(locale_id=locale_id, id__gt=since).order_by("id")[: limit + 1]
    )
    if len(events) > limit:
        return CatchUp([], complete=False)
    return CatchUp([event.message() for event in events], complete=True)


def recent(locale_id: int, count: int) -> tuple[list[dict], int]:
    """The edition's last `count` events, oldest first, and the id after which that list
    is complete (a reader who has seen up to that id misses nothing in it)."""
    events = list(LiveEvent.objects.filter(locale_id=locale_id).order_by("-id")[: count + 1])
    if len(events) > count:
        complete_after = events.pop().pk
    else:
        oldest = LiveEvent.objects.aggregate(oldest=Min("id"))["oldest"]
        complete_after = (oldest or 1) - 1
    return [event.message() for event in reversed(events)], complete_after
