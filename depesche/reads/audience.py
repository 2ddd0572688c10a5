"""Who is reading: robots, prefetches and repeat visits are told apart without personal data.

A visitor is a hash of the client address, the user agent and a salt that is random for
each day and kept only in the reads cache; when the day's salt expires, yesterday's hashes
cannot be linked to anybody. Nothing is stored in the database, and no cookie is set.
"""

import hashlib
import secrets
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

SALT_LIFETIME = 26 * 60 * 60  # a little over a day, so the salt outlives the day it is for
PREFETCH_HEADERS = {
    "HTTP_SEC_PURPOSE": ("prefetch", "prerender"),
    "HTTP_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_PURPOSE": ("prefetch", "preview"),
    "HTTP_X_MOZ": ("prefetch",),
}

_crawlers = CrawlerDetect()


def reads_cache():
    return caches[settings.DEPESCHE_READS["CACHE"]]


@lru_cache(maxsize=4096)
def is_robot(user_agent):
    """Crawlers, bots, scripts and clients without a user agent."""
    return not user_agent.strip() or _crawlers.isCrawler(user_agent)


def is_prefetch(meta):
    """A speculative load (prefetch, prerender, link preview) rather than a reader."""
    return any(
        any(word in meta.get(header, "").lower() for word in words)
        for header, words in PREFETCH_HEADERS.items()
    )


def client_address(meta):
    header = settings.DEPESCHE_READS["CLIENT_ADDRESS_HEADER"]
    forwarded = meta.get(header, "") if header else ""
    return forwarded.split(",")[0].strip() or meta.get("REMOTE_ADDR", "")


_salts = {}  # this process's copy of the day's salt, which all processes share via the cache


def daily_salt():
    day = f"{timezone.now():%Y-%m-%d}"
    if day not in _salts:
        cache = reads_cache()
        key = f"reads:salt:{day}"
        cache.add(key, secrets.token_hex(16), SALT_LIFETIME)
        salt = cache.get(key)
        if not salt:
            return ""
        _salts.clear()
        _salts[day] = salt
    return _salts[day]


def tracks_visitors():
    """Whether any rule needs to tell visitors apart (repeat reads or the rate limit)."""
    rules = settings.DEPESCHE_READS
    return bool(rules["REPEAT_WINDOW"] or rules["RATE_LIMIT_PER_MINUTE"])


def visitor(meta):
    """An anonymous, daily-changing identifier of the client that sent a request."""
    material = "\n".join([daily_salt(), client_address(meta), meta.get("HTTP_USER_AGENT", "")])
    return hashlib.blake2b(material.encode(), digest_size=16).hexdigest()


def seen_key(visitor_id, page_id):
    return f"reads:seen:{visitor_id}:{page_id}"


def is_repeat(visitor_id, page_id):
    """True if this visitor's read of this page was already counted within the window."""
    window = settings.DEPESCHE_READS["REPEAT_WINDOW"]
    if not window:
        return False
    return not reads_cache().add(seen_key(visitor_id, page_id), 1, window)


def over_rate_limit(visitor_id):
    """True once a client has sent more read reports this minute than the limit allows."""
    limit = settings.DEPESCHE_READS["RATE_LIMIT_PER_MINUTE"]
    if not limit:
        return False
    cache = reads_cache()
    key = f"reads:rate:{visitor_id}:{int(timezone.now().timestamp() // 60)}"
    cache.add(key, 0, 120)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr: a fresh minute
        return False


def forget_read(visitor_id, page_id):
    """Undo `is_repeat`'s mark when the read could not be recorded, so a retry counts."""
    if visitor_id:
        reads_cache().delete(seen_key(visitor_id, page_id))
