"""Search under load: `make bench-search`.

For the embedded default (SQLite) and for PostgreSQL, on one site each holding the demo
and --stories generated stories across the four editions (bench/corpus.py), prints:
- the time to build the search index of every story: Depesche's `rebuild_search` and, as
  the reference, Wagtail's `update_index` with its stock database backend; and the size
  of each index;
- searches at 64 concurrent connections for 20 s each (the production server, granian
  with 2 workers), cycling through the relevance set's queries of all four editions:
  stock Wagtail (its database backend behind the pages API, `?search=`), Depesche
  behind the same pages API, Depesche's search API and its search page; requests/s, p50,
  p95 and p99 latency, and the p95 ratio to stock.
Goals: p95 at most 50 ms on PostgreSQL and 100 ms on SQLite; the rebuild at most 5
minutes for 100,000 stories. The API rate limit is lifted for the run (one client).
"""

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.wrk import WrkResult, run_wrk  # noqa: E402
from tests.support import servers  # noqa: E402
from tests.support.postgres import throwaway_server  # noqa: E402

SCRIPT = Path(__file__).with_name("search_queries.lua")
EDITIONS = ("de", "en", "ru", "az")
STOCK_BACKEND = {"DEPESCHE_SEARCH_BACKEND": "wagtail.search.backends.database"}
INDEX_SIZE = """
from django.db import connection
def size(tables):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
                           "WHERE c.relkind = 'r' AND c.relname LIKE ANY(%s)", [tables])
        else:
            cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE " +
                           " OR ".join(["name LIKE %s"] * len(tables)), tables)
        return cursor.fetchone()[0] or 0
print(size(["search_storyentry%", "search_word%"]), size(["wagtailsearch_indexentry%"]))
"""


@dataclass
class Run:
    cold_ms: list[float]  # each query once, one client, nothing cached yet
    load: WrkResult  # 64 connections cycling through the queries


@dataclass
class Engine:
    name: str
    stories: int
    rebuild_seconds: float
    stock_rebuild_seconds: float
    index_mb: float
    stock_index_mb: float
    runs: dict[str, Run]


def relevance_queries() -> list[tuple[str, str]]:
    """(edition, query) for every query of every edition's relevance set."""
    from depesche.search import relevance

    return [(code, query.text) for code in EDITIONS for query in relevance.load(code)]


def paths_file(work_dir: Path, name: str, path_of) -> Path:
    """A file of request paths, one per query, for search_queries.lua."""
    lines = [path_of(code, urllib.parse.quote(query)) for code, query in relevance_queries()]
    target = work_dir / f"{name}.paths"
    target.write_text("\n".join(lines) + "\n")
    return target


ENDPOINTS = {
    "pages API, ?search=": lambda code, q: (
        f"/api/v2/pages/?type=news.StoryPage&locale={code}&search={q}"
    ),
    "search API": lambda code, q: f"/api/search/?edition={code}&q={q}",
    "search page": lambda code, q: f"/{code}/search/?q={q}",
}


def timed_manage(env, *arguments) -> float:
    started = time.monotonic()
    servers.run_manage(env, *arguments)
    return time.monotonic() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def load(port: int, work_dir: Path, name: str, path_of, seconds: int, every: int) -> Run:
    paths = paths_file(work_dir, name, path_of)
    cold = []
    for line in paths.read_text().split()[::every]:
        started = time.monotonic()
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}{line}", timeout=60).read()  # noqa: S310
        cold.append((time.monotonic() - started) * 1000)
    wrk = run_wrk(
        f"http://127.0.0.1:{port}/", seconds=seconds, script=SCRIPT, script_args=[str(paths)]
    )
    return Run(cold, wrk)


def serve_and_load(
    env, work_dir: Path, name: str, endpoints: list[str], seconds: int, every: int
) -> dict:
    port = servers.free_port()
    log = work_dir / f"{name}.log"
    process = servers.start_granian(env, port, workers=2, log_path=log)
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
        return {
            endpoint: load(port, work_dir, f"{name}-{index}", ENDPOINTS[endpoint], seconds, every)
            for index, endpoint in enumerate(endpoints)
        }
    except Exception:
        print(f"--- {name} server log ---\n{log.read_text()[-4000:]}", file=sys.stderr)
        raise
    finally:
        servers.stop(process)


