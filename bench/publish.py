"""Publishing new stories: `make bench-publish`.

The importers create a new published story with core.wagtail_adapter.create_published
(one save of the page) instead of Wagtail's public path (add the page, save a revision,
publish it: three saves). This times both in one fresh SQLite site with the demo
editions, the way an import runs them (search indexing and cache generations held back
for the batch), and prints stories per second and the ratio.
"""

import argparse
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from tests.support import servers  # noqa: E402

TIMED = """
import time
from depesche.core import generation
from depesche.core.wagtail_adapter import create_published
from depesche.news.models import SectionPage, StoryPage
from depesche.news.search_updates import indexing_in_bulk

section = SectionPage.objects.get(slug="economy", locale__language_code="en")
paragraph = {"type": "paragraph", "value": "<p>" + "Harbour council budget report. " * 12 + "</p>"}


def story(way, number):
    page = StoryPage(title=f"{way} story {number}", slug=f"{way}-{number}", lead="A lead.",
                     body=[paragraph] * 4, live=False)
    page.tags.set(["Harbour", "Council"])
    return page


def wagtail(number):
    page = story("wagtail", number)
    section.add_child(instance=page)
    page.save_revision().publish()


def adapter(number):
    create_published(section, story("adapter", number))


for way in (wagtail, adapter):
    with generation.bumps_held_back(), indexing_in_bulk(StoryPage):
        started = time.perf_counter()
        for number in range(COUNT):
            way(number)
        print(way.__name__, time.perf_counter() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=500)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="depesche-bench-publish-") as work_dir:
        env = servers.production_env(
            Path(work_dir) / "var", DJANGO_SETTINGS_MODULE="depesche.settings.dev"
        )
        env.pop("DATABASE_URL", None)
        servers.prepare_site(env)
        output = servers.run_manage(
            env, "shell", "-c", TIMED.replace("COUNT", str(options.stories))
        )
    seconds = dict(line.split() for line in output.strip().splitlines()[-2:])
    reference = options.stories / float(seconds["wagtail"])
    print()
    print(f"New published stories, {options.stories} each way, SQLite, one process")
    print(f"{'way':<44}{'seconds':>9}{'stories/s':>11}{'ratio':>8}")
    for name, key in (
        ("Wagtail: add_child, save_revision, publish", "wagtail"),
        ("create_published (one save)", "adapter"),
    ):
        rate = options.stories / float(seconds[key])
        print(f"{name:<44}{float(seconds[key]):>9.1f}{rate:>11.1f}{rate / reference:>8.2f}")


if __name__ == "__main__":
    main()
