"""Values remembered in each process until the content generation changes.

Some answers come from a handful of rows yet cost a walk over tables that grow with every
story (the editions' front pages, their sections, the sites). Each process keeps them and
forgets them all when the content generation changes (any publish, move or deletion), and
each of them after a cached page's lifetime at the latest: a change whose move of the
generation was lost (the shared cache out of reach just then) shows within that time, as it
does on the cached pages.
"""

import threading
from collections.abc import Callable, Hashable
from time import monotonic
from typing import TypeVar

from django.conf import settings

from depesche.core import generation

T = TypeVar("T")

_remembered: dict = {}
_lock = threading.Lock()  # threaded WSGI servers share the dictionary


def remembered(name: Hashable, compute: Callable[[], T]) -> T:
    """compute(), kept until the content generation changes or a cached page would expire
    (not kept while the generation is unknown: the shared cache is out of reach)."""
    current = generation.current()
    if current is None:
        return compute()
    key = (current, name)
    now = monotonic()
    with _lock:
        value, expires = _remembered.get(key, (None, now))
        if expires > now:
            return value
    value = compute()
    with _lock:
        for stale in [k for k in _remembered if k[0] != current]:
            del _remembered[stale]
        _remembered[key] = (value, now + settings.DEPESCHE_PAGE_CACHE["SECONDS"])
    return value


def forget_all() -> None:
    """Drop everything remembered (tests start each case afresh; a failed write of reads
    asks again which stories count)."""
    with _lock:
        _remembered.clear()
