"""Real server processes for tests and benchmarks: Depesche under granian, on its own data."""

import contextlib
import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

from tests.support.ports import free_port  # noqa: F401 (tests call it as servers.free_port)

PROJECT_DIR = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(PROJECT_DIR / "manage.py")]
GRANIAN = str(Path(sys.executable).parent / "granian")
BROWSER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0"
)


def production_env(var_dir, **overrides):
    """The production settings on a private var dir and, when DATABASE_URL names a
    PostgreSQL server, a database of its own there: media files live in the var dir, so
    a site must not find rows that an earlier site's (removed) files belong to. With
    REDIS_URL the site's keys and channel get a prefix of their own."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="depesche.settings.production",
        DJANGO_SECRET_KEY="server-test-secret-key-not-for-deployment-0123456789",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DEPESCHE_HTTPS_REDIRECT="off",  # servers on loopback speak plain HTTP
        DEPESCHE_VAR_DIR=str(var_dir),
        PYTHONUNBUFFERED="1",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    if env.get("REDIS_URL") and "DEPESCHE_REDIS_PREFIX" not in overrides:
        # Sites sharing the suite's Redis must not see each other's pages or events.
        env["DEPESCHE_REDIS_PREFIX"] = f"site-{secrets.token_hex(6)}"
    if "DATABASE_URL" not in overrides and env.get("DATABASE_URL", "").startswith("postgres"):
        env["DATABASE_URL"] = new_database(env["DATABASE_URL"], f"site_{secrets.token_hex(6)}")
    return env


def new_database(database_url, name):
    """Create database `name` on the server of `database_url`; returns its URL."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(urlsplit(database_url)._replace(path=f"/{name}"))