def measure(
    name: str, database_url: str | None, stories: int, seconds: int, every: int, work_dir: Path
):
    overrides = {"DEPESCHE_API_RATE_LIMIT": "100000000/s"}
    if database_url:
        overrides["DATABASE_URL"] = database_url
    env = servers.production_env(work_dir / name, **overrides)
    if not database_url:
        env.pop("DATABASE_URL", None)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    print(f"{name}: writing {stories:,} stories …", file=sys.stderr)
    subprocess.run(
        [sys.executable, str(PROJECT_DIR / "bench" / "corpus.py"), "--stories", str(stories)],
        env=servers.loading_env(env),
        check=True,
    )
    print(f"{name}: indexing …", file=sys.stderr)
    stock_rebuild = timed_manage({**env, **STOCK_BACKEND}, "update_index", "-v", "0")
    rebuild = timed_manage(env, "rebuild_search", "--quiet")
    ours, stock = servers.run_manage(env, "shell", "-c", INDEX_SIZE).split()[-2:]
    runs = serve_and_load(
        {**env, **STOCK_BACKEND}, work_dir, f"{name}-stock", ["pages API, ?search="], seconds, every
    )
    stock_run = runs.pop("pages API, ?search=")
    runs = serve_and_load(env, work_dir, f"{name}-ours", list(ENDPOINTS), seconds, every)
    return Engine(
        name=name,
        stories=stories,
        rebuild_seconds=rebuild,
        stock_rebuild_seconds=stock_rebuild,
        index_mb=int(ours) / 2**20,
        stock_index_mb=int(stock) / 2**20,
        runs={"stock Wagtail, pages API, ?search=": stock_run, **runs},
    )


def print_heading(seconds: int, every: int) -> None:
    print(
        f"Search: the {len(relevance_queries())} relevance-set queries of the four editions; "
        f"cold = every {every}th query once from one client, nothing cached yet; under load = "
        f"64 connections cycling through all of them for {seconds} s, answers kept by the "
        "page cache as in production; granian, 2 workers",
        flush=True,
    )


def ratio(ours: float, stock: float) -> str:
    """The ratio, or "-" when stock has no figure (wrk counts no latency when every
    request of the run timed out)."""
    return f"{ours / stock:.2f}" if stock else "-"


def print_report(engine: Engine) -> None:
    goal = 50 if engine.name == "PostgreSQL" else 100
    print()
    print(f"{engine.name}, {engine.stories:,} generated stories plus the demo")
    print(
        f"  index build: Depesche rebuild_search {engine.rebuild_seconds:.0f} s, "
        f"stock update_index {engine.stock_rebuild_seconds:.0f} s "
        f"(ratio {engine.rebuild_seconds / engine.stock_rebuild_seconds:.2f}); "
        f"index size {engine.index_mb:.0f} MB, stock {engine.stock_index_mb:.0f} MB"
    )
    stock = engine.runs["stock Wagtail, pages API, ?search="]
    print(
        f"  {'':<36}{'cold p50':>9}{'cold p95':>9}{'ratio':>6}"
        f"{'req/s':>7}{'p50':>8}{'p95':>8}{'p99':>8}{'errors':>7}{'ratio':>6}"
    )
    for label, run in engine.runs.items():
        name = label if label.startswith("stock") else f"Depesche, {label}"
        cold_p95 = percentile(run.cold_ms, 0.95)
        print(
            f"  {name:<36}{percentile(run.cold_ms, 0.5):>9.1f}{cold_p95:>9.1f}"
            f"{ratio(cold_p95, percentile(stock.cold_ms, 0.95)):>6}"
            f"{run.load.rate:>7.0f}{run.load.p50_ms:>8.1f}{run.load.p95_ms:>8.1f}"
            f"{run.load.p99_ms:>8.1f}{run.load.non_success + run.load.errors:>7}"
            f"{ratio(run.load.p95_ms, stock.load.p95_ms):>6}"
        )
    print(
        f"  (ms; ratio = p95 against stock) goal: p95 <= {goal} ms; rebuild of 100,000 "
        "stories <= 300 s",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=20, help="length of each wrk run")
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--cold-every",
        type=int,
        default=4,
        help="time every Nth query cold (stock Wagtail takes seconds for each at 100,000)",
    )
    options = parser.parse_args()
    print_heading(options.seconds, options.cold_every)
    with tempfile.TemporaryDirectory(prefix="depesche-bench-search-") as work_dir:
        work = Path(work_dir)
        measured = (options.stories, options.seconds, options.cold_every, work)
        if options.engine in ("sqlite", "both"):
            print_report(measure("SQLite", None, *measured))
        if options.engine in ("postgresql", "both"):
            with throwaway_server() as database_url:
                print_report(measure("PostgreSQL", database_url, *measured))
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
