"""Search under load: `make bench-search`.

For the embedded default (SQLite) and for PostgreSQL, on one site each holding the demo
and --stories generated stories across the four editions (bench/corpus.py), prints:
- the time to build the search index of every story: Depesche's `rebuild_search` and, as
  the reference, Wagtail's `update_index` with its stock database backend; and the size
  of each index;
- for stock Wagtail (its database backend behind the pages API, `?search=`), Depesche
  behind the same pages API, Depesche's search API and its search page: each
  relevance-set query once from one client with nothing cached ("cold"; stock: every
  12th, as each takes seconds at 100,000 stories), then 64 connections for --seconds
  cycling through all the queries of the four editions, once answered from the page
  cache as in production ("cached") and once on a server without it ("uncached": every
  request searches); requests/s, p95 latency with ratios to stock, and the app's CPU
  time per uncached request. The production server is granian with 2 workers.
Goals: p95 at most 50 ms on PostgreSQL and 100 ms on SQLite, uncached; the rebuild at
most 5 minutes for 100,000 stories. The API rate limit is lifted for the run (one client).
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
print(size(["search_story%", "search_word%"]), size(["wagtailsearch_indexentry%"]))
"""


@dataclass
class Run:
    cold_ms: list[float]  # each Nth query once, one client, nothing cached yet
    cached: WrkResult  # 64 connections cycling through the queries, page cache on
    uncached: WrkResult | None = None  # the same with the page cache off
    uncached_cpu_ms: float | None = None  # the app's CPU time per successful uncached answer


@dataclass
class Engine:
    name: str
    stories: int
    rebuild_seconds: float
    stock_rebuild_seconds: float
    index_mb: float
    stock_index_mb: float
    stock: Run  # stock Wagtail behind the pages API
    runs: dict[str, Run]  # Depesche, by endpoint


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


STOCK = "pages API, ?search="
ENDPOINTS = {
    STOCK: lambda code, q: f"/api/v2/pages/?type=news.StoryPage&locale={code}&search={q}",
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


WARM_UP = "Vorbereitung"  # a query outside the relevance set


def cold(port: int, paths: Path, every: int) -> list[float]:
    """Milliseconds for every `every`th path, asked once from one client, after a few
    requests of another query have loaded the code into each server worker."""
    lines = paths.read_text().split()
    warm_up = f"{lines[0].rsplit('=', 1)[0]}={WARM_UP}"  # the query is the last parameter
    for _ in range(8):
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}{warm_up}", timeout=60).read()  # noqa: S310
    times = []
    for line in lines[::every]:
        started = time.monotonic()
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}{line}", timeout=60).read()  # noqa: S310
        times.append((time.monotonic() - started) * 1000)
    return times


def under_load(port: int, paths: Path, seconds: int) -> WrkResult:
    return run_wrk(
        f"http://127.0.0.1:{port}/", seconds=seconds, script=SCRIPT, script_args=[str(paths)]
    )


@contextlib.contextmanager
def serving(env, work_dir: Path, name: str):
    """(port, process) of a production server on `env`, stopped afterwards."""
    port = servers.free_port()
    log = work_dir / f"{name}.log"
    process = servers.start_granian(env, port, workers=2, log_path=log)
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
        yield port, process
    except Exception:
        print(f"--- {name} server log ---\n{log.read_text()[-4000:]}", file=sys.stderr)
        raise
    finally:
        servers.stop(process)


def serve_and_load(env, work_dir: Path, name: str, endpoints: list[str], options) -> dict:
    """{endpoint: Run}: cold, then cached under load on one server; then uncached under
    load on a server without the page cache."""
    paths = {
        endpoint: paths_file(work_dir, f"{name}-{index}", ENDPOINTS[endpoint])
        for index, endpoint in enumerate(endpoints)
    }
    runs = {}
    with serving(env, work_dir, f"{name}-cached") as (port, _process):
        for endpoint in endpoints:
            runs[endpoint] = Run(
                cold(port, paths[endpoint], options.cold_every),
                under_load(port, paths[endpoint], options.seconds),
            )
    uncached_env = {**env, "DEPESCHE_PAGE_CACHE": "off"}
    with serving(uncached_env, work_dir, f"{name}-uncached") as (port, process):
        for endpoint in endpoints:
            workers = servers.worker_pids(process)
            used = servers.cpu_seconds(workers)
            run = runs[endpoint]
            run.uncached = under_load(port, paths[endpoint], options.seconds)
            used = servers.cpu_seconds(workers) - used
            if run.uncached.successes:
                run.uncached_cpu_ms = 1000 * used / run.uncached.successes
    return runs


