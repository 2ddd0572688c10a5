"""The translation desk at scale: `make bench-desk`.

For the embedded default (SQLite) and PostgreSQL, on a site holding the demo and stories
written by bench/corpus.py in the four editions, grouped into translations (a quarter of
the groups in one edition only, a quarter in two, three and four) with one translation in
six stale, prints for the desk (`/admin/translations/`, the demo editor logged in):
- queries and the median time of a request with ~100 stories and with --stories;
- the same for a stale-only filter and a "missing in English" filter;
- as the reference in the same run, Wagtail's own "Aging pages" report on the same site,
  and the desk at ~100 stories: ratios against both.
The database's statistics are refreshed (ANALYZE) after each load, as PostgreSQL's autovacuum
does on a running site; without them both engines pick slow plans for a fresh bulk load.
Goals: the desk's query count equal at ~100 and --stories; at most 300 ms at 100,000.
"""

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402
from tests.support.postgres import throwaway_server  # noqa: E402

GROUP_SIZES = (1, 2, 3, 4)
STALE_EVERY = 6
SMALL = 100
TIMED_REQUESTS = 9
PAGES = {
    "desk": "/admin/translations/",
    "desk, stale only": "/admin/translations/?state=stale",
    "desk, missing in English": "/admin/translations/?state=missing&translated_into={en}",
    "Aging pages (Wagtail)": "/admin/reports/aging-pages/",
}


def group_stories() -> int:
    """Make translation groups of the stories that are alone in their translation key;
    returns the number of translation records written."""
    import datetime
    import itertools
    import random

    from django.db import connection, transaction
    from django.utils import timezone

    from depesche.news.models import StoryPage
    from depesche.translations.models import TranslationRecord

    rows = list(StoryPage.objects.values_list("pk", "locale_id", "translation_key"))
    sizes: dict = {}
    for _pk, _locale, key in rows:
        sizes[key] = sizes.get(key, 0) + 1
    alone: dict[int, list] = {}
    for pk, locale_id, key in rows:
        if sizes[key] == 1:
            alone.setdefault(locale_id, []).append((pk, key, locale_id))
    locales = sorted(alone)
    chance = random.Random(1)  # noqa: S311 -- which synthetic translations go stale
    now = timezone.now()
    updates, records = [], []
    for number in itertools.count():
        size = GROUP_SIZES[number % len(GROUP_SIZES)]
        first_locale = number % len(locales)
        chosen = [locales[(first_locale + step) % len(locales)] for step in range(size)]
        if any(not alone[locale] for locale in chosen):
            break
        members = [alone[locale].pop() for locale in chosen]
        (source_pk, source_key, _locale), translations = members[0], members[1:]
        for pk, _key, locale_id in translations:
            updates.append((str(source_key), pk))
            stale = chance.random() < 1 / STALE_EVERY
            records.append(
                TranslationRecord(
                    page_id=pk,
                    edition_id=locale_id,
                    source_id=source_pk,
                    checked_at=now,
                    stale_since=now - datetime.timedelta(minutes=len(records)) if stale else None,
                )
            )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE wagtailcore_page SET translation_key = %s WHERE id = %s", updates
        )
        TranslationRecord.objects.bulk_create(records, batch_size=2000)
    with connection.cursor() as cursor:  # as autovacuum does after a load; SQLite never does
        cursor.execute("ANALYZE")
    return len(records)


def measure_pages() -> dict:
    """Queries and median milliseconds of each page, through Django's test client."""
    import statistics
    import time

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from wagtail.models import Locale

    from depesche.news.models import StoryPage
    from depesche.translations.models import TranslationRecord

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="editor"))
    english = Locale.objects.get(language_code="en").pk
    figures = {
        "stories": StoryPage.objects.count(),
        "translations": TranslationRecord.objects.count(),
        "stale": TranslationRecord.objects.filter(stale_since__isnull=False).count(),
    }
    for name, path in PAGES.items():
        url = path.format(en=english)
        client.get(url)
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(TIMED_REQUESTS):
            started = time.perf_counter()
            client.get(url)
            times.append(1000 * (time.perf_counter() - started))
        figures[name] = {"queries": counter.count, "ms": statistics.median(times)}
    return figures


class QueryCounter:
    """A database execute wrapper that counts the queries run through it."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def in_site(env: dict, step: str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--step", step],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def write_stories(env: dict, count: int) -> None:
    if count > 0:
        subprocess.run(
            [sys.executable, str(PROJECT_DIR / "bench" / "corpus.py"), "--stories", str(count)],
            env=servers.loading_env(env),
            check=True,
            capture_output=True,
        )


def measure(name: str, database_url: str | None, stories: int, work_dir: Path) -> dict:
    env = servers.production_env(
        work_dir / name, **({"DATABASE_URL": database_url} if database_url else {})
    )
    if not database_url:
        env.pop("DATABASE_URL", None)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    demo = in_site(env, "measure")["stories"]
    print(f"{name}: {SMALL} stories …", file=sys.stderr)
    write_stories(env, SMALL - demo)
    in_site(env, "group")
    small = in_site(env, "measure")
    print(f"{name}: {stories:,} stories …", file=sys.stderr)
    write_stories(env, stories - small["stories"])
    in_site(env, "group")
    large = in_site(env, "measure")
    return {"small": small, "large": large}


def print_report(name: str, result: dict) -> None:
    small, large = result["small"], result["large"]
    print(
        f"\n{name}: {large['stories']:,} stories, {large['translations']:,} translations, "
        f"{large['stale']:,} stale (reference: {small['stories']:,} stories)"
    )
    print(
        f"{'page':<28} {'queries':>11} {'ms small':>9} {'ms large':>9} "
        f"{'x small':>8} {'x Aging':>8}"
    )
    aging = large["Aging pages (Wagtail)"]["ms"]
    for page in PAGES:
        few, many = small[page], large[page]
        print(
            f"{page:<28} {few['queries']:>5} / {many['queries']:<5} {few['ms']:>9.1f} "
            f"{many['ms']:>9.1f} {many['ms'] / few['ms']:>8.2f} {many['ms'] / aging:>8.2f}"
        )
    same = small["desk"]["queries"] == large["desk"]["queries"]
    within = large["desk"]["ms"] <= 300
    print(
        f"goal: same query count {'met' if same else 'MISSED'}; "
        f"desk ≤ 300 ms at {large['stories']:,} stories {'met' if within else 'MISSED'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--step", choices=["group", "measure"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        import django

        django.setup()
        result = {"records": group_stories()} if options.step == "group" else measure_pages()
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory(prefix="depesche-bench-desk-") as work:
        if options.engine in ("sqlite", "both"):
            print_report("SQLite", measure("sqlite", None, options.stories, Path(work)))
        if options.engine in ("postgresql", "both"):
            with throwaway_server() as database_url:
                print_report(
                    "PostgreSQL", measure("postgresql", database_url, options.stories, Path(work))
                )
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
