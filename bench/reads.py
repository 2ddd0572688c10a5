"""Read counting under load: `make bench-reads`.

For the embedded default (SQLite), for PostgreSQL, and for PostgreSQL with Redis as the
shared cache, with the production server (granian, ASGI, 2 workers), prints:
- accepted read beacons per second at 64 connections, beside nginx answering 204 to the
  same requests on the same machine in the same run, and the ratio (goal: at least 0.1);
- exactness: after N reads acknowledged to 16 concurrent readers, the total grew by N
  (wrk cannot tell: it drops the answers still in flight when its time is up);
- after a kill -9 of one worker during a run of retrying readers, the total grew by exactly
  the number of acknowledged reads;
- a mix of crawler user agents adds nothing.
Each phase counts on stories of its own: beacons that wrk (or a killed worker's readers)
leave in flight are still committed after the phase has ended
(tests/test_reads_server.py shows it), so a later phase's "before" snapshot of the same
stories could miss them and its check would fail by chance.
On SQLite and PostgreSQL alone the repeat and rate-limit rules are switched off (their
settings set to 0), as the load comes from one client. With Redis they are on, as in
production behind a CDN: every beacon names a reader address of its own in
X-Forwarded-For, so each is screened by both rules in Redis before it is counted.
"""

import argparse
import contextlib
import os
import secrets
import signal
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.wrk import run_wrk  # noqa: E402
from tests.support import servers  # noqa: E402
from tests.support.nginx import nginx  # noqa: E402
from tests.support.postgres import throwaway_server  # noqa: E402
from tests.support.redis_server import throwaway_redis  # noqa: E402

SCRIPT = Path(__file__).with_name("read_beacons.lua")
CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)",
    "curl/8.5.0",
    "python-requests/2.32.3",
]


def totals(port, stories):
    return sum(servers.current_total(port, story) for story in stories)


def readers_run(process, port, stories, *, kill, forwarded):
    """16 retrying readers (one worker killed a third of the way if `kill`).

    Returns (acknowledged reads, connections lost and retried).
    """

    def kill_a_worker():
        os.kill(servers.worker_pids(process)[0], signal.SIGKILL)

    acknowledged, lost = servers.send_beacons(
        port, stories, 150, readers=16, during=kill_a_worker if kill else None, forwarded=forwarded
    )
    return sum(acknowledged.values()), lost


def crawler_run(port, stories, *, forwarded, rounds=30):
    for agent in CRAWLERS:
        sender = servers.BeaconSender(port, user_agent=agent)
        for _ in range(rounds):
            for story in stories:
                headers = {"X-Forwarded-For": servers.random_address()} if forwarded else None
                sender.post(f"/reads/{story}/", headers)
        sender.close()
    return len(CRAWLERS) * rounds * len(stories)


def measure_backend(name, database_url, seconds, work_dir, redis_url=None):
    forwarded = redis_url is not None
    if forwarded:
        overrides = {
            "REDIS_URL": redis_url,
            "DEPESCHE_CLIENT_ADDRESS_HEADER": "HTTP_X_FORWARDED_FOR",
            "DEPESCHE_TRUSTED_PROXIES": 1,
        }
    else:
        overrides = {"DEPESCHE_READS_REPEAT_WINDOW": 0, "DEPESCHE_READS_RATE_LIMIT": 0}
    if database_url:  # a database of its own on the server
        database = "reads_redis" if forwarded else "reads"
        overrides["DATABASE_URL"] = servers.new_database(database_url, database)
    env = servers.production_env(Path(work_dir) / name, **overrides)
    if not database_url:
        env.pop("DATABASE_URL", None)
    if not forwarded:
        env.pop("REDIS_URL", None)
    servers.prepare_site(env, stories_per_edition=12)
    stories = servers.story_ids(env, 13)
    if len(stories) < 13:
        raise RuntimeError(f"the site has {len(stories)} German stories; 13 are needed")
    load_story, exact_stories, killed_stories, crawled_stories = (
        stories[0],
        stories[1:5],
        stories[5:9],
        stories[9:13],
    )
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=Path(work_dir) / f"{name}.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/reads/{load_story}/", process)
        load = run_wrk(
            f"http://127.0.0.1:{port}/reads/{load_story}/",
            seconds=seconds,
            script=SCRIPT,
            script_args=[secrets.token_hex(8), *(["forwarded"] if forwarded else [])],
        )
        before = totals(port, exact_stories)
        exact_acknowledged, _lost = readers_run(
            process, port, exact_stories, kill=False, forwarded=forwarded
        )
        grown = totals(port, exact_stories) - before
        before = totals(port, killed_stories)
        acknowledged, lost = readers_run(
            process, port, killed_stories, kill=True, forwarded=forwarded
        )
        killed_grown = totals(port, killed_stories) - before
        before = totals(port, crawled_stories)
        crawler_beacons = crawler_run(port, crawled_stories, forwarded=forwarded)
        crawler_grown = totals(port, crawled_stories) - before
    except Exception:
        log = (Path(work_dir) / f"{name}.log").read_text()
        print(f"--- {name} server log (last lines) ---\n{log[-4000:]}", file=sys.stderr)
        raise
    finally:
        servers.stop(process)
    return {
        "name": name,
        "forwarded": forwarded,
        "load": load,
        "exact": grown == exact_acknowledged,
        "exact_acknowledged": exact_acknowledged,
        "grown": grown,
        "acknowledged": acknowledged,
        "killed_grown": killed_grown,
        "lost_connections": lost,
        "crawler_beacons": crawler_beacons,
        "crawler_grown": crawler_grown,
    }


