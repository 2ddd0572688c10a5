"""Depesche on a shared Redis: its keys and live channel carry the site's prefix, and the
daily emptying of the reads cache deletes nothing but the reads cache's own keys."""

import asyncio
import io
import json
import subprocess
import sys

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

from tests.conftest import PROJECT_DIR
from tests.support.event_loop import run_in_own_thread
from tests.support.redis_server import throwaway_redis
from tests.test_production_settings import GOOD_KEY


@pytest.fixture(scope="module")
def redis_url():
    with throwaway_redis() as url:
        yield url


def redis_caches(url, prefix):
    backend = "django.core.cache.backends.redis.RedisCache"
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "reads": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": f"{prefix}-reads"},
        "pages": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": f"{prefix}-pages"},
    }


def production_redis_settings(redis_url):
    """The production settings' shared caches and live channel on this Redis, prefix "agency"."""
    code = (
        "from django.conf import settings; import json; print(json.dumps({"
        "'caches': {a: settings.CACHES[a] for a in ('reads', 'pages')},"
        "'channel': settings.DEPESCHE_LIVE['REDIS_CHANNEL']}, default=str))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "depesche.settings.production",
        "DJANGO_SECRET_KEY": GOOD_KEY,
        "DJANGO_ALLOWED_HOSTS": "news.example.org",
        "REDIS_URL": redis_url,
        "DEPESCHE_REDIS_PREFIX": "agency",
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_production_settings_put_every_redis_key_and_channel_under_the_prefix(redis_url):
    found = production_redis_settings(redis_url)
    for alias in ("reads", "pages"):
        assert found["caches"][alias]["BACKEND"].endswith("RedisCache")
        assert found["caches"][alias]["LOCATION"] == redis_url
        assert found["caches"][alias]["KEY_PREFIX"] == f"agency-{alias}"
    assert found["channel"] == "agency:live"


def test_concurrent_requests_share_the_process_redis_connections(redis_url):
    """Under ASGI each request (an asyncio task) gets a cache object of its own; with the
    production options they share the process's pool instead of connecting once each."""
    found = production_redis_settings(redis_url)
    raw = redis.Redis.from_url(redis_url)
    before = raw.info("stats")["total_connections_received"]

    async def request(number):
        caches["pages"].set(f"request-{number}", number)
        return caches["pages"].get(f"request-{number}")

    async def requests():
        return await asyncio.gather(*(asyncio.create_task(request(n)) for n in range(50)))

    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    with override_settings(CACHES={"default": locmem, **found["caches"]}):
        assert run_in_own_thread(requests()) == list(range(50))
    assert raw.info("stats")["total_connections_received"] - before <= 1


def test_emptying_the_reads_cache_leaves_pages_and_other_programs_keys(redis_url):
    raw = redis.Redis.from_url(redis_url)
    raw.set("another-program", "kept")
    with override_settings(CACHES=redis_caches(redis_url, "site")):
        caches["reads"].set_many({f"reads:seen:{n}:1": "r" for n in range(1200)})
        caches["reads"].set("reads:salt:2026-12-01", "salt")
        caches["pages"].set("pagecache:generation", 7)
        call_command("rotate_reads_cache", stdout=io.StringIO())
        assert caches["reads"].get("reads:salt:2026-12-01") is None
        assert caches["reads"].get_many([f"reads:seen:{n}:1" for n in range(1200)]) == {}
        assert caches["pages"].get("pagecache:generation") == 7
    assert raw.get("another-program") == b"kept"
