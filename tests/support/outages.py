"""A production site to take parts away from, and the reader's requests to it."""

import contextlib
import http.client
import secrets
import time

from tests.support import live, servers


@contextlib.contextmanager
def production_site(var_dir, **overrides):
    """granian with 2 workers on a prepared site; yields (env, port, process)."""
    env = servers.production_env(var_dir, **overrides)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")  # pages need it
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
        yield env, port, process
    finally:
        servers.stop(process)


def request(port, method, path, agent=servers.BROWSER_AGENT):
    """(status, headers, body) of one request, as a reader's browser sends it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, headers={"User-Agent": agent})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def beacon(port, story, receipt, method="POST", agent=servers.BROWSER_AGENT):
    """The status of a read beacon with the given receipt (a reader is address and agent)."""
    return request(port, method, f"/reads/{story}/?receipt={receipt}", agent)[0]


def stored_total(env, story):
    """The story's stored read total, read by a management shell."""
    code = (
        "from depesche.reads.models import ReadTally;"
        f"print(ReadTally.objects.totals_for_ids([{story}]).get({story}, 0))"
    )
    return int(servers.run_manage(env, "shell", "-c", code).strip().splitlines()[-1])


def story_read_before(env, port, title):
    """A new story, its page in the cache and one read counted; returns (story, total)."""
    story = live.publish_story(env, title, f"vor-{time.time_ns()}")
    request(port, "GET", story["url"])
    assert request(port, "GET", story["url"])[1].get("x-cache") == "hit"
    assert beacon(port, story["story"], secrets.token_hex(16)) == 200
    return story, stored_total(env, story["story"])
