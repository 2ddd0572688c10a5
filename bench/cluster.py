"""Depesche on three machines: `make bench-cluster`.

Three app machines, each a network namespace with an address of its own on a bridge
(traffic between them and the shared parts crosses a network), each running granian with
the production settings and 2 workers on a private DEPESCHE_VAR_DIR (they share no files;
each holds a copy of the demo's media, as after a deploy); one PostgreSQL and one Redis on
the host's side of the bridge; nginx in front as load balancer and micro-cache (pages kept
for a second, served stale while the app is down). In one invocation it prints:
- read beacons/s through nginx with one, two and three machines, beside nginx answering
  204 in the same run, with the CPU per beacon of the app machines, PostgreSQL and Redis
  and what that predicts per core;
- cached story pages through nginx beside nginx serving a static copy of the page;
- publish -> visible: a story published on machine 1, polled on every machine;
- exactness under load (wrk beside 16 retrying readers), then the same with a fault a
  third of the way through: one machine's workers killed (SIGKILL), Redis restarted
  (empty), PostgreSQL restarted: acknowledged reads each counted once, pages served during
  the fault, and every machine answering beacons afterwards without an app restart.
Every reader of the load has an address of its own (X-Forwarded-For, as behind a CDN), so
the repeat and rate rules run in Redis as they do for real readers. Needs root (network
namespaces and a bridge) and Debian's nginx, postgresql, redis-server and wrk; two cores
bound every figure here: compare CPU per request, not requests per second.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

import psycopg  # noqa: E402

from bench.wrk import run_wrk  # noqa: E402
from tests.support import servers  # noqa: E402
from tests.support.nginx import nginx  # noqa: E402
from tests.support.postgres import postgres_server  # noqa: E402
from tests.support.redis_server import redis_server  # noqa: E402

MACHINES = 3
BRIDGE = "dpcbr0"
HOST_ADDRESS = "10.77.0.1"
APP_PORT = 8000
SCRIPT = Path(__file__).with_name("read_beacons.lua")
PUBLISH = """
import json, time
from depesche.news.models import SectionPage, StoryPage
section = SectionPage.objects.live().get(locale__language_code="de", slug="politik")
story = StoryPage(title={title!r}, slug={slug!r}, lead="Cluster.")
at = time.time()
section.add_child(instance=story)
story.save_revision().publish()
print(json.dumps({{"at": at, "url": story.url}}))
"""


def machine_address(number):
    return f"10.77.0.{10 + number}"


def namespace(number):
    return f"dpc{number}"


def ip(*arguments, check=True):
    subprocess.run(["ip", *arguments], check=check, stderr=subprocess.DEVNULL)


def remove_network():
    for number in range(1, MACHINES + 1):
        ip("netns", "del", namespace(number), check=False)
    ip("link", "del", BRIDGE, check=False)


@contextlib.contextmanager
def network():
    """A bridge with the host's address and one namespace per machine, removed at the end."""
    remove_network()  # what an interrupted run left
    ip("link", "add", BRIDGE, "type", "bridge")
    ip("addr", "add", f"{HOST_ADDRESS}/24", "dev", BRIDGE)
    ip("link", "set", BRIDGE, "up")
    try:
        for number in range(1, MACHINES + 1):
            name, host_end = namespace(number), f"dpc{number}h"
            ip("netns", "add", name)
            ip("link", "add", host_end, "type", "veth", "peer", "name", "eth0", "netns", name)
            ip("link", "set", host_end, "master", BRIDGE, "up")
            ip("-n", name, "addr", "add", f"{machine_address(number)}/24", "dev", "eth0")
            ip("-n", name, "link", "set", "eth0", "up")
            ip("-n", name, "link", "set", "lo", "up")
        yield
    finally:
        remove_network()


