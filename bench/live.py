"""The live channel under load: `make bench-live`.

The production server (granian, ASGI) on this machine's SQLite default, readers holding
Server-Sent Events streams open (asyncio sockets in this process), stories published by
another process. Prints:
- publish -> in every open reader's stream: p50, p95 and max with 1,000 readers on two
  app processes (goal: p95 <= 2 s), beside readers polling at the server's interval (the
  reference: what the page did before streams, and still does where none can be held);
- memory and CPU per idle connected reader;
- how many readers one app process holds before p95 passes 2 s;
- the polling answer behind nginx's cache as in docs/deploy.md: requests per second that
  reach the app per edition while wrk polls as fast as it can (goal: <= 1), beside the
  same polling straight at the app;
- a live blog of 1,000 entries beside an ordinary story (the reference), from the page
  cache (goal: as fast) and rendered afresh (goal: at most 3 times the story's time).
"""

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.wrk import run_wrk  # noqa: E402
from tests.support import live, servers  # noqa: E402
from tests.support.nginx import LIVE_CACHE, live_channel_locations, nginx  # noqa: E402

GOAL_SECONDS = 2.0
PUBLISHER = """
import json, sys, time
from depesche.news.models import SectionPage, StoryPage
section = SectionPage.objects.get(locale__language_code="de", slug="politik")
for number in range({count}):
    time.sleep({pause})
    story = StoryPage(title=f"Last {{number}}", slug=f"last-{{time.time_ns()}}", lead="Neu.")
    section.add_child(instance=story)
    started = time.time()
    story.save_revision().publish()
    print(json.dumps({{"story": story.pk, "started": started}}), flush=True)
"""


class StreamReaders:
    """Readers holding /de/live/stream/ open; each ticker event's arrival time per story."""

    def __init__(self, port):
        self.port = port
        self.arrivals = defaultdict(list)
        self.opened = 0
        self.failed = 0
        self.tasks = []

    async def add(self, count):
        target = self.opened + count
        self.tasks += [asyncio.create_task(self.read()) for _ in range(count)]
        deadline = time.monotonic() + 120
        while self.opened + self.failed < target and time.monotonic() < deadline:
            await asyncio.sleep(0.1)

    async def read(self):
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port, limit=2**16)
            writer.write(
                b"GET /de/live/stream/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Accept: text/event-stream\r\n\r\n"
            )
            await writer.drain()
            status = await reader.readline()
            if b" 200 " not in status:
                self.failed += 1
                return
            while (await reader.readline()) not in (b"\r\n", b""):
                pass
            self.opened += 1
            while line := await reader.readline():
                if line.startswith(b"data: "):
                    message = json.loads(line[6:])
                    if message.get("type") == "ticker":
                        self.arrivals[message["story"]].append(time.time())
        except OSError:
            self.failed += 1

    def close(self):
        for task in self.tasks:
            task.cancel()


