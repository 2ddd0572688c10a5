"""Values remembered in each process until the content generation changes.

Some answers come from a handful of rows yet cost a walk over tables that grow with every
story (the editions' front pages, their sections, the sites). Each process keeps them and
forgets them all when the content generation changes (any publish, move or deletion).
"""

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from depesche.core import generation

T = TypeVar("T")

_remembered: dict = {}
_lock = threading.Lock()  # threaded WSGI servers share the dictionary


def remembered(name: Hashable, compute: Callable[[], T]) -> T:
    """compute(), kept until the content generation changes (not kept while it is unknown:
    the shared cache is out of reach)."""
    current = generation.current()
    if current is None:
        return compute()
    key = (current, name)
    with _lock:
        if key in _remembered:
            return _remembered[key]
    value = compute()
    with _lock:
        for stale in [k for k in _remembered if k[0] != current]:
            del _remembered[stale]
        _remembered[key] = value
    return value


def forget_all() -> None:
    """Drop everything remembered (tests start each case afresh; a failed write of reads
    asks again which stories count)."""
    with _lock:
        _remembered.clear()