def nginx_references(seconds):
    """nginx answering 204 to the same requests as the runs without and with reader
    addresses (wrk spends more on the latter, which the ratio must not count against us)."""
    port = servers.free_port()
    with nginx(port, "location / { return 204; }"):
        return {
            forwarded: run_wrk(
                f"http://127.0.0.1:{port}/reads/1/",
                seconds=seconds,
                script=SCRIPT,
                script_args=[secrets.token_hex(8), *(["forwarded"] if forwarded else [])],
            )
            for forwarded in (False, True)
        }


def print_report(references, results):
    print()
    print("Read beacons, 64 connections, wrk -t2, production server (granian ASGI, 2 workers)")
    print("ratio: against nginx answering 204 to the same requests in this run")
    header = f"{'setup':<38}{'accepted/s':>12}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    for forwarded, reference in references.items():
        name = "nginx 204, reader addresses" if forwarded else "nginx 204"
        print(
            f"{name:<38}{reference.rate:>12,.0f}{reference.p50_ms:>9.2f}"
            f"{reference.p99_ms:>9.2f}{1:>8.3f}"
        )
    for result in results:
        load = result["load"]
        reference = references[result["forwarded"]]
        print(
            f"{'Depesche, ' + result['name']:<38}{load.rate:>12,.0f}{load.p50_ms:>9.2f}"
            f"{load.p99_ms:>9.2f}{load.rate / reference.rate:>8.3f}"
        )
    print()
    for result in results:
        load = result["load"]
        print(f"{result['name']}:")
        print(
            f"  load: {load.successes:,} beacons answered 2xx in {load.seconds:.1f} s, "
            f"{load.non_success} not, {load.errors} socket errors"
        )
        print(
            f"  exactness: {result['exact_acknowledged']:,} acknowledged reads from 16 "
            f"readers; total grew by {result['grown']:,} -> "
            f"{'exact' if result['exact'] else 'NOT EXACT'}"
        )
        killed_ok = result["killed_grown"] == result["acknowledged"]
        print(
            f"  kill -9 of a worker: {result['acknowledged']:,} acknowledged reads "
            f"({result['lost_connections']} connections lost and retried); total grew by "
            f"{result['killed_grown']:,} -> {'exact' if killed_ok else 'NOT EXACT'}"
        )
        print(
            f"  crawlers: {result['crawler_beacons']:,} beacons from {len(CRAWLERS)} crawler "
            f"user agents; total grew by {result['crawler_grown']}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="depesche-bench-") as work_dir:
        references = nginx_references(options.seconds)
        results = [measure_backend("SQLite", None, options.seconds, work_dir)]
        # A server of its own for each run: the one before leaves work behind (autovacuum
        # of a table updated 100,000 times), which would run on the next run's cores.
        with throwaway_server() as database_url:
            results.append(measure_backend("PostgreSQL", database_url, options.seconds, work_dir))
        with throwaway_server() as database_url, throwaway_redis() as redis_url:
            results.append(
                measure_backend(
                    "PostgreSQL + Redis", database_url, options.seconds, work_dir, redis_url
                )
            )
    print_report(references, results)
    failed = [
        r
        for r in results
        if not r["exact"] or r["killed_grown"] != r["acknowledged"] or r["crawler_grown"]
    ]
    return 1 if failed else 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
