"""Who is reading: robots, prefetches and repeat visits are told apart without personal data.

A visitor is a hash of the client address, the user agent and a salt that is random for
each day and kept only in the reads cache; when the day's salt is gone, yesterday's hashes
cannot be linked to anybody. Nothing is stored in the database, and no cookie is set.
"""

import contextlib
import hashlib
import itertools
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

from depesche.core.client import client_address
from depesche.core.redis_pool import client_for
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
    client = client_for(settings.DEPESCHE_READS["CACHE"])
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


@dataclass(frozen=True)
class Verdict:
    """What the visitor rules say of one beacon."""

    over_limit: bool  # the address sent more beacons this minute than the limit allows
    repeat: bool  # the reader's read of the page was counted within the repeat window


def judge(
    reader: str, address: str, page_id: int, receipt: str | None, *, counted: bool
) -> Verdict:
    """The rate limit for the address and, for beacons that can count, the repeat rule.

    A counted beacon that is not a repeat leaves a mark holding its receipt, so a retry of
    that same beacon (after a lost answer) is not mistaken for a repeat; the receipt then
    keeps it from counting twice. Beacons that cannot count (robots, prefetches, HEAD and
    GET requests for the total) have a budget of their own, twice the limit: they still
    cost a database query, but they never use up the budget of a reader's real reads.
    """
    cache = reads_cache()
    if isinstance(cache, RedisCache):
        return judge_in_redis(cache, reader, address, page_id, receipt, counted)
    if over_rate_limit(cache, address, counted):
        return Verdict(over_limit=True, repeat=False)
    return Verdict(False, counted and is_repeat(cache, reader, page_id, receipt))


def rate_key(address: str, counted: bool) -> str:
    kind = "rate" if counted else "lookups"
    return f"reads:{kind}:{address}:{int(timezone.now().timestamp() // 60)}"


def rate_limit(counted: bool) -> int:
    limit = settings.DEPESCHE_READS["RATE_LIMIT_PER_MINUTE"]
    return limit if counted else 2 * limit


def judge_in_redis(
    cache: RedisCache,
    reader: str,
    address: str,
    page_id: int,
    receipt: str | None,
    counted: bool,
) -> Verdict:
    """Both rules in one round trip to Redis (a pipeline): exact across machines."""
    window = settings.DEPESCHE_READS["REPEAT_WINDOW"] if counted else 0
    limit = rate_limit(counted)
    client = client_for(settings.DEPESCHE_READS["CACHE"])
    pipeline = client.pipeline(transaction=False)
    if limit:
        key = cache.make_key(rate_key(address, counted))
        pipeline.set(key, 0, nx=True, ex=120)  # a new minute's counter (any Redis version)
        pipeline.incr(key)
    seen = cache.make_key(seen_key(reader, page_id))
    if window:
        pipeline.set(seen, receipt or "-", nx=True, ex=window)
        pipeline.get(seen)
    results = pipeline.execute()
    over_limit = bool(limit) and results[1] > limit
    if not window:
        return Verdict(over_limit, repeat=False)
    marked, mark = results[-2], results[-1]
    if over_limit and marked:
        client.delete(seen)  # a refused beacon leaves no mark
    repeat = not marked and not (receipt and mark == receipt.encode())
    return Verdict(over_limit, repeat=repeat and not over_limit)


def is_repeat(cache: BaseCache, reader: str, page_id: int, receipt: str | None) -> bool:
    """The repeat rule on a cache without pipelines (files, memory)."""
    window = settings.DEPESCHE_READS["REPEAT_WINDOW"]
    if not window:
        return False
    if cache.add(seen_key(reader, page_id), receipt or "-", window):
        return False
    return not (receipt and cache.get(seen_key(reader, page_id)) == receipt)


def over_rate_limit(cache: BaseCache, address: str, counted: bool) -> bool:
    """The rate limit on a cache without pipelines; the file cache of a single machine may
    let a few more through."""
    limit = rate_limit(counted)
    if not limit:
        return False
    key = rate_key(address, counted)
    cache.add(key, 0, 120)
    try:
        return cache.incr(key) > limit
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