class Machine:
    """One app machine: granian in its namespace, on its own var dir."""

    def __init__(self, number, env, work_dir):
        self.number, self.env = number, env
        self.address = machine_address(number)
        self.launcher = ["ip", "netns", "exec", namespace(number)]
        self.log = work_dir / f"machine{number}.log"
        self.process = None

    def start(self):
        self.process = servers.start_granian(
            self.env,
            APP_PORT,
            workers=2,
            log_path=self.log,
            host=self.address,
            launcher=self.launcher,
        )
        servers.wait_until_serving(f"http://{self.address}:{APP_PORT}/de/", self.process)

    def pids(self):
        return [self.process.pid, *servers.worker_pids(self.process)]

    def kill_workers(self):
        for pid in servers.worker_pids(self.process):
            os.kill(pid, signal.SIGKILL)

    def manage_shell(self, code):
        """Run Django shell code on this machine; returns its last line of output."""
        command = [*self.launcher, *servers.MANAGE, "shell", "-c", code]
        result = subprocess.run(command, env=self.env, check=True, capture_output=True, text=True)
        return result.stdout.strip().splitlines()[-1]


def machine_envs(work_dir, database_url, redis_url):
    envs = []
    for number in range(1, MACHINES + 1):
        envs.append(
            servers.production_env(
                work_dir / f"machine{number}",
                DATABASE_URL=database_url,
                REDIS_URL=redis_url,
                DEPESCHE_REDIS_PREFIX="cluster",
                # Behind a CDN and nginx: the reader's address is the second from the right.
                DEPESCHE_CLIENT_ADDRESS_HEADER="HTTP_X_FORWARDED_FOR",
                DEPESCHE_TRUSTED_PROXIES=2,
                DJANGO_ALLOWED_HOSTS=",".join(
                    ["127.0.0.1", "localhost", *(machine_address(n) for n in range(1, 4))]
                ),
            )
        )
    return envs


def prepare_machines(envs):
    """Migrate and load the demo once (machine 1), then give every machine its static
    files and a copy of the media."""
    servers.prepare_site(envs[0], stories_per_edition=12)
    media = Path(envs[0]["DEPESCHE_VAR_DIR"]) / "media"
    for env in envs:
        servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
        copy = Path(env["DEPESCHE_VAR_DIR"]) / "media"
        if copy != media:
            shutil.copytree(media, copy, dirs_exist_ok=True)


def upstream(name, machines):
    servers_lines = "".join(f"server {m.address}:{APP_PORT} max_fails=0;" for m in machines)
    return f"upstream {name} {{ {servers_lines} keepalive 64; }}\n"


def front_locations(upstream_name, static_dir):
    return f"""
    location = /204 {{ return 204; }}
    location = /static-copy/ {{ root {static_dir}; try_files /story.html =404; }}
    location /reads/ {{
      proxy_pass http://{upstream_name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}
    location / {{
      proxy_pass http://{upstream_name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_cache pages;
      proxy_cache_valid 200 1s;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      add_header X-Cache-Status $upstream_cache_status;
    }}
    """


@contextlib.contextmanager
def front(machines, static_dir):
    """nginx with three front servers: over machine 1, machines 1-2, and all three.
    Yields {machine count: port}."""
    ports = {count: servers.free_port() for count in (1, 2, 3)}
    http = "proxy_cache_path {dir}/pages levels=1:2 keys_zone=pages:20m max_size=200m;\n"
    for count in (1, 2, 3):
        http += upstream(f"machines{count}", machines[:count])
    for count in (1, 2):
        http += (
            f"server {{ listen 127.0.0.1:{ports[count]}; "
            f"{front_locations(f'machines{count}', static_dir)} }}\n"
        )
    with nginx(ports[3], front_locations("machines3", static_dir), http=http):
        yield ports


