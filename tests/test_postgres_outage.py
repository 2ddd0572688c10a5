"""A production server on a PostgreSQL server of its own, through a restart of that server:
cached pages are still served, read beacons are answered "try again" (never 500) and count
once when retried, and the site recovers without restarting the app."""

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
from tests.support.postgres import postgres_server


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with postgres_server() as postgres:
        database_url = servers.new_database(postgres.url, "outage")
        var_dir = tmp_path_factory.mktemp("postgres-outage")
        with production_site(var_dir, DATABASE_URL=database_url) as (env, port, process):
            yield env, port, postgres, process


def served_again(port, path, seconds=10):
    """True once the page answers 200 (tried every 0.2 s for `seconds`)."""
    deadline = time.monotonic() + seconds
    while request(port, "GET", path)[0] != 200:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_a_postgres_restart_loses_no_read_and_needs_no_app_restart(site):
    env, port, postgres, process = site
    story, counted_before = story_read_before(env, port, "Vor dem Neustart")
    workers = servers.worker_pids(process)
    retried = secrets.token_hex(16)
    reader = f"{servers.BROWSER_AGENT} Zweiter Leser"  # the first reader's read was counted

    for number in range(8):  # every worker's request threads hold a connection now
        assert request(port, "GET", f"/de/?vor={number}")[0] == 200
    postgres.stop("fast")
    try:
        status, headers, body = request(port, "GET", story["url"])
        assert (status, headers.get("x-cache")) == (200, "hit")
        assert "Vor dem Neustart" in body.decode()
        assert beacon(port, story["story"], retried, agent=reader) == 503
        assert beacon(port, story["story"], retried, "HEAD", reader) == 503  # the total alone
    finally:
        postgres.start()

    deadline = time.monotonic() + 10
    while beacon(port, story["story"], retried, agent=reader) != 200:  # the reader's retry
        assert time.monotonic() < deadline, "beacons are still refused after PostgreSQL is back"
        time.sleep(0.2)
    assert stored_total(env, story["story"]) == counted_before + 1
    assert beacon(port, story["story"], retried, agent=reader) == 200  # the same beacon once more
    assert beacon(port, story["story"], retried, "HEAD", reader) == 200
    assert stored_total(env, story["story"]) == counted_before + 1
    after = live.publish_story(env, "Nach dem Neustart", f"nach-{time.time_ns()}")
    assert "Nach dem Neustart" in request(port, "GET", "/de/")[2].decode()
    # Pages rendered afresh on the connections held from before the restart: served again
    # within seconds, without restarting the app.
    for path in (after["url"], *(f"/de/?nach={number}" for number in range(8))):
        assert served_again(port, path), path
    assert servers.worker_pids(process) == workers
