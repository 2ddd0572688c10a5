"""SQL-injection probe: `make probe-sql`.

Starts the production server (granian, ASGI) on the demo content, on SQLite and on a
throwaway PostgreSQL server, with the page cache and the rate limits off so every request
reaches the database, and runs Debian's sqlmap against the APIs and every endpoint that
takes query parameters or ids in its path. Prints one line per target and exits non-zero
if sqlmap finds an injection point in any of them.
"""

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402
from tests.support.postgres import throwaway_server  # noqa: E402

FOUND = "sqlmap identified the following injection point"
NOTHING = "do not appear to be injectable"
# (what, path with query, POST data or None); `*` marks a path segment sqlmap also tests.
TARGETS = [
    (
        "ninjs listing",
        "/api/ninjs/3.1/stories/?edition=de&since=2020-01-01T00:00:00Z&limit=5&cursor={cursor}",
        None,
    ),
    ("ninjs story", "/api/ninjs/3.1/stories/{story}*/", None),
    (
        "API v2 listing",
        "/api/v2/pages/?type=news.StoryPage&locale=de&search=Baku&order=title&limit=5"
        "&offset=0&child_of={section}&fields=lead",
        None,
    ),
    (
        "search API",
        "/api/search/?edition=de&q=Baku&order=newest&section=politik&kind=text"
        "&from=2020-01-01&to=2030-12-31&tag=belarus&page=1&per_page=5",
        None,
    ),
    ("API v2 find", "/api/v2/pages/find/?html_path=/politik/", None),
    ("API v2 page", "/api/v2/pages/{story}*/?fields=lead", None),
    ("section page", "/de/politik/?page=1", None),
    ("tag page", "/de/tags/belarus*/?page=1", None),
    ("tag feed", "/de/feeds/rss/tags/belarus*/", None),
    ("sitemap", "/sitemaps/de.xml?p=1", None),
    ("read beacon", "/reads/{story}*/?receipt=0123456789abcdef0123456789abcdef", ""),
    ("read total", "/reads/{story}*/", None),
    ("admin login", "/admin/login/?next=/admin/", None),
]


def sqlmap(base_url, path, data, dbms, output_dir):
    """sqlmap's verdict on one target: 'not injectable', 'INJECTABLE' or its last words."""
    command = [
        "sqlmap",
        "--batch",
        "--disable-coloring",
        f"--url={base_url}{path}",
        f"--dbms={dbms}",
        "--level=3",
        "--risk=2",
        "--technique=BEUST",
        "--time-sec=2",
        "--threads=2",
        "--flush-session",
        f"--output-dir={output_dir}",
        f"--user-agent={servers.BROWSER_AGENT}",
    ]
    if data is not None:
        command.append(f"--data={data}")
        command.append("--method=POST")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if FOUND in result.stdout:
        return "INJECTABLE"
    if NOTHING in result.stdout:
        return "not injectable"
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "no answer"


@contextlib.contextmanager
def production_site(database_url=None):
    """The demo site under granian; yields (base URL, the ids and values the targets need)."""
    var_dir = Path(tempfile.mkdtemp(prefix="depesche-probe-"))
    overrides = {
        "DEPESCHE_PAGE_CACHE": "off",
        "DEPESCHE_API_RATE_LIMIT": "1000000/m",
        "DEPESCHE_READS_RATE_LIMIT": 0,
        "DEPESCHE_READS_REPEAT_WINDOW": 0,
    }
    if database_url:
        overrides["DATABASE_URL"] = database_url
    env = servers.production_env(var_dir, **overrides)
    if not database_url:
        env.pop("DATABASE_URL", None)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=2, log_path=var_dir / "server.log")
    base_url = f"http://127.0.0.1:{port}"
    try:
        servers.wait_until_serving(f"{base_url}/de/", process)
        values = {"story": servers.story_ids(env, 1)[0], "section": section_id(env)}
        values["cursor"] = first_cursor(base_url)
        yield base_url, values
    finally:
        servers.stop(process)
        shutil.rmtree(var_dir, ignore_errors=True)


def section_id(env):
    code = (
        "from depesche.news.models import SectionPage;"
        "print(SectionPage.objects.get(locale__language_code='de', slug='politik').pk)"
    )
    return int(servers.run_manage(env, "shell", "-c", code).strip().splitlines()[-1])


def first_cursor(base_url):
    """A real cursor from the ninjs listing, so sqlmap starts from a valid one."""
    url = f"{base_url}/api/ninjs/3.1/stories/?edition=de&limit=1"
    with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 (our own server)
        following = json.load(answer)["next"]
    return urllib.parse.parse_qs(urllib.parse.urlsplit(following).query)["cursor"][0]


def probe(label, dbms, database_url=None, only=None):
    """Run sqlmap against every target on one database; returns the injectable ones."""
    injectable = []
    with production_site(database_url) as (base_url, values), tempfile.TemporaryDirectory() as out:
        for what, path, data in TARGETS:
            if only and only not in what:
                continue
            started = time.monotonic()
            verdict = sqlmap(base_url, path.format(**values), data, dbms, out)
            print(f"{label:<11} {what:<16} {verdict:<16} {time.monotonic() - started:6.0f} s")
            if verdict != "not injectable":
                injectable.append((label, what, verdict))
    return injectable


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--only", help="only the targets whose name contains this")
    arguments = parser.parse_args()
    if shutil.which("sqlmap") is None:
        sys.exit("sqlmap is missing: apt-get install sqlmap (bin/system-packages security)")
    findings = []
    if arguments.database in ("sqlite", "both"):
        findings += probe("SQLite", "SQLite", only=arguments.only)
    if arguments.database in ("postgresql", "both"):
        with throwaway_server() as database_url:
            findings += probe("PostgreSQL", "PostgreSQL", database_url, only=arguments.only)
    print("sqlmap found no injection point." if not findings else f"FOUND: {findings}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