class Pollers:
    """Readers polling /de/live/ at the server's interval, their starts spread evenly over
    it, as pages without streams do; records when each first saw each story."""

    def __init__(self, port, count, interval):
        self.port, self.count, self.interval = port, count, interval
        self.arrivals = defaultdict(list)
        self.tasks = []

    def start(self):
        self.tasks = [asyncio.create_task(self.poll(n)) for n in range(self.count)]

    async def poll(self, number):
        await asyncio.sleep(self.interval * number / self.count)
        seen = set()
        while True:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                writer.write(b"GET /de/live/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                await writer.drain()
                body = (await reader.read()).split(b"\r\n\r\n", 1)[1]
                writer.close()
                for message in json.loads(body)["events"]:
                    if message.get("type") == "ticker" and message["story"] not in seen:
                        seen.add(message["story"])
                        self.arrivals[message["story"]].append(time.time())
            except (OSError, ValueError, IndexError):
                pass
            await asyncio.sleep(self.interval)

    def close(self):
        for task in self.tasks:
            task.cancel()


async def publish(env, count, pause):
    """Publish `count` stories from one other process; [(story, started)]."""
    process = await asyncio.create_subprocess_exec(
        *servers.MANAGE,
        "shell",
        "-c",
        PUBLISHER.format(count=count, pause=pause),
        env=env,
        cwd=PROJECT_DIR,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    output, _ = await process.communicate()
    rows = [json.loads(line) for line in output.decode().splitlines() if line.startswith("{")]
    return [(row["story"], row["started"]) for row in rows]


def latencies(published, arrivals, readers):
    """Seconds from each publish to each reader's arrival, and how many never arrived."""
    delays, missing = [], 0
    for story, started in published:
        got = [arrived - started for arrived in arrivals.get(story, [])]
        delays += got
        missing += readers - len(got)
    return delays, missing


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def process_figures(pids):
    return sum(servers.proportional_mb(pid) for pid in pids), servers.cpu_seconds(pids)


async def stream_run(env, port, process, readers_count, idle_seconds):
    """1,000 readers on two processes: latency, memory and CPU per idle reader."""
    workers = servers.worker_pids(process)
    memory_before, _ = process_figures(workers)
    readers = StreamReaders(port)
    await readers.add(readers_count)
    await asyncio.sleep(2)
    memory_after, cpu_before = process_figures(workers)
    await asyncio.sleep(idle_seconds)
    _, cpu_after = process_figures(workers)
    published = await publish(env, 5, 2)
    await asyncio.sleep(3)
    delays, missing = latencies(published, readers.arrivals, readers.opened)
    readers.close()
    return {
        "readers": readers.opened,
        "failed": readers.failed,
        "delays": delays,
        "missing": missing,
        "kb_per_reader": (memory_after - memory_before) * 1024 / max(readers.opened, 1),
        "cpu_ms_per_reader_minute": (cpu_after - cpu_before)
        * 1000
        / max(readers.opened, 1)
        * 60
        / idle_seconds,
    }


async def polling_run(env, port, count, interval):
    pollers = Pollers(port, count, interval)
    pollers.start()
    await asyncio.sleep(interval + 1)
    published = await publish(env, 3, interval / 3)
    await asyncio.sleep(interval + 2)
    pollers.close()
    delays, missing = latencies(published, pollers.arrivals, count)
    return {"readers": count, "delays": delays, "missing": missing}


async def capacity_run(env, port, process, steps_wanted):
    """Readers added to one app process step by step until p95 passes the goal."""
    readers = StreamReaders(port)
    steps = []
    workers = servers.worker_pids(process)
    memory_before, _ = process_figures(workers)
    for target in steps_wanted:
        await readers.add(target - readers.opened)
        await asyncio.sleep(2)
        published = await publish(env, 3, 1.5)
        await asyncio.sleep(4)
        delays, missing = latencies(published, readers.arrivals, readers.opened)
        memory, _ = process_figures(workers)
        steps.append(
            {
                "readers": readers.opened,
                "failed": readers.failed,
                "p95": percentile(delays, 0.95),
                "missing": missing,
                "mb": memory - memory_before,
            }
        )
        if readers.failed or missing or percentile(delays, 0.95) > GOAL_SECONDS:
            break
    readers.close()
    return steps


def app_requests(log_path):
    lines = Path(log_path).read_text().splitlines() if Path(log_path).exists() else []
    return sum(1 for line in lines if line.strip() not in ("", "-"))


def page_run(env, work_dir, seconds):
    """wrk on an ordinary story and on a live blog of 1,000 entries, cached and not."""
    blog = live.publish_blog(env, "Live benchmark", f"live-bench-{time.time_ns()}", 1000)
    story_id = servers.story_ids(env, 1)[0]
    story_url = (
        servers.run_manage(
            env,
            "shell",
            "-c",
            f"from wagtail.models import Page; print(Page.objects.get(pk={story_id}).url)",
        )
        .strip()
        .splitlines()[-1]
    )
    figures = {}
    for cache in ("on", "off"):
        port = servers.free_port()
        process = start({**env, "DEPESCHE_PAGE_CACHE": cache}, port, 2, work_dir, f"pages-{cache}")
        try:
            for name, path in (("story", story_url), ("blog", blog["url"])):
                figures[(cache, name)] = run_wrk(
                    f"http://127.0.0.1:{port}{path}", seconds=seconds, connections=8
                )
        finally:
            servers.stop(process)
    return figures


def start(env, port, workers, work_dir, name):
    process = servers.start_granian(env, port, workers=workers, log_path=work_dir / f"{name}.log")
    servers.wait_until_serving(f"http://127.0.0.1:{port}/de/live/", process)
    return process


def run(options, work_dir):
    env = servers.production_env(
        work_dir / "site",
        # The embedded default, whatever this shell's environment names.
        DATABASE_URL=f"sqlite:///{work_dir / 'site' / 'depesche.sqlite3'}",
        REDIS_URL="",
        DEPESCHE_LIVE_STREAMS_PER_PROCESS=100000,
        # Each open stream is a request in progress: granian's default allows only
        # backlog/workers of them per process (docs/deploy.md).
        GRANIAN_BACKPRESSURE=20000,
        GRANIAN_BACKLOG=4096,
        DEPESCHE_LIVE_POLL_SECONDS=options.poll_seconds,
    )
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")  # pages need the manifest
    results = {}

    port = servers.free_port()
    process = start(env, port, 2, work_dir, "two-processes")
    try:
        results["streams"] = asyncio.run(
            stream_run(env, port, process, options.readers, options.idle_seconds)
        )
        results["polling"] = asyncio.run(
            polling_run(env, port, options.pollers, options.poll_seconds)
        )
        results["direct"] = run_wrk(
            f"http://127.0.0.1:{port}/de/live/", seconds=options.seconds, connections=256
        )
        nginx_port = servers.free_port()
        log_path = work_dir / "upstream.log"
        with nginx(nginx_port, live_channel_locations(port, log_path), http=LIVE_CACHE):
            results["cached"] = run_wrk(
                f"http://127.0.0.1:{nginx_port}/de/live/",
                seconds=options.seconds,
                connections=256,
            )
        results["cached_app_requests"] = app_requests(log_path)
    finally:
        servers.stop(process)

    results["pages"] = page_run(env, work_dir, options.seconds)

    port = servers.free_port()
    process = start(env, port, 1, work_dir, "one-process")
    try:
        results["capacity"] = asyncio.run(capacity_run(env, port, process, options.capacity_steps))
    finally:
        servers.stop(process)
    return results


def print_report(results, options):
    streams, polling = results["streams"], results["polling"]
    print()
    print(
        "Publish -> seen by open pages, production server (granian ASGI), SQLite, "
        "stories published by another process"
    )
    header = f"{'readers':<44}{'p50 s':>8}{'p95 s':>8}{'max s':>8}{'missed':>8}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    reference = percentile(polling["delays"], 0.95)
    rows = [
        (f"{polling['readers']} polling every {options.poll_seconds} s (reference)", polling),
        (f"{streams['readers']} streams, 2 app processes", streams),
    ]
    for label, row in rows:
        p95 = percentile(row["delays"], 0.95)
        print(
            f"{label:<44}{percentile(row['delays'], 0.5):>8.3f}{p95:>8.3f}"
            f"{max(row['delays'], default=float('nan')):>8.3f}{row['missing']:>8}"
            f"{p95 / reference:>8.3f}"
        )
    print()
    print(
        f"Idle readers: {streams['kb_per_reader']:.1f} KB of app memory (PSS) and "
        f"{streams['cpu_ms_per_reader_minute']:.3f} ms CPU per minute each "
        f"({options.idle_seconds} s idle, keep-alive every 20 s); "
        f"{streams['failed']} streams refused"
    )
    print()
    print("One app process, readers added until p95 passes 2 s")
    header = f"{'readers':>10}{'p95 s':>8}{'missed':>8}{'refused':>9}{'MB added':>10}"
    print(header)
    print("-" * len(header))
    for step in results["capacity"]:
        print(
            f"{step['readers']:>10,}{step['p95']:>8.3f}{step['missing']:>8}"
            f"{step['failed']:>9}{step['mb']:>10.1f}"
        )
    held = [s["readers"] for s in results["capacity"] if s["p95"] <= GOAL_SECONDS]
    last = options.capacity_steps[-1]
    verdict = f"{max(held):,}" if held else "fewer than the first step"
    if held and max(held) >= last:
        verdict += " (p95 still under 2 s at the largest step; more is beyond this run)"
    print(f"Readers one process holds with p95 <= 2 s: {verdict}")
    print()
    direct, cached = results["direct"], results["cached"]
    app_rate = results["cached_app_requests"] / cached.seconds
    print(f"Polling answer (/de/live/), wrk 256 connections, {options.seconds} s")
    header = f"{'setup':<34}{'answers/s':>11}{'reach app/s':>13}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    print(
        f"{'straight at the app (reference)':<34}{direct.rate:>11,.0f}{direct.rate:>13,.1f}"
        f"{1:>8.4f}"
    )
    print(
        f"{'behind nginx cache (deploy.md)':<34}{cached.rate:>11,.0f}{app_rate:>13,.2f}"
        f"{app_rate / direct.rate:>8.4f}"
    )
    readers_served = cached.rate * options.poll_seconds
    print(
        f"nginx answered as many polls as {readers_served:,.0f} readers polling every "
        f"{options.poll_seconds} s would send; the app saw {app_rate:.2f} requests/s "
        f"for the edition (goal: <= 1 for 10,000 readers)"
    )


def print_pages(pages):
    print()
    print("A live blog of 1,000 entries beside an ordinary story, wrk 8 connections")
    header = f"{'page':<34}{'pages/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'p50 ratio':>11}"
    print(header)
    print("-" * len(header))
    for cache, label in (("on", "from the page cache"), ("off", "rendered afresh")):
        story, blog = pages[(cache, "story")], pages[(cache, "blog")]
        for name, row in ((f"story, {label} (reference)", story), (f"blog, {label}", blog)):
            print(
                f"{name:<34}{row.rate:>9,.0f}{row.p50_ms:>9.2f}{row.p99_ms:>9.2f}"
                f"{row.p50_ms / story.p50_ms:>11.2f}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=1000)
    parser.add_argument("--pollers", type=int, default=200)
    parser.add_argument("--poll-seconds", type=int, default=15)
    parser.add_argument("--idle-seconds", type=int, default=30)
    parser.add_argument("--seconds", type=int, default=15, help="length of each wrk run")
    parser.add_argument(
        "--capacity-steps",
        type=lambda text: [int(step) for step in text.split(",")],
        default=[1000, 2000, 4000, 6000, 8000],
        help="readers on one app process, step by step",
    )
    options = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with tempfile.TemporaryDirectory(prefix="depesche-bench-") as work_dir:
        results = run(options, Path(work_dir))
    print_report(results, options)
    print_pages(results["pages"])


if __name__ == "__main__":
    main()
