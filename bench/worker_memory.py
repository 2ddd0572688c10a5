"""Memory of a public worker: `make bench-memory`.

Starts each server on 127.0.0.1 with granian and one worker, lets it answer --requests
requests, half the seed story's page and half an API answer for the same story, one after
the other on one connection, and prints the worker's resident (RSS) and proportional (PSS)
memory: once it has answered its first page, and after all the requests. The servers:
Depesche through its production entry point (ASGI) and through WSGI, both without the page
cache so that every request is rendered (the demo site, SQLite), and a stock Wagtail 8 site
(`wagtail start` with its API v2 on, the same story page built the plain Wagtail way: see
bench/stock_wagtail.py) answering its story page and Wagtail's API for it. The ratios compare
each server with stock Wagtail; the goal is a Depesche worker at or below it.
"""

import argparse
import http.client
import json
import re
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench import stock_wagtail  # noqa: E402
from bench.pages import fetch, story_text  # noqa: E402
from tests.support import servers  # noqa: E402

STOCK = "stock Wagtail 8 (WSGI)"


def memory_mb(process):
    """(RSS, PSS) in MB of the server's one worker."""
    [pid] = servers.worker_pids(process)
    return servers.resident_mb(pid), servers.proportional_mb(pid)


def serve_requests(port, paths, count):
    """GET the paths in turn, `count` requests in all, on one kept-alive connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"User-Agent": servers.BROWSER_AGENT}
    try:
        for number in range(count):
            path = paths[number % len(paths)]
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path} answered {response.status}")
    finally:
        connection.close()


def measure(name, process, port, paths, count):
    before = memory_mb(process)
    serve_requests(port, paths, count)
    return {"name": name, "start": before, "after": memory_mb(process)}


def measure_depesche(env, interface, work_dir, paths, count):
    port = servers.free_port()
    process = servers.start_granian(
        env, port, workers=1, interface=interface, log_path=Path(work_dir) / f"{interface}.log"
    )
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}{paths[0]}", process)
        label = "production (ASGI)" if interface == "asgi" else "WSGI"
        return measure(f"Depesche uncached, {label}", process, port, paths, count)
    finally:
        servers.stop(process)


def measure_stock(work_dir, env, story, count):
    stock_dir, stock_settings, story_path = stock_wagtail.create(
        Path(work_dir) / "stock", story, with_api=True
    )
    port = servers.free_port()
    process = servers.start_granian(
        {**env, "DJANGO_SETTINGS_MODULE": stock_settings},
        port,
        workers=1,
        interface="wsgi",
        module="stockref.wsgi:application",
        cwd=stock_dir,
        log_path=Path(work_dir) / "stock.log",
    )
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}{story_path}", process)
        slug = story_path.rstrip("/").rsplit("/", 1)[1]
        found = fetch(f"http://127.0.0.1:{port}/api/v2/pages/?type=home.StoryPage&slug={slug}")
        story_id = json.loads(found)["items"][0]["id"]
        paths = [story_path, f"/api/v2/pages/{story_id}/"]
        return measure(STOCK, process, port, paths, count)
    finally:
        servers.stop(process)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="depesche-bench-memory-") as work_dir:
        env = servers.production_env(
            Path(work_dir) / "depesche",
            DEPESCHE_PAGE_CACHE="off",
            DEPESCHE_API_RATE_LIMIT="1000000/m",  # one client makes all the requests
        )
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env, stories_per_edition=10)
        servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
        port = servers.free_port()
        process = servers.start_granian(env, port, workers=1)
        try:
            servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
            front = fetch(f"http://127.0.0.1:{port}/de/")
            story_path = re.search(r'class="front-lead".*?href="([^"]+)"', front, re.S)[1]
            html = fetch(f"http://127.0.0.1:{port}{story_path}")
        finally:
            servers.stop(process)
        story = story_text(html)
        story_id = int(re.search(r'data-read-url="/reads/(\d+)/"', html)[1])
        paths = [story_path, f"/api/ninjs/3.1/stories/{story_id}/"]
        for interface in ("asgi", "wsgi"):
            rows.append(measure_depesche(env, interface, work_dir, paths, options.requests))
        rows.append(measure_stock(work_dir, env, story, options.requests))
    print_report(rows, options)


def print_report(rows, options):
    stock = next(row for row in rows if row["name"] == STOCK)
    print()
    print(
        f"One granian worker, {options.requests} requests: a story page and an API answer "
        "for it, in turn"
    )
    header = (
        f"{'server':<36}{'RSS MB at start':>16}{'RSS MB':>9}{'PSS MB':>9}"
        f"{'RSS ratio':>11}{'PSS ratio':>11}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        (start_rss, _start_pss), (rss, pss) = row["start"], row["after"]
        print(
            f"{row['name']:<36}{start_rss:>16.1f}{rss:>9.1f}{pss:>9.1f}"
            f"{rss / stock['after'][0]:>11.3f}{pss / stock['after'][1]:>11.3f}"
        )
    print()
    print(
        "RSS counts every page a worker maps; PSS splits shared pages between the processes "
        "sharing them. Goal: a Depesche worker at or below stock Wagtail's (ratio at most 1)."
    )


if __name__ == "__main__":
    main()
