"""Who is reading: robots, prefetches and repeat visits are told apart without personal data.

A visitor is a hash of the client address, the user agent and a salt that is random for
each day and kept only in the reads cache; when the day's salt is gone, yesterday's hashes
cannot be linked to anybody. Nothing is stored in the database, and no cookie is set.
"""

import contextlib
import hashlib
import itertools
import re
import secrets
from collections.abc import Mapping
from functools import lru_cache

import redis
from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

from depesche.core.client import client_address
from depesche.core.shared_cache import UNREACHABLE

SALT_LIFETIME = 26 * 60 * 60  # a little over a day, so the salt outlives the day it is for
LONGEST_USER_AGENT = 512  # real browsers send far less; longer ones are scripts or attacks
PREFETCH_HEADERS = {
    "HTTP_SEC_PURPOSE": ("prefetch", "prerender"),
    "HTTP_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_MOZ": ("prefetch",),
}

_crawlers = CrawlerDetect()
# This process's copy of the day's salt, which all processes share via the cache.
_salts: dict[str, str] = {}


def reads_cache() -> BaseCache:
    """The cache every app process shares for salts, repeat marks and rate counters."""
    return caches[settings.DEPESCHE_READS["CACHE"]]


def empty_reads_cache() -> None:
    """Forget every salt, repeat mark and rate counter. On a shared Redis only the reads
    cache's own keys go: clearing the cache would empty the whole Redis database, the page
    cache and whatever else shares it included."""
    cache = reads_cache()
    if not isinstance(cache, RedisCache):
        cache.clear()
        return
    location = settings.CACHES[settings.DEPESCHE_READS["CACHE"]]["LOCATION"]
    client = redis.Redis.from_url(re.split("[;,]", location)[0])  # the writer, as Django's
    keys = client.scan_iter(match=cache.make_key("*"), count=1000)
    while batch := list(itertools.islice(keys, 500)):
        client.delete(*batch)


def is_robot(user_agent: str) -> bool:
    """Crawlers, bots, scripts, clients without a user agent and absurdly long ones."""
    if not user_agent.strip() or len(user_agent) > LONGEST_USER_AGENT:
        return True
    return _known_crawler(user_agent)


@lru_cache(maxsize=4096)
def _known_crawler(user_agent: str) -> bool:
    return _crawlers.isCrawler(user_agent)


def is_prefetch(meta: Mapping[str, str]) -> bool:
    """A speculative load (prefetch, prerender, link preview) rather than a reader."""
    return any(
        any(word in meta.get(header, "").lower() for word in words)
        for header, words in PREFETCH_HEADERS.items()
    )


def daily_salt() -> str | None:
    """Today's salt, or None if the reads cache cannot keep one."""
    day = f"{timezone.now():%Y-%m-%d}"
    if day not in _salts:
        cache = reads_cache()
        key = f"reads:salt:{day}"
        cache.add(key, secrets.token_hex(16), SALT_LIFETIME)
        salt = cache.get(key)
        if not salt:
            return None
        _salts.clear()
        _salts[day] = salt
    return _salts[day]


def tracks_visitors() -> bool:
    """Whether any rule needs to tell visitors apart (repeat reads or the rate limit)."""
    rules = settings.DEPESCHE_READS
    return bool(rules["REPEAT_WINDOW"] or rules["RATE_LIMIT_PER_MINUTE"])


def digest(*parts: str) -> str:
    """A short hash of the parts (the salt is one of them)."""
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def visitor(meta: Mapping[str, str]) -> tuple[str, str] | None:
    """Anonymous, daily-changing identifiers of the client: (reader, address).

    The reader (address and user agent) tells repeat reads apart; the address alone is
    what the rate limit counts, so changing the user agent does not get round it. None when
    no salt is available: the visitor rules are then skipped rather than run unsalted.
    """
    salt = daily_salt()
    if salt is None:
        return None
    address = client_address(meta)
    return digest(salt, address, meta.get("HTTP_USER_AGENT", "")), digest(salt, address)


def seen_key(reader: str, page_id: int) -> str:
    """The cache key marking that a reader's read of a page was counted."""
    return f"reads:seen:{reader}:{page_id}"


def is_repeat(reader: str, page_id: int, receipt: str | None) -> bool:
    """True if this reader's read of this page was counted within the window.

    The mark holds the receipt of the counted beacon, so a retry of that same beacon (after
    a lost answer) is not mistaken for a repeat; the receipt then keeps it from counting twice.
    """
    window = settings.DEPESCHE_READS["REPEAT_WINDOW"]
    if not window:
        return False
    cache = reads_cache()
    if cache.add(seen_key(reader, page_id), receipt or "-", window):
        return False
    return not (receipt and cache.get(seen_key(reader, page_id)) == receipt)


def over_rate_limit(address: str, *, counted: bool = True) -> bool:
    """True once an address has sent more read beacons this minute than the limit allows.

    Beacons that cannot count (robots, prefetches, HEAD and GET requests for the total) have
    a budget of their own, twice the limit: they still cost a database query, but they
    never use up the budget of a reader's real reads. Exact with Redis; the file cache of
    a single machine may let a few more through.
    """
    limit = settings.DEPESCHE_READS["RATE_LIMIT_PER_MINUTE"]
    if not limit:
        return False
    kind = "rate" if counted else "lookups"
    cache = reads_cache()
    key = f"reads:{kind}:{address}:{int(timezone.now().timestamp() // 60)}"
    cache.add(key, 0, 120)
    try:
        return cache.incr(key) > (limit if counted else 2 * limit)
    except ValueError:  # expired between add and incr: a fresh minute
        return False


def forget_read(reader: str | None, page_id: int) -> None:
    """Undo `is_repeat`'s mark when the read could not be recorded, so a retry counts.

    If the cache cannot be reached the mark stays, which is safe for a retry with the same
    receipt (the mark holds it); it expires with the repeat window.
    """
    if reader:
        with contextlib.suppress(*UNREACHABLE):
            reads_cache().delete(seen_key(reader, page_id))
