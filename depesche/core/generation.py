"""The content generation: a number that changes whenever published content changes.

Cached pages are stored under the generation they were rendered in, so bumping it makes
every cached page stale at once, on every app process and machine sharing the cache. Each
process re-reads the number at most every quarter of a second, so a change is visible within
a quarter of a second (plus the time to render the page anew).
"""

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import transaction
from django.dispatch import Signal

from .shared_cache import UNREACHABLE

KEY = "pagecache:generation"
REREAD_SECONDS = 0.25
# While the shared cache cannot be reached, a request tries again at most this often: each
# try may wait for the connection's timeout.
RETRY_SECONDS = 1.0

T = TypeVar("T")

# The generation as last read, and the monotonic time at which to read it again.
_seen: dict = {"value": None, "next": 0.0}
logger = logging.getLogger(__name__)

# Sent with `value` after this process made a new generation (the static page copies follow).
generation_changed = Signal()


class HeldBackBumps:
    """Bumps asked for while held back, and the work that must follow them (such as
    purging a CDN, which must not fetch the old pages again); `release` makes one bump
    for all of them and then does that work."""

    def __init__(self) -> None:
        self.wanted = False
        # function: [items], called as function(items) after the bump
        self.after: dict[Callable[[list], object], list] = {}

    def release(self) -> None:
        if not self.wanted:
            return
        self.wanted = False
        after, self.after = self.after, {}
        token = _held_back.set(None)
        try:
            bump()
            for function, items in after.items():
                function(items)
        finally:
            _held_back.reset(token)


# The bumps held back in this context (None when bumps are made at once).
_held_back: ContextVar[HeldBackBumps | None] = ContextVar(
    "generation_bumps_held_back", default=None
)


def after_bump(function: Callable[[list[T]], object], item: T) -> None:
    """Call function([item]) once the content generation has moved on: at once, or, while
    bumps are held back, with all such items after the bump that releases them."""
    held_back = _held_back.get()
    if held_back is None:
        function([item])
    else:
        held_back.after.setdefault(function, []).append(item)


@contextmanager
def bumps_held_back() -> Iterator[HeldBackBumps]:
    """Within this context, bumps wait for `release()`; one is made at the end if wanted.

    For imports: a thousand stories written in a row need not make a thousand generations.
    """
    held_back = HeldBackBumps()
    token = _held_back.set(held_back)
    try:
        yield held_back
    finally:
        _held_back.reset(token)
        held_back.release()


def page_cache() -> BaseCache:
    return caches[settings.DEPESCHE_PAGE_CACHE["CACHE"]]


def first_value() -> int:
    """A starting number above any earlier one, so generations only ever go up."""
    return int(time.time() * 1000)


def shared() -> int:
    """The generation as the shared cache holds it now (starting one if there is none)."""
    cache = page_cache()
    cache.add(KEY, first_value(), None)
    return cache.get(KEY)


def current() -> int | None:
    """The generation, as this process last read it (at most a quarter of a second ago);
    None while the shared cache cannot be reached, when nothing may be cached or remembered."""
    now = time.monotonic()
    if now >= _seen["next"]:
        _seen["next"] = now + RETRY_SECONDS  # requests meanwhile do not ask as well
        try:
            _seen["value"], _seen["next"] = shared(), time.monotonic() + REREAD_SECONDS
        except UNREACHABLE as error:
            logger.warning(
                "The page cache cannot be reached (%r); pages are rendered uncached", error
            )
            _seen["value"], _seen["next"] = None, time.monotonic() + RETRY_SECONDS
    return _seen["value"]


def read_again() -> None:
    """Read the generation afresh on the next call of `current` (tests that swap caches)."""
    _seen["value"], _seen["next"] = None, 0.0


def bump() -> int | None:
    """Make every cached page stale; called when published content changes."""
    held_back = _held_back.get()
    if held_back is not None:
        held_back.wanted = True
        return None
    cache = page_cache()
    try:
        value = cache.incr(KEY)
        cache.touch(KEY, None)  # the file cache's incr would give it the default expiry
    except ValueError:  # no generation stored yet (or it was evicted): start a new one
        value = first_value()
        cache.set(KEY, value, None)
    except UNREACHABLE:
        # The change itself is saved; copies cached before it expire by themselves
        # (DEPESCHE_PAGE_CACHE_SECONDS), and a Redis that restarts empty starts a new
        # generation above every earlier one.
        logger.exception("The content generation could not be moved on; cached pages stay")
        return None
    _seen["value"], _seen["next"] = value, time.monotonic() + REREAD_SECONDS
    generation_changed.send(sender=bump, value=value)
    return value


def bump_now_and_after_commit() -> None:
    """Bump at once, and again once the change is committed.

    Between the two, another process may render the old data under the first new
    generation; the second bump makes anything rendered in that window unreachable.
    """
    bump()
    transaction.on_commit(bump)
