"""What each in-process cache layer saves on an uncached page: `make bench-layers`.

Renders pages in one process of a fresh SQLite site (demo content plus --stories
generated ones) with the page cache off, so every request runs the full Django and
Wagtail stack. Each row switches one layer off (by replacing it, in this process only,
with the plain computation) and prints CPU milliseconds and queries per request for the
seed story and the German front page, with the ratio to all layers on. The page cache and
nginx's static copies are measured by `make bench-pages`.
"""

import argparse
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402

# Runs in `manage.py shell`: prints one line per layer switched off.
MEASURE = """
import sys
import time
from unittest import mock

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from depesche.core import compiled as compiled_module, memo
from depesche.news import routing
from depesche.news.models import StoryPage
from depesche.news.models.pages import RememberedRestrictionsMixin

REPEAT = REPEAT_COUNT
german = StoryPage.objects.published().filter(locale__language_code="de")
story = german.order_by("-read_tally__total").first()  # the seed story
urls = {"story": story.url, "front": "/de/"}
client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64)")


class PlainQuery:
    def __init__(self, build):
        self.build = build

    def rows(self, values):
        return list(self.build(*values))

    def instances(self, values):
        return list(self.build(*values))


def plain_compiled(key, build, stand_ins):
    return PlainQuery(build)


def not_remembered(name, compute):
    return compute()


def wagtail_restrictions(self):
    return Page.get_view_restrictions(self)


def memo_only_for(kinds):
    real = memo.remembered

    def remembered(name, compute):
        kind = name[0] if isinstance(name, tuple) else name
        return compute() if kind in kinds else real(name, compute)

    return remembered


for url in urls.values():
    client.get(url)  # imports every module that serving these pages needs


def users_of(function, name):
    # Modules that imported `function` under `name`: patching those switches it off.
    return [
        module_name
        for module_name, module in list(sys.modules.items())
        if module_name.startswith("depesche.") and getattr(module, name, None) is function
    ]


memo_users = users_of(memo.remembered, "remembered")
compiled_users = users_of(compiled_module.compiled, "compiled")

VARIANTS = {
    "all layers on": [],
    "routing: Wagtail finds site and root": [
        mock.patch.object(routing, "remember_site_and_route", lambda *args: None)
    ],
    "compiled SQL off (ORM each time)": [
        mock.patch(f"{module}.compiled", plain_compiled) for module in compiled_users
    ],
    "remembered view restrictions off": [
        mock.patch.object(
            RememberedRestrictionsMixin, "get_view_restrictions", wagtail_restrictions
        )
    ],
    "section-nav and ticker HTML memos off": [
        mock.patch(
            "depesche.news.templatetags.news_tags.remembered", memo_only_for({"section-nav"})
        ),
        mock.patch("depesche.ticker.headlines.remembered", memo_only_for({"ticker"})),
    ],
    "per-generation memo off (all of it)": [
        mock.patch.object(memo, "remembered", not_remembered),
    ] + [mock.patch(f"{module}.remembered", not_remembered) for module in memo_users],
}


def measure(url):
    client.get(url)
    client.get(url)
    started = time.process_time()
    for _ in range(REPEAT):
        response = client.get(url)
    cpu = (time.process_time() - started) / REPEAT
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return cpu * 1000, len(queries.captured_queries)


with override_settings(DEPESCHE_PAGE_CACHE={**settings.DEPESCHE_PAGE_CACHE, "ENABLED": False}):
    for name, patches in VARIANTS.items():
        for patch in patches:
            patch.start()
        try:
            memo.forget_all()
            figures = [measure(urls[page]) for page in ("story", "front")]
        finally:
            for patch in reversed(patches):
                patch.stop()
        print("ROW", name, "|", " ".join(f"{cpu:.3f} {count}" for cpu, count in figures))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=40, help="demo stories per edition")
    parser.add_argument("--repeat", type=int, default=300, help="requests per page and row")
    options = parser.parse_args()
    code = MEASURE.replace("REPEAT_COUNT", str(options.repeat))
    with tempfile.TemporaryDirectory(prefix="depesche-bench-layers-") as work_dir:
        env = servers.production_env(
            Path(work_dir) / "var", DJANGO_SETTINGS_MODULE="depesche.settings.dev"
        )
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env, stories_per_edition=options.stories)
        output = servers.run_manage(env, "shell", "-c", code)
    rows = [line[4:].split(" | ") for line in output.splitlines() if line.startswith("ROW ")]
    base = [float(value) for value in rows[0][1].split()[::2]]
    print()
    print(f"Uncached pages, one process, SQLite, {options.repeat} requests each")
    print(
        f"{'layer switched off':<40}{'story ms':>9}{'queries':>8}{'ratio':>7}"
        f"{'front ms':>10}{'queries':>8}{'ratio':>7}"
    )
    for name, figures in rows:
        story_ms, story_q, front_ms, front_q = figures.split()
        print(
            f"{name:<40}{float(story_ms):>9.2f}{story_q:>8}{float(story_ms) / base[0]:>7.2f}"
            f"{float(front_ms):>10.2f}{front_q:>8}{float(front_ms) / base[1]:>7.2f}"
        )


if __name__ == "__main__":
    main()