def fetch(url, timeout=10):
    request = urllib.request.Request(url, headers={"User-Agent": servers.BROWSER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError:
        return 0, ""


def totals(database_url, stories):
    """The stored totals of the stories, read straight from PostgreSQL."""
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT page_id, total FROM reads_readtally WHERE page_id = ANY(%s)", [stories]
        ).fetchall()
    found = dict(rows)
    return sum(found.get(story, 0) for story in stories)


def cpu_used(pids_now, before):
    """CPU seconds the processes used since `before` ({pid: CPU seconds}); a process
    started since then (a new PostgreSQL backend) counts from its start."""
    now = {pid: servers.cpu_seconds([pid]) for pid in pids_now()}
    return sum(seconds - before.get(pid, 0) for pid, seconds in now.items())


def postgres_pids(server):
    postmaster = int(Path(server.data, "postmaster.pid").read_text().split()[0])
    children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    return [postmaster, *map(int, children)]


def wrk_beacons(port, story, seconds, connections=64):
    return run_wrk(
        f"http://127.0.0.1:{port}/reads/{story}/",
        seconds=seconds,
        connections=connections,
        script=SCRIPT,
        script_args=[secrets.token_hex(8), "forwarded"],
    )


def throughput(ports, machines, postgres, redis, load_story, seconds):
    """Beacons/s through nginx with 1, 2 and 3 machines, and the CPU per beacon."""
    rows = []
    reference = run_wrk(f"http://127.0.0.1:{ports[3]}/204", seconds=seconds)
    rows.append(("nginx 204 (reference)", reference, None))
    for count in (1, 2, 3):
        groups = {
            "app": lambda count=count: [pid for m in machines[:count] for pid in m.pids()],
            "PostgreSQL": lambda: postgres_pids(postgres),
            "Redis": lambda: [redis.process.pid],
        }
        before = {
            name: {pid: servers.cpu_seconds([pid]) for pid in pids()}
            for name, pids in groups.items()
        }
        result = wrk_beacons(ports[count], load_story, seconds)
        used = {name: cpu_used(pids, before[name]) for name, pids in groups.items()}
        per_beacon = {name: 1000 * cpu / max(result.requests, 1) for name, cpu in used.items()}
        rows.append((f"Depesche, {count} machine{'s' if count > 1 else ''}", result, per_beacon))
    return rows


def cached_pages(ports, story_url, static_dir, seconds, rounds=5):
    """The story page kept by nginx beside nginx serving a copy of it as a file, in turns
    (so a busy moment of the machine hits both alike). Returns the pairs of wrk results."""
    status, html = fetch(f"http://127.0.0.1:{ports[3]}{story_url}")
    assert status == 200, status
    (static_dir / "story.html").write_text(html)
    pairs = []
    for _round in range(rounds):
        static = run_wrk(f"http://127.0.0.1:{ports[3]}/static-copy/", seconds=seconds)
        cached = run_wrk(f"http://127.0.0.1:{ports[3]}{story_url}", seconds=seconds)
        pairs.append((static, cached))
    return pairs


def publish_to_visible(machines, ports, rounds=3):
    """Seconds from the start of a publish on machine 1 until each machine's front page
    (and nginx's) shows the story."""
    delays = {m.number: [] for m in machines} | {"nginx": []}
    for round_number in range(rounds):
        title = f"Cluster-Meldung {round_number} {secrets.token_hex(3)}"
        seen = {}
        stop = threading.Event()

        def watch(key, url, title=title, seen=seen, stop=stop):
            while not stop.is_set():
                if title in fetch(url, timeout=5)[1]:
                    seen[key] = time.time()
                    return
                time.sleep(0.02)

        watchers = [
            threading.Thread(target=watch, args=(m.number, f"http://{m.address}:{APP_PORT}/de/"))
            for m in machines
        ] + [threading.Thread(target=watch, args=("nginx", f"http://127.0.0.1:{ports[3]}/de/"))]
        for watcher in watchers:
            watcher.start()
        code = PUBLISH.format(title=title, slug=f"cluster-{secrets.token_hex(4)}")
        published = json.loads(machines[0].manage_shell(code))
        for watcher in watchers:
            watcher.join(timeout=15)
        stop.set()
        for key in delays:
            delays[key].append(seen[key] - published["at"] if key in seen else float("inf"))
    return delays


class PageWatcher:
    """GETs a story page through nginx every 50 ms in a thread; counts the statuses."""

    def __init__(self, url):
        self.url, self.statuses = url, []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop.is_set():
            self.statuses.append(fetch(self.url, timeout=5)[0])
            time.sleep(0.05)

    def finish(self):
        self.stop.set()
        self.thread.join()
        return sum(status == 200 for status in self.statuses), len(self.statuses)


def answers_beacons(machine, story, seconds=20):
    """Seconds until the machine (straight, not through nginx) counts a beacon again."""
    started = time.monotonic()
    sender = servers.BeaconSender(APP_PORT, host=machine.address, retries=1)
    while time.monotonic() - started < seconds:
        try:
            status, payload = sender.post(
                f"/reads/{story}/?receipt={secrets.token_hex(16)}",
                # The reader's address and the hop nginx adds: the machines trust two.
                {"X-Forwarded-For": f"{servers.random_address()}, {HOST_ADDRESS}"},
            )
            if status == 200 and payload.get("counted"):
                return time.monotonic() - started
        except RuntimeError:
            pass
        time.sleep(0.2)
    return None


def scenario(name, fault, *, ports, machines, database_url, stories, load_story, story_url):
    """Load through nginx (wrk) beside 16 retrying readers; `fault` a third of the way."""
    load = {}
    loader = threading.Thread(
        target=lambda: load.update(result=wrk_beacons(ports[3], load_story, 25, connections=32))
    )
    pids_before = {m.number: m.pids() for m in machines}
    watcher = PageWatcher(f"http://127.0.0.1:{ports[3]}{story_url}")
    loader.start()
    time.sleep(2)
    before = totals(database_url, stories)
    acknowledged, lost = servers.send_beacons(
        ports[3], stories, 60, readers=16, during=fault, forwarded=True
    )
    after = totals(database_url, stories)
    print(f"{name}: {sum(acknowledged.values())} acknowledged, grew {after - before}", flush=True)
    loader.join()
    pages_ok, pages = watcher.finish()
    recovery = [answers_beacons(m, stories[0]) for m in machines]
    restarted = [
        m.number for m in machines if m.pids()[0] != pids_before[m.number][0]
    ]  # the main process: workers may be respawned, the app is not restarted
    return {
        "name": name,
        "acknowledged": sum(acknowledged.values()),
        "grown": after - before,
        "lost": lost,
        "load": load["result"],
        "pages_ok": pages_ok,
        "pages": pages,
        "recovery": recovery,
        "restarted": restarted,
    }


def restart(stop, start, seconds=3):
    def fault():
        stop()
        time.sleep(seconds)
        start()

    return fault


def print_report(rows, page_pairs, delays, scenarios, seconds):
    print(f"\nRead beacons through nginx, 64 connections, wrk -t2, {seconds} s each")
    reference = rows[0][1].requests / rows[0][1].seconds
    print(
        f"{'setup':<26}{'beacons/s':>11}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}"
        f"{'app CPU ms':>12}{'PG CPU ms':>11}{'Redis CPU ms':>14}"
    )
    for name, result, cpu in rows:
        rate = result.requests / result.seconds
        line = (
            f"{name:<26}{rate:>11,.0f}{result.p50_ms:>9.2f}{result.p99_ms:>9.2f}"
            f"{rate / reference:>8.3f}"
        )
        if cpu:
            line += f"{cpu['app']:>12.3f}{cpu['PostgreSQL']:>11.3f}{cpu['Redis']:>14.3f}"
        if result.non_success or result.errors:
            line += f"  ({result.non_success} non-2xx, {result.errors} socket errors)"
        print(line)
    for name, _result, cpu in rows[1:]:
        print(
            f"Per core, from the CPU per beacon of {name[len('Depesche, ') :]}: "
            f"an app core takes {1000 / cpu['app']:,.0f} beacons/s, "
            f"a PostgreSQL core {1000 / max(cpu['PostgreSQL'], 1e-9):,.0f}, "
            f"a Redis core {1000 / max(cpu['Redis'], 1e-9):,.0f}"
        )
    print(
        "(Two cores carry every machine here: with more machines, more processes share them "
        "and commit smaller groups, so the one-machine figures are the ones to scale.)"
    )
    ratios = sorted(cached.rate / static.rate for static, cached in page_pairs)
    print(
        f"\nStory page through nginx (kept 1 s) beside nginx's static copy, {len(page_pairs)} "
        f"rounds of {page_pairs[0][0].seconds:.0f} s each in turn: median "
        f"{statistics.median(cached.rate for _, cached in page_pairs):,.0f} req/s against "
        f"{statistics.median(static.rate for static, _ in page_pairs):,.0f}; ratio per round "
        f"median {statistics.median(ratios):.3f}, {ratios[0]:.3f}-{ratios[-1]:.3f} (goal 0.9)"
    )
    print("\nPublish on machine 1 -> on the front page, seconds (goal 1 s on every machine)")
    for key, values in delays.items():
        label = f"machine {key}" if key != "nginx" else "through nginx (kept 1 s)"
        print(f"  {label:<26} max {max(values):.2f}  median {statistics.median(values):.2f}")
    print("\nUnder load (wrk, 32 connections, beside 16 retrying readers of other stories)")
    for result in scenarios:
        exact = result["grown"] == result["acknowledged"]
        recovered = ", ".join(
            f"{seconds_taken:.1f} s" if seconds_taken is not None else "NOT"
            for seconds_taken in result["recovery"]
        )
        load = result["load"]
        print(
            f"  {result['name']}: {result['acknowledged']:,} acknowledged reads, total grew by "
            f"{result['grown']:,} -> {'exact' if exact else 'NOT EXACT'}; "
            f"{result['lost']} answers lost and retried; pages {result['pages_ok']}/"
            f"{result['pages']} served 200; wrk {load.requests:,} beacons, "
            f"{load.non_success:,} non-2xx; every machine counting again after: {recovered}; "
            f"apps restarted: {result['restarted'] or 'none'}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--page-seconds", type=int, default=5, help="per round, static and cached")
    options = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("bench-cluster needs root: it makes network namespaces and a bridge")
    work_dir = Path(tempfile.mkdtemp(prefix="depesche-cluster-"))
    work_dir.chmod(0o755)
    static_dir = work_dir / "static-copy"
    static_dir.mkdir()
    try:
        with (
            network(),
            postgres_server(listen_address=HOST_ADDRESS) as postgres,
            redis_server(bind=HOST_ADDRESS) as redis,
        ):
            database_url = servers.new_database(postgres.url, "cluster")
            envs = machine_envs(work_dir, database_url, redis.url)
            prepare_machines(envs)
            machines = [Machine(n, env, work_dir) for n, env in enumerate(envs, start=1)]
            stories = servers.story_ids(envs[0], 13)
            story_url = json.loads(
                machines[0].manage_shell(
                    "import json; from depesche.news.models import StoryPage;"
                    f"print(json.dumps(StoryPage.objects.get(pk={stories[0]}).url))"
                )
            )
            try:
                for machine in machines:
                    machine.start()
                with front(machines, static_dir) as ports:
                    rows = throughput(ports, machines, postgres, redis, stories[0], options.seconds)
                    page_pairs = cached_pages(ports, story_url, static_dir, options.page_seconds)
                    delays = publish_to_visible(machines, ports)
                    common = {
                        "ports": ports,
                        "machines": machines,
                        "database_url": database_url,
                        "load_story": stories[0],
                        "story_url": story_url,
                    }
                    scenarios = [
                        scenario("no fault", None, stories=stories[1:4], **common),
                        scenario(
                            "machine 2's workers killed (SIGKILL)",
                            machines[1].kill_workers,
                            stories=stories[4:7],
                            **common,
                        ),
                        scenario(
                            "Redis stopped for 3 s, started empty",
                            restart(redis.stop, redis.start),
                            stories=stories[7:10],
                            **common,
                        ),
                        scenario(
                            "PostgreSQL stopped for 3 s (fast shutdown), started",
                            restart(lambda: postgres.stop("fast"), postgres.start),
                            stories=stories[10:13],
                            **common,
                        ),
                    ]
            finally:
                for machine in machines:
                    if machine.process is not None:
                        servers.stop(machine.process)
        print_report(rows, page_pairs, delays, scenarios, options.seconds)
    except Exception:
        for log in sorted(work_dir.glob("machine*.log")):
            print(f"--- {log.name} (last lines) ---\n{log.read_text()[-3000:]}", file=sys.stderr)
        raise
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
