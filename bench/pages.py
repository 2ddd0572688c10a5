"""Story pages under load: `make bench-pages`.

Starts every server it needs on 127.0.0.1 and prints one table, from one run, for the seed
story's page: nginx serving a static copy (the reference); Depesche from its page cache
through the Django stack (the embedded default: SQLite, file cache, WSGI); Depesche from its
page cache through the production entry point (ASGI, hits answered before Django) and
through nginx serving the cached pages as files with the app behind it; Depesche
uncached; and a stock Wagtail 8 site (`wagtail start`, the same story page built the plain
Wagtail way, see bench/stock_wagtail.py), uncached.
Each with requests/s, p50, p99, the ratio to the reference and, for the uncached ones, CPU
per request. Then the time from a publish to the change being visible, and memory per worker.
All Depesche runs use one SQLite database holding the demo site plus --stories stories
(written by bench/corpus.py).
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import lxml.html

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench import stock_wagtail  # noqa: E402
from bench.wrk import run_wrk  # noqa: E402
from tests.support import servers  # noqa: E402
from tests.support.nginx import nginx, static_pages_site  # noqa: E402

PUBLISH = """
import time
from depesche.news.models import StoryPage
story = StoryPage.objects.get(pk={pk})
story.title = {title!r}
started = time.time()
story.save_revision().publish()
print(started)
"""


def fetch(url):
    request = urllib.request.Request(url, headers={"User-Agent": servers.BROWSER_AGENT})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


def story_text(html):
    """What a Depesche story page shows, for the stock Wagtail copy of it."""
    tree = lxml.html.fromstring(html)

    def texts(selector):
        return [element.text_content().strip() for element in tree.cssselect(selector)]

    return {
        "headline": tree.cssselect("h1.story__headline")[0].text.strip(),
        "lead": "".join(texts(".story__lead")),
        "paragraphs": texts(".story__body p"),
        "source": "".join(texts(".story__source")),
        "tags": texts(".story__tags .tag"),
    }


def measure(name, url, seconds, process=None):
    """wrk against `url`; with `process`, also CPU per request and memory of its workers."""
    pids = servers.worker_pids(process) if process else []
    cpu_before = servers.cpu_seconds(pids)
    result = run_wrk(url, seconds=seconds)
    cpu = servers.cpu_seconds(pids) - cpu_before
    row = {"name": name, "wrk": result}
    if pids:
        row["cpu_ms"] = 1000 * cpu / max(result.requests, 1)
        row["rss_mb"] = max(servers.resident_mb(pid) for pid in pids)
        row["pss_mb"] = max(servers.proportional_mb(pid) for pid in pids)
    return row


def publish_to_visible(port, story_path, env, pk):
    """Seconds from the start of a publish (in another process) until a reader gets the new
    headline: what an editor waits after pressing publish."""
    title = f"Benchmark headline {time.time_ns()}"  # unique: publishes follow within a second
    seen = {}

    def poll():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if title in fetch(f"http://127.0.0.1:{port}{story_path}"):
                seen["at"] = time.time()
                return
            time.sleep(0.005)

    poller = threading.Thread(target=poll)
    poller.start()
    output = servers.run_manage(env, "shell", "-c", PUBLISH.format(pk=pk, title=title))
    published = float(output.strip().splitlines()[-1])
    poller.join()
    return seen["at"] - published if "at" in seen else float("inf")


def serve(env, interface, work_dir, name, workers=2):
    port = servers.free_port()
    log = Path(work_dir) / f"{name}.log"
    process = servers.start_granian(env, port, workers=workers, log_path=log, interface=interface)
    servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
    return port, process


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--stories", type=int, default=100_000)
    options = parser.parse_args()
    rows, extra = [], {}
    with tempfile.TemporaryDirectory(prefix="depesche-bench-pages-") as work_dir:
        env = servers.production_env(Path(work_dir) / "depesche")
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env, stories_per_edition=10)
        corpus = PROJECT_DIR / "bench" / "corpus.py"
        subprocess.run(
            [sys.executable, corpus, "--stories", str(options.stories)],
            env=servers.loading_env(env),
            check=True,
        )
        servers.run_manage(env, "collectstatic", "--no-input")
        uncached_env = {**env, "DEPESCHE_PAGE_CACHE": "off"}

        static_dir = Path(tempfile.mkdtemp(prefix="depesche-pages-"))
        static_dir.chmod(0o755)  # nginx's workers read it as www-data
        env["DEPESCHE_STATIC_PAGES_DIR"] = str(static_dir)
        port, process = serve(env, "asgi", work_dir, "production")
        try:
            front = fetch(f"http://127.0.0.1:{port}/de/")
            story_path = re.search(r'class="front-lead".*?href="([^"]+)"', front, re.S)[1]
            html = fetch(f"http://127.0.0.1:{port}{story_path}")
            pk = int(re.search(r'data-read-url="/reads/(\d+)/"', html)[1])
            fetch(f"http://127.0.0.1:{port}{story_path}")
            rows.append(
                measure(
                    "Depesche cached, production (ASGI)",
                    f"http://127.0.0.1:{port}{story_path}",
                    options.seconds,
                    process,
                )
            )
            extra["publish"] = [publish_to_visible(port, story_path, env, pk) for _ in range(5)]
            front_port = servers.free_port()
            with nginx(front_port, static_pages_site(static_dir, port)):
                url = f"http://127.0.0.1:{front_port}{story_path}"
                fetch(url)
                html = fetch(url)
                rows.append(measure("Depesche cached, production (nginx)", url, options.seconds))
                extra["publish_nginx"] = [
                    publish_to_visible(front_port, story_path, env, pk) for _ in range(5)
                ]
        finally:
            servers.stop(process)
            shutil.rmtree(static_dir, ignore_errors=True)
        env.pop("DEPESCHE_STATIC_PAGES_DIR")

        static_root = Path(work_dir) / "static-copy"
        target = static_root / story_path.strip("/") / "index.html"
        target.parent.mkdir(parents=True)
        target.write_text(html, encoding="utf-8")
        for folder in [Path(work_dir), *target.parents]:  # nginx's workers run as www-data
            if folder.is_relative_to(work_dir):
                folder.chmod(0o755)
        nginx_port = servers.free_port()
        with nginx(nginx_port, f"location / {{ root {static_root}; index index.html; }}"):
            reference = measure(
                "nginx, static copy (reference)",
                f"http://127.0.0.1:{nginx_port}{story_path}",
                options.seconds,
            )

        port, process = serve(env, "wsgi", work_dir, "embedded")
        try:
            fetch(f"http://127.0.0.1:{port}{story_path}")
            rows.insert(
                0,
                measure(
                    "Depesche cached, embedded (WSGI)",
                    f"http://127.0.0.1:{port}{story_path}",
                    options.seconds,
                    process,
                ),
            )
        finally:
            servers.stop(process)

        for interface, label in (("wsgi", "WSGI"), ("asgi", "production (ASGI)")):
            port, process = serve(uncached_env, interface, work_dir, f"uncached-{interface}")
            try:
                rows.append(
                    measure(
                        f"Depesche uncached, {label}",
                        f"http://127.0.0.1:{port}{story_path}",
                        options.seconds,
                        process,
                    )
                )
            finally:
                servers.stop(process)

        stock_dir, stock_settings, stock_path = stock_wagtail.create(
            Path(work_dir) / "stock", story_text(html)
        )
        stock_env = {**env, "DJANGO_SETTINGS_MODULE": stock_settings}
        port = servers.free_port()
        process = servers.start_granian(
            stock_env,
            port,
            interface="wsgi",
            module="stockref.wsgi:application",
            cwd=stock_dir,
            log_path=Path(work_dir) / "stock.log",
        )
        try:
            servers.wait_until_serving(f"http://127.0.0.1:{port}/", process)
            rows.append(
                measure(
                    "stock Wagtail 8 uncached (WSGI)",
                    f"http://127.0.0.1:{port}{stock_path}",
                    options.seconds,
                    process,
                )
            )
        finally:
            servers.stop(process)
    print_report(reference, rows, extra, options)


def print_report(reference, rows, extra, options):
    print()
    print(
        f"Story page, wrk -t2 -c64 -d{options.seconds}s, granian with 2 workers, "
        f"{options.stories:,} generated stories in the database"
    )
    header = (
        f"{'setup':<38}{'requests/s':>12}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}"
        f"{'CPU ms/req':>12}{'RSS MB':>8}{'PSS MB':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in [reference, *rows]:
        result = row["wrk"]
        cpu = f"{row['cpu_ms']:.2f}" if "cpu_ms" in row else ""
        rss = f"{row['rss_mb']:.0f}" if "rss_mb" in row else ""
        pss = f"{row['pss_mb']:.0f}" if "pss_mb" in row else ""
        print(
            f"{row['name']:<38}{result.rate:>12,.0f}{result.p50_ms:>9.2f}{result.p99_ms:>9.2f}"
            f"{result.rate / reference['wrk'].rate:>8.3f}{cpu:>12}{rss:>8}{pss:>8}"
        )
    uncached = {row["name"]: row for row in rows if "uncached" in row["name"]}
    ours = uncached["Depesche uncached, WSGI"]["cpu_ms"]
    stock = uncached["stock Wagtail 8 uncached (WSGI)"]["cpu_ms"]
    print()
    print(
        f"Uncached CPU per request: Depesche {ours:.2f} ms, stock Wagtail {stock:.2f} ms, "
        f"ratio {ours / stock:.2f} (goal: at most 0.5)"
    )
    for key, label in (("publish", "ASGI"), ("publish_nginx", "nginx")):
        latencies = ", ".join(f"{value * 1000:.0f} ms" for value in extra[key])
        print(
            f"Publish to visible ({label}, 5 publishes from another process): {latencies} "
            f"(max {max(extra[key]) * 1000:.0f} ms; goal: at most 1 s)"
        )
    print(
        "Memory per worker: the largest worker's RSS (all its pages) and PSS (shared pages "
        "split between the processes sharing them); goal: at most 120 MB resident"
    )


if __name__ == "__main__":
    if shutil.which("wrk") is None or shutil.which("nginx") is None:
        sys.exit("bench-pages needs wrk and nginx: make bench-pages installs them")
    main()
