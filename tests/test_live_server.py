"""The live channel from real server processes: granian with two app processes, readers
holding Server-Sent Events streams, a story published by another process.

On the embedded default the app processes read new events from the database; with
REDIS_URL they hear them on Redis pub/sub (a real redis-server).
"""

import time

import pytest

from tests.support import live, servers
from tests.support.redis_server import throwaway_redis

READERS = 6


@pytest.fixture(scope="module", params=["database", "redis"])
def server(request, tmp_path_factory):
    var_dir = tmp_path_factory.mktemp(f"live-{request.param}")
    with throwaway_redis() as redis_url:
        extra = {"REDIS_URL": redis_url} if request.param == "redis" else {}
        env = servers.production_env(var_dir, **extra)
        if request.param == "database":
            env.pop("REDIS_URL", None)  # the suite's own Redis, when it runs on one
        servers.prepare_site(env)
        port = servers.free_port()
        process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server.log")
        try:
            servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
            yield env, port, var_dir
        finally:
            servers.stop(process)


def open_readers(port, path, count, **options):
    readers = [live.StreamReader(port, path, **options) for _ in range(count)]
    for reader in readers:
        assert reader.opened.wait(10), "the stream did not open"
    return readers


def test_a_published_story_reaches_every_open_reader_of_its_edition_within_two_seconds(server):
    env, port, var_dir = server
    german = open_readers(port, "/de/live/stream/", READERS)
    english = open_readers(port, "/en/live/stream/", 2)
    try:
        published = live.publish_story(env, "Eilmeldung Live", f"eil-{time.time_ns()}")
        story = published["story"]
        delays = []
        for reader in german:
            got = reader.wait_for(lambda m: m.get("story") == story, seconds=5)
            assert got is not None, (var_dir / "server.log").read_text()[-2000:]
            arrived, message = got
            assert message["type"] == "ticker"
            assert "Eilmeldung Live" in message["html"]
            delays.append(arrived - published["at"])
        assert max(delays) < 2, delays
        for reader in english:
            assert reader.wait_for(lambda m: m.get("story") == story, seconds=0.5) is None
    finally:
        for reader in german + english:
            reader.close()


def test_a_reconnecting_reader_first_gets_what_it_missed(server):
    env, port, _ = server
    published = live.publish_story(env, "Verpasst", f"verpasst-{time.time_ns()}")
    [first] = open_readers(port, "/de/live/stream/?since=0", 1)
    try:
        got = first.wait_for(lambda m: m.get("story") == published["story"], seconds=5)
        assert got is not None
        missed_id = got[1]["id"]
    finally:
        first.close()
    [again] = open_readers(port, "/de/live/stream/", 1, last_event_id=missed_id - 1)
    try:
        got = again.wait_for(lambda m: "id" in m, seconds=5)
        assert got[1]["id"] == missed_id
    finally:
        again.close()


def test_bad_requests_get_clear_answers(server):
    _, port, _ = server
    for method, path, status in [
        ("POST", "/de/live/stream/", 405),
        ("GET", "/xx/live/stream/", 404),
    ]:
        connection = servers.http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request(method, path, headers={"Content-Length": "0"})
        assert connection.getresponse().status == status
        connection.close()
    # A broken Last-Event-ID is ignored: the stream opens and carries on from now.
    [reader] = open_readers(port, "/de/live/stream/", 1, last_event_id="1; DROP TABLE")
    reader.close()
