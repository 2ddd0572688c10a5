"""Exact counts from a real production server: two workers, concurrent readers, a killed worker.

These run against whatever database the suite runs on (SQLite, or PostgreSQL under
bin/with-postgres), through granian with the production settings.
"""

import os
import signal

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
        yield {"port": port, "process": process, "stories": servers.story_ids(env, 3)}
    finally:
        servers.stop(process)


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
