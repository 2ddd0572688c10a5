"""Who is reading: robots, prefetches and repeat visits are told apart without personal data.

A visitor is a hash of the client address, the user agent and a salt that is random for
each day and kept only in the reads cache; when the day's salt is gone, yesterday's hashes
cannot be linked to anybody. Nothing is stored in the database, and no cookie is set.
"""

import contextlib
import datetime
import hashlib
import itertools
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import RedisCache
from redis import Redis
from redis.commands.core import Script

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

# The visitor rules as one script on Redis, and its answer for each beacon.
VISITOR_RULES = Path(__file__).with_name("visitor_rules.lua")
REPEAT, OVER_LIMIT = 1, 2  # 0: the beacon counts
NO_RECEIPT = "-"

_crawlers = CrawlerDetect()
# This process's copy of the day's salt, which all processes share via the cache.
_salts: dict[int, str] = {}
DAY = 24 * 60 * 60


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
    for header, words in PREFETCH_HEADERS.items():
        value = meta.get(header)  # a plain loop: this runs for every beacon
        if value and any(word in value.lower() for word in words):
            return True
    return False


def daily_salt() -> str | None:
    """Today's salt (of the UTC day), or None if the reads cache cannot keep one."""
    day = int(time.time() // DAY)  # cheaper than a date: this runs for every beacon
    if day not in _salts:
        cache = reads_cache()
        key = f"reads:salt:{datetime.datetime.fromtimestamp(day * DAY, datetime.UTC):%Y-%m-%d}"
        cache.add(key, secrets.token_hex(16), SALT_LIFETIME)
        salt = cache.get(key)
        if not salt:
            return None
        _salts.clear()
        _salts[day] = salt
        return salt
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
class Visit:
    """One beacon as the visitor rules see it."""

    reader: str  # the reader's daily hash (address and user agent)
    address: str  # the address's daily hash
    page_id: int
    receipt: str | None
    counted: bool  # False for beacons that cannot count (robots, prefetches, HEAD, totals)


@dataclass(frozen=True)
class Verdict:
    """What the visitor rules say of one beacon."""

    over_limit: bool  # the address sent more beacons this minute than the limit allows
    repeat: bool  # the reader's read of the page was counted within the repeat window


def judge(visits: Sequence[Visit]) -> list[Verdict]:
    """The rate limit for each address and, for beacons that can count, the repeat rule.

    A counted beacon that is not a repeat leaves a mark holding its receipt, so a retry of
    that same beacon (after a lost answer) is not mistaken for a repeat; the receipt then
    keeps it from counting twice. A beacon over the limit leaves no mark. Beacons that
    cannot count have a budget of their own, twice the limit: they still cost a database
    query, but they never use up the budget of a reader's real reads. The visits are judged
    in order, so of two beacons of one reader and page the second is the repeat.
    """
    cache = reads_cache()
    if isinstance(cache, RedisCache):
        return judge_in_redis(cache, visits)
    verdicts = []
    for visit in visits:
        try:
            verdicts.append(judge_in_cache(cache, visit))
        except UNREACHABLE:  # the batch is refused: the marks left so far must go too
            forget_reads(visits[: len(verdicts)])
            raise
    return verdicts


def rate_key(address: str, counted: bool) -> str:
    kind = "rate" if counted else "lookups"
    return f"reads:{kind}:{address}:{int(time.time() // 60)}"


def rate_limit(counted: bool) -> int:
    limit = settings.DEPESCHE_READS["RATE_LIMIT_PER_MINUTE"]
    return limit if counted else 2 * limit


def repeat_window(counted: bool) -> int:
    return settings.DEPESCHE_READS["REPEAT_WINDOW"] if counted else 0


def judge_in_redis(cache: RedisCache, visits: Sequence[Visit]) -> list[Verdict]:
    """Every visit in one call of a script on Redis: one round trip, exact across machines."""
    keys: list[str] = []
    arguments: list[object] = []
    for visit in visits:
        keys += [
            cache.make_key(rate_key(visit.address, visit.counted)),
            cache.make_key(seen_key(visit.reader, visit.page_id)),
        ]
        arguments += [
            rate_limit(visit.counted),
            repeat_window(visit.counted),
            visit.receipt or NO_RECEIPT,
        ]
    client = client_for(settings.DEPESCHE_READS["CACHE"])
    codes = visitor_rules(client)(keys=keys, args=arguments, client=client)
    return [Verdict(over_limit=code == OVER_LIMIT, repeat=code == REPEAT) for code in codes]


@lru_cache(maxsize=1)
def visitor_rules(client: Redis) -> Script:
    """The rules as a Redis script, sent by its digest (and loaded again after a restart)."""
    return client.register_script(VISITOR_RULES.read_text())


def judge_in_cache(cache: BaseCache, visit: Visit) -> Verdict:
    """The rules on a cache without scripts (files, memory), one visit at a time."""
    if over_rate_limit(cache, visit.address, visit.counted):
        return Verdict(over_limit=True, repeat=False)
    return Verdict(over_limit=False, repeat=is_repeat(cache, visit))


def is_repeat(cache: BaseCache, visit: Visit) -> bool:
    """The repeat rule on a cache without scripts: `add` leaves the mark if there is none."""
    window = repeat_window(visit.counted)
    if not window:
        return False
    key = seen_key(visit.reader, visit.page_id)
    if cache.add(key, visit.receipt or NO_RECEIPT, window):
        return False
    return not (visit.receipt and cache.get(key) == visit.receipt)


def over_rate_limit(cache: BaseCache, address: str, counted: bool) -> bool:
    """The rate limit on a cache without scripts; the file cache of a single machine may
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


def forget_reads(visits: Sequence[Visit]) -> None:
    """Undo the repeat marks of reads that could not be recorded, so that a retry counts.

    If the cache cannot be reached the marks stay, which is safe for a retry with the same
    receipt (the mark holds it); they expire with the repeat window.
    """
    if visits:
        with contextlib.suppress(*UNREACHABLE):
            reads_cache().delete_many([seen_key(v.reader, v.page_id) for v in visits])