def measure(name: str, database_url: str | None, options, work_dir: Path) -> Engine:
    overrides = {"DEPESCHE_API_RATE_LIMIT": "100000000/s"}
    if database_url:
        overrides["DATABASE_URL"] = database_url
    env = servers.production_env(work_dir / name, **overrides)
    if not database_url:
        env.pop("DATABASE_URL", None)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    print(f"{name}: writing {options.stories:,} stories …", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            str(PROJECT_DIR / "bench" / "corpus.py"),
            "--stories",
            str(options.stories),
        ],
        env=servers.loading_env(env),
        check=True,
    )
    print(f"{name}: indexing …", file=sys.stderr)
    stock_rebuild = timed_manage({**env, **STOCK_BACKEND}, "update_index", "-v", "0")
    rebuild = timed_manage(env, "rebuild_search", "--quiet")
    ours, stock = servers.run_manage(env, "shell", "-c", INDEX_SIZE).split()[-2:]
    print(f"{name}: searching …", file=sys.stderr)
    stock_options = argparse.Namespace(**{**vars(options), "cold_every": options.stock_cold_every})
    stock_run = serve_and_load(
        {**env, **STOCK_BACKEND}, work_dir, f"{name}-stock", [STOCK], stock_options
    )[STOCK]
    runs = serve_and_load(env, work_dir, f"{name}-ours", list(ENDPOINTS), options)
    return Engine(
        name=name,
        stories=options.stories,
        rebuild_seconds=rebuild,
        stock_rebuild_seconds=stock_rebuild,
        index_mb=int(ours) / 2**20,
        stock_index_mb=int(stock) / 2**20,
        stock=stock_run,
        runs=runs,
    )


def print_heading(options) -> None:
    print(
        f"Search: the {len(relevance_queries())} relevance-set queries of the four editions; "
        f"cold = 1 in {options.cold_every} queries (stock: 1 in {options.stock_cold_every}) "
        "once from one client, nothing cached yet; cached and uncached = 64 connections "
        f"cycling through all of them for {options.seconds} s with and without the page "
        "cache; granian, 2 workers",
        flush=True,
    )


def ratio(ours: float | None, stock: float | None) -> str:
    """The ratio, or "-" when stock has no figure (wrk counts no latency when every
    request of the run timed out)."""
    return f"{ours / stock:.2f}" if ours and stock else "-"


def figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


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
    print(
        f"  {'':<36}{'cold':>17}{'cached':>21}{'uncached':>34}\n"
        f"  {'':<36}{'p50':>8}{'p95':>9}{'req/s':>7}{'p95':>8}{'ratio':>6}"
        f"{'req/s':>7}{'p95':>8}{'ratio':>6}{'CPU ms':>7}{'errors':>7}"
    )
    stock = engine.stock
    rows = [(f"stock Wagtail, {STOCK}", stock)]
    rows += [(f"Depesche, {label}", run) for label, run in engine.runs.items()]
    for name, run in rows:
        cached, uncached = run.cached, run.uncached
        print(
            f"  {name:<36}{percentile(run.cold_ms, 0.5):>8.1f}"
            f"{percentile(run.cold_ms, 0.95):>9.1f}"
            f"{cached.rate:>7.0f}{cached.p95_ms or 0:>8.1f}"
            f"{ratio(cached.p95_ms, stock.cached.p95_ms):>6}"
            f"{uncached.rate:>7.0f}{uncached.p95_ms or 0:>8.1f}"
            f"{ratio(uncached.p95_ms, stock.uncached.p95_ms):>6}"
            f"{figure(run.uncached_cpu_ms):>7}"
            f"{cached.non_success + cached.errors + uncached.non_success + uncached.errors:>7}"
        )
    print(
        f"  (ms; ratio = p95 against stock; CPU ms = the app workers' CPU time per uncached "
        f"answer; errors include wrk's 2 s timeouts) goal: p95 <= {goal} ms; rebuild of "
        "100,000 stories <= 300 s",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=20, help="length of each wrk run")
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--cold-every", type=int, default=1, help="time every Nth query cold")
    parser.add_argument(
        "--stock-cold-every",
        type=int,
        default=12,
        help="the same for stock Wagtail, which takes seconds a query at 100,000 stories",
    )
    options = parser.parse_args()
    print_heading(options)
    with tempfile.TemporaryDirectory(prefix="depesche-bench-search-") as work_dir:
        work = Path(work_dir)
        if options.engine in ("sqlite", "both"):
            print_report(measure("SQLite", None, options, work))
        if options.engine in ("postgresql", "both"):
            with throwaway_server() as database_url:
                print_report(measure("PostgreSQL", database_url, options, work))
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