def run_manage(env, *arguments):
    """Run a management command in its own process; returns what it printed."""
    result = subprocess.run(
        [*MANAGE, *arguments], env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


def loading_env(env):
    """`env` with the development settings, which have the demo app: its commands load the
    demo content into the same database that `env`'s server (production settings) serves."""
    return {**env, "DJANGO_SETTINGS_MODULE": "depesche.settings.dev"}


def prepare_site(env, stories_per_edition=2):
    run_manage(env, "migrate", "--no-input", "-v", "0")
    run_manage(loading_env(env), "load_demo", "--stories-per-edition", str(stories_per_edition))


def story_ids(env, count):
    """Ids of published German stories, read through the management shell."""
    code = (
        "from depesche.news.models import StoryPage;"
        "print(list(StoryPage.objects.published().filter(locale__language_code='de')"
        f".order_by('pk').values_list('pk', flat=True)[:{count}]))"
    )
    result = subprocess.run(
        [*MANAGE, "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def wait_until_serving(url, process, seconds=60):
    """Wait until `url` answers and, for granian, until every worker listens.

    Each granian worker has a listening socket of its own (SO_REUSEPORT), bound once its
    application has loaded; connections made before then all go to the workers already
    listening and stay there, so a load test would measure fewer workers than it started.
    """
    deadline = time.monotonic() + seconds
    while not answers(url, process):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server did not answer at {url}")
        time.sleep(0.2)
    workers = getattr(process, "workers", 0)
    while listening_sockets(process.pid, urlsplit(url).port) < workers:
        if time.monotonic() > deadline:
            raise RuntimeError(f"not all {workers} workers listen at {url}")
        time.sleep(0.1)


def answers(url, process):
    if process.poll() is not None:
        raise RuntimeError(f"the server exited with {process.returncode}")
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own server)
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def listening_sockets(pid, port):
    """The number of sockets listening on `port` in the network namespace of process `pid`."""
    count = 0
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            local_address, state = line.split()[1], line.split()[3]
            if state == "0A" and int(local_address.rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


def start_granian(
    env,
    port,
    workers=2,
    log_path=None,
    interface="asgi",
    module=None,
    cwd=None,
    host="127.0.0.1",
    launcher=(),
):
    """Serve Depesche (or `module` from `cwd`) with granian on host:port; the workers are
    its children. `launcher` comes before the command (such as `ip netns exec NAME`)."""
    if module is None:
        module = f"depesche.{interface}:application"
    log = open(log_path or os.devnull, "w")  # noqa: SIM115 (kept for the server's lifetime)
    process = subprocess.Popen(
        [
            *launcher,
            GRANIAN,
            "--interface",
            interface,
            "--workers",
            str(workers),
            "--host",
            host,
            "--port",
            str(port),
            "--no-ws",
            # Granian's default is hundreds of WSGI threads per worker, which spend more
            # CPU taking turns at the GIL than rendering; a few are as fast and lean.
            *(["--blocking-threads", "4"] if interface == "wsgi" else []),
            "--respawn-failed-workers",
            "--respawn-interval",
            "0.5",
            module,
        ],
        env=env,
        cwd=cwd or PROJECT_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so stop() ends the workers too
    )
    process.log = log
    process.workers = workers  # wait_until_serving waits for each of them
    return process


def start_worker(env, log_path=None):
    """`manage.py run_worker` in its own process group (stop() ends it)."""
    log = open(log_path or os.devnull, "w")  # noqa: SIM115 (kept for the worker's lifetime)
    process = subprocess.Popen(
        [*MANAGE, "run_worker", "--interval", "0.2"],
        env=env,
        cwd=PROJECT_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.log = log
    return process


def group_alive(group):
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def stop(process, seconds=15):
    """End the server and every process of its group, workers included."""
    group = process.pid
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, sig)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            process.poll()  # reap the leader, so it no longer counts as alive
            if not group_alive(group):
                break
            time.sleep(0.1)
        else:
            continue
        break
    process.log.close()


def worker_pids(process):
    """The granian worker processes (children of the main process)."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


class BeaconSender:
    """A reader's browser: POSTs read beacons with receipts, retrying a lost answer."""

    def __init__(self, port, user_agent=BROWSER_AGENT, retries=50, host="127.0.0.1"):
        self.port = port
        self.host = host
        self.user_agent = user_agent
        self.retries = retries
        self.connection = None
        self.failures = 0

    def post(self, path, headers=None):
        """(status, payload) of the beacon, tried again after a lost answer or a 5xx, less
        and less often (up to a second apart), as the page's script does."""
        for attempt in range(self.retries):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.connection.request(
                    "POST",
                    path,
                    headers={
                        "User-Agent": self.user_agent,
                        "Content-Length": "0",
                        **(headers or {}),
                    },
                )
                response = self.connection.getresponse()
                body = response.read()
                if response.status >= 500:
                    raise ConnectionError(f"server error {response.status}")
                return response.status, json.loads(body)
            except (OSError, http.client.HTTPException, ConnectionError):
                self.failures += 1
                self.close()
                time.sleep(min(0.05 * 2**attempt, 1.0))
        raise RuntimeError(f"no answer for {path} after {self.retries} tries")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def send_beacons(
    port, stories, beacons, *, readers, during=None, host="127.0.0.1", forwarded=False
):
    """Concurrent readers, each sending `beacons` read beacons with fresh receipts in turn to
    the stories and retrying lost answers; `during()` runs a third of the way through. With
    `forwarded` each beacon names a reader address of its own in X-Forwarded-For (as a CDN
    in front would), so the repeat and rate rules see many readers.

    Returns ({story: acknowledged counted reads}, connections lost and retried).
    """
    acknowledged = dict.fromkeys(stories, 0)
    failures = []
    lock = threading.Lock()

    def reader(index):
        sender = BeaconSender(port, host=host)
        for number in range(beacons):
            story = stories[(index + number) % len(stories)]
            headers = {"X-Forwarded-For": random_address()} if forwarded else None
            status, payload = sender.post(
                f"/reads/{story}/?receipt={secrets.token_hex(16)}", headers
            )
            if status == 200 and payload.get("counted"):
                with lock:
                    acknowledged[story] += 1
            if during and index == 0 and number == beacons // 3:
                during()
        sender.close()
        with lock:
            failures.append(sender.failures)

    with ThreadPoolExecutor(readers) as pool:
        list(pool.map(reader, range(readers)))
    return acknowledged, sum(failures)


def random_address():
    """A reader's address from the documentation and benchmarking ranges."""
    return f"198.18.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"


def current_total(port, page_id):
    url = f"http://127.0.0.1:{port}/reads/{page_id}/"
    request = urllib.request.Request(url, headers={"User-Agent": BROWSER_AGENT})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (our server)
        return json.load(response)["reads"]


def cpu_seconds(pids):
    """CPU time (user and system) the processes have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def resident_mb(pid):
    """Resident memory of a process in MB."""
    return kilobytes_field(f"/proc/{pid}/status", "VmRSS:") / 1024


def proportional_mb(pid):
    """Proportional memory of a process in MB: its own pages plus its share of shared ones."""
    return kilobytes_field(f"/proc/{pid}/smaps_rollup", "Pss:") / 1024


def kilobytes_field(path, name):
    for line in Path(path).read_text().splitlines():
        if line.startswith(name):
            return int(line.split()[1])
    return 0
