"""Exact counts from a real production server: two workers, concurrent readers, a killed worker.

These run against whatever database the suite runs on (SQLite, or PostgreSQL under
bin/with-postgres), through granian with the production settings.
"""

import contextlib
import os
import secrets
import signal
import socket
import sqlite3
import time
from pathlib import Path

import psycopg
import pytest

from tests.support import servers

READERS = 12
BEACONS_PER_READER = 60


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("reads-server")
    env = servers.production_env(
        var_dir, DEPESCHE_READS_REPEAT_WINDOW=0, DEPESCHE_READS_RATE_LIMIT=0
    )
    servers.prepare_site(env)
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/reads/1/", process)
        *stories, spare = servers.story_ids(env, 4)
        yield {"port": port, "process": process, "stories": stories, "spare": spare, "env": env}
    finally:
        servers.stop(process)


def test_every_worker_listens_before_the_load_starts(server):
    """Load sent before a worker listens would all go to the others (see wait_until_serving)."""
    assert servers.listening_sockets(server["process"].pid, server["port"]) == 2
    assert servers.listening_sockets(server["process"].pid, servers.free_port()) == 0


def totals(server):
    return {story: servers.current_total(server["port"], story) for story in server["stories"]}


def test_concurrent_beacons_are_all_counted_exactly(server):
    before = totals(server)
    acknowledged, _failures = servers.send_beacons(
        server["port"], server["stories"], BEACONS_PER_READER, readers=READERS
    )
    after = totals(server)
    assert sum(acknowledged.values()) == READERS * BEACONS_PER_READER
    assert {s: after[s] - before[s] for s in after} == acknowledged


def test_a_worker_killed_mid_run_loses_no_acknowledged_read(server):
    process = server["process"]
    killed = []

    def kill_a_worker():
        victim = servers.worker_pids(process)[0]
        os.kill(victim, signal.SIGKILL)
        killed.append(victim)

    before = totals(server)
    acknowledged, failures = servers.send_beacons(
        server["port"], server["stories"], 90, readers=READERS, during=kill_a_worker
    )
    after = totals(server)
    assert killed, "no worker was killed"
    assert failures > 0, "the kill interrupted no connection, so nothing was tested"
    assert killed[0] not in servers.worker_pids(process)
    assert {s: after[s] - before[s] for s in after} == acknowledged
    assert sum(acknowledged.values()) == READERS * 90


def test_crawlers_add_nothing(server):
    before = totals(server)
    for agent in ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5", ""]:
        sender = servers.BeaconSender(server["port"], user_agent=agent)
        for story in server["stories"]:
            status, payload = sender.post(f"/reads/{story}/")
            assert (status, payload["counted"]) == (200, False)
        sender.close()
    assert totals(server) == before


def test_hostile_beacons_get_clear_answers_from_the_production_entry_point(server):
    import http.client

    story = server["stories"][0]
    before = totals(server)

    def send(method, path, headers=None, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=10)
        agent = {"User-Agent": servers.BROWSER_AGENT}
        connection.request(method, path, body=body, headers={**agent, **(headers or {})})
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status

    assert send("POST", f"/reads/{story}/?receipt=XYZ") == 400
    assert send("POST", f"/reads/{story}/", {"Content-Length": "5000"}, b"x" * 5000) == 413
    assert send("POST", f"/reads/{story}/", {"Transfer-Encoding": "chunked"}, iter([b"x"])) == 411
    assert send("POST", "/reads/99999999999/") == 404
    assert send("PUT", f"/reads/{story}/") == 405
    assert send("POST", f"/reads/{story}/pixel.gif") == 405
    assert send("HEAD", f"/reads/{story}/pixel.gif") == 200
    assert totals(server) == before
    assert send("GET", f"/reads/{story}/pixel.gif") == 200
    assert send("POST", f"/reads/{story}") == 200
    assert totals(server)[story] == before[story] + 2


@contextlib.contextmanager
def writes_held(env):
    """Hold the read tallies' write lock, so the server's commits wait until it is let go."""
    database_url = env.get("DATABASE_URL", "")
    if database_url.startswith("postgres"):
        with psycopg.connect(database_url) as connection:
            connection.execute("LOCK TABLE reads_readtally IN EXCLUSIVE MODE")
            yield
            connection.rollback()
    else:
        connection = sqlite3.connect(Path(env["DEPESCHE_VAR_DIR"]) / "depesche.sqlite3")
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.rollback()
            connection.close()


def send_beacons_unanswered(port, story, count):
    """Send `count` read beacons on connections of their own; returns the connections,
    none of whose answers is read."""
    clients = []
    for _ in range(count):
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        client.sendall(
            f"POST /reads/{story}/?receipt={secrets.token_hex(16)} HTTP/1.1\r\n"
            f"Host: 127.0.0.1\r\nUser-Agent: {servers.BROWSER_AGENT}\r\n"
            "Content-Length: 0\r\n\r\n".encode()
        )
        clients.append(client)
    return clients


def test_beacons_abandoned_in_flight_are_counted_after_their_client_has_gone(server):
    """Why an exactness check must not count a load phase's stories: the beacons a load
    generator abandons in flight when its time is up are still committed, after it has
    gone, so they can land after a "before" snapshot. Each is counted once.
    """
    port, story = server["port"], server["spare"]
    before = servers.current_total(port, story)
    with writes_held(server["env"]):
        clients = send_beacons_unanswered(port, story, 8)
        time.sleep(1)  # the server has read them; their commits wait for the lock
        for client in clients:
            client.close()  # the client is gone before any answer
        time.sleep(0.3)
        assert servers.current_total(port, story) == before
    deadline = time.monotonic() + 10
    while servers.current_total(port, story) < before + 8 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    assert servers.current_total(port, story) == before + 8
