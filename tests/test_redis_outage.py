"""A production server on PostgreSQL or SQLite with Redis, through a Redis outage: pages
are still served (rendered), read beacons are answered "try again" and count once when
retried, publishing goes on, and the site recovers without restarting the app."""

import secrets
import time

import pytest

from tests.support import live, servers
from tests.support.outages import (
    beacon,
    production_site,
    request,
    stored_total,
    story_read_before,
)
from tests.support.redis_server import redis_server


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with (
        redis_server() as redis,
        production_site(tmp_path_factory.mktemp("redis-outage"), REDIS_URL=redis.url) as served,
    ):
        env, port, process = served
        yield env, port, redis, process


def test_a_redis_outage_costs_no_page_no_read_and_no_restart(site):
    env, port, redis, process = site
    story, counted_before = story_read_before(env, port, "Vor dem Ausfall")
    workers = servers.worker_pids(process)
    retried = secrets.token_hex(16)

    redis.stop()
    try:
        status, headers, body = request(port, "GET", story["url"])
        assert (status, headers.get("x-cache")) == (200, None)
        assert "Vor dem Ausfall" in body.decode()
        assert request(port, "GET", "/de/")[0] == 200
        assert beacon(port, story["story"], retried) == 503
        during = live.publish_story(env, "Während des Ausfalls", f"waehrend-{time.time_ns()}")
        assert stored_total(env, story["story"]) == counted_before
    finally:
        redis.start()

    deadline = time.monotonic() + 10
    while beacon(port, story["story"], retried) != 200:  # the reader's retry
        assert time.monotonic() < deadline, "beacons are still refused after Redis is back"
        time.sleep(0.2)
    assert stored_total(env, story["story"]) == counted_before + 1
    assert beacon(port, story["story"], retried) == 200  # the same beacon once more
    assert stored_total(env, story["story"]) == counted_before + 1
    assert "Während des Ausfalls" in request(port, "GET", "/de/")[2].decode()
    request(port, "GET", during["url"])
    assert request(port, "GET", during["url"])[1].get("x-cache") == "hit"
    assert servers.worker_pids(process) == workers
