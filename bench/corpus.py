"""A large corpus for load tests: `python bench/corpus.py --stories 100000`.

Adds live stories spread evenly over the demo's editions and sections, written from the
demo's story templates, places and tags, in three kinds and over five years of dates. It
runs with the development settings (the demo app is theirs) on the database the environment
names (DEPESCHE_VAR_DIR or DATABASE_URL); the benchmarks then serve that database with the
production settings.

Two ways to write the stories give the same pages:
- `--method add-child`: Wagtail's public way, `section.add_child(instance=story)` for each
  story, which validates and saves it and writes its references and search entry.
- `--method bulk` (the default): tree paths from treebeard's documented `alphabet` and
  `steplen` after each section's last child, the page rows with `bulk_create` and the story
  rows with one INSERT per batch, then each section's child count; no revisions and no
  search entries (`manage.py update_index` adds those).
The bulk way exists because the public one is too slow at load-test sizes: `make
bench-corpus` measured 2,000 stories on the shared 2-core development machine (SQLite) at
42 ms each through add_child() (3 ms of it for search entries), some 70 minutes for 100,000
where 15 would be acceptable, against 2 ms each in bulk; 100,000 stories took 192 s in
bulk. tests/test_bench_corpus.py checks that the bulk pages are sound Wagtail tree pages,
equal to the ones add_child() makes, and served like them.
"""

import argparse
import datetime
import os
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "depesche.settings.dev")
    import django

    django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Field  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.html import escape  # noqa: E402
from taggit.models import Tag  # noqa: E402
from tqdm import tqdm  # noqa: E402
from wagtail.models import Page  # noqa: E402

from depesche.demo import material  # noqa: E402
from depesche.demo.corpus import KIND_WEIGHTS, TAGS_PER_STORY  # noqa: E402
from depesche.demo.editions import ensure_editions  # noqa: E402
from depesche.news.models import SectionPage, StoryPage, StoryTag  # noqa: E402
from depesche.news.search_updates import indexing_in_bulk  # noqa: E402
from depesche.news.slugs import ascii_slug  # noqa: E402

METHODS = ("bulk", "add-child")
BATCH = 2000
MAX_AGE_DAYS = 5 * 365
SOURCE = "Depesche"


@dataclass(frozen=True)
class PlannedStory:
    section: SectionPage
    number: int  # its place among the section's children, counting from 1
    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    kind: str
    published: datetime.datetime
    tags: tuple[str, ...]

    @property
    def slug(self) -> str:
        return f"{ascii_slug(self.headline)[:70]}-{self.number}"

    def page(self) -> StoryPage:
        """The story as an unsaved page, not yet placed in the tree."""
        return StoryPage(
            title=self.headline,
            draft_title=self.headline,
            slug=self.slug,
            locale_id=self.section.locale_id,
            live=True,
            first_published_at=self.published,
            last_published_at=self.published,
            kind=self.kind,
            lead=self.lead,
            body=[
                {"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in self.paragraphs
            ],
            source=SOURCE,
            external_id=f"bench:{self.section.pk}:{self.number}",
        )


@dataclass(frozen=True)
class Timing:
    stories: int
    seconds: float
    indexing_seconds: float = 0.0  # of `seconds`, spent on search entries


def write_corpus(count: int, *, seed: int = 1, method: str = "bulk") -> Timing:
    """Add `count` stories across every edition's sections; returns how long writing took."""
    sections = [
        (key, section) for by_key in ensure_editions().values() for key, section in by_key.items()
    ]
    rng = random.Random(seed)  # noqa: S311 (made-up stories, nothing secret)
    planned = plan(count, sections, rng, timezone.now())
    write = {"bulk": write_in_bulk, "add-child": write_with_add_child}[method]
    with tqdm(total=count, unit="stories", file=sys.stderr) as progress:
        return write(planned, progress)


def plan(
    count: int,
    sections: list[tuple[str, SectionPage]],
    rng: random.Random,
    now: datetime.datetime,
) -> list[PlannedStory]:
    """`count` stories, each in a random one of the (section key, section) pairs, numbered
    after the section's last child."""
    written = material.load()
    templates = {}
    for template in written.templates:
        templates.setdefault(template.section, []).append(template)
    next_number = {section.pk: last_child_number(section) + 1 for _key, section in sections}
    planned = []
    for _ in range(count):
        key, section = rng.choice(sections)
        code = section.locale.language_code
        template = rng.choice(templates[key])
        text = template.fill(code, rng.choice(written.places), rng.choice(material.NUMBERS))
        tag_keys = rng.sample(template.tags, k=min(TAGS_PER_STORY, len(template.tags)))
        planned.append(
            PlannedStory(
                section=section,
                number=next_number[section.pk],
                headline=text.headline,
                lead=text.lead,
                paragraphs=text.paragraphs,
                kind=rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0],
                published=now - datetime.timedelta(minutes=rng.randint(0, MAX_AGE_DAYS * 1440)),
                tags=tuple(written.tags[tag][code] for tag in tag_keys),
            )
        )
        next_number[section.pk] += 1
    return planned


def write_with_add_child(planned: list[PlannedStory], progress: tqdm) -> Timing:
    """Wagtail's public way, one transaction per batch, search entries written per batch."""
    started, indexing = time.perf_counter(), 0.0
    with indexing_in_bulk(StoryPage) as search_index:
        for batch in batches(planned, BATCH):
            with transaction.atomic():
                for story in batch:
                    page = story.page()
                    page.tags.set(list(story.tags))
                    story.section.add_child(instance=page)
            indexed = time.perf_counter()
            search_index.flush()
            indexing += time.perf_counter() - indexed
            progress.update(len(batch))
    return Timing(len(planned), time.perf_counter() - started, indexing)


def write_in_bulk(planned: list[PlannedStory], progress: tqdm) -> Timing:
    """Page rows with bulk_create, story rows and tags with one statement each per batch."""
    started = time.perf_counter()
    tag_ids = TagIds()
    for batch in batches(planned, BATCH):
        with transaction.atomic():
            insert_stories(batch, tag_ids)
        progress.update(len(batch))
    for section in {story.section for story in planned}:
        # child_of() goes by path; treebeard's get_children() trusts numchild, set here.
        children = Page.objects.child_of(section).count()
        Page.objects.filter(pk=section.pk).update(numchild=children)
    return Timing(len(planned), time.perf_counter() - started)


def insert_stories(batch: list[PlannedStory], tag_ids: "TagIds") -> None:
    """The batch's page rows, then its story rows (bulk_create refuses a page subclass),
    then its tags."""
    pages = [placed(story) for story in batch]
    rows = Page.objects.bulk_create(
        [
            Page(**{field.attname: getattr(page, field.attname) for field in base_fields()})
            for page in pages
        ]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = row.pk
    fields = StoryPage._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    values = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(StoryPage._meta.db_table)} ({columns}) VALUES ({values})",  # noqa: S608 (names from the model) # nosec
            [
                [
                    field.get_db_prep_save(field.pre_save(page, add=True), connection)
                    for field in fields
                ]
                for page in pages
            ],
        )
    StoryTag.objects.bulk_create(
        [
            StoryTag(content_object_id=page.pk, tag_id=tag_ids[name])
            for page, story in zip(pages, batch, strict=True)
            for name in story.tags
        ]
    )


def placed(story: PlannedStory) -> StoryPage:
    """The story's page with the tree fields add_child() would give it."""
    page = story.page()
    page.path = story.section.path + tree_step(story.number)
    page.depth = story.section.depth + 1
    page.numchild = 0
    page.url_path = f"{story.section.url_path}{page.slug}/"
    return page


def base_fields() -> list[Field]:
    return [field for field in Page._meta.concrete_fields if not field.primary_key]


def tree_step(number: int) -> str:
    """The path segment of a node's `number`-th child in treebeard's materialised path."""
    digits = []
    while number:
        number, remainder = divmod(number, len(Page.alphabet))
        digits.append(Page.alphabet[remainder])
    return "".join(reversed(digits)).rjust(Page.steplen, Page.alphabet[0])


def last_child_number(section: Page) -> int:
    """The place of the section's last child (0 without children), read from its path."""
    last = Page.objects.child_of(section).order_by("-path").values_list("path", flat=True)
    number = 0
    for digit in (last.first() or "")[-Page.steplen :]:
        number = number * len(Page.alphabet) + Page.alphabet.index(digit)
    return number


class TagIds(dict):
    """Tag ids by name, created when missing (names match regardless of case, as taggit's)."""

    def __missing__(self, name: str) -> int:
        tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
        self[name] = tag.pk
        return tag.pk


def batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--method", choices=METHODS, default="bulk")
    options = parser.parse_args()
    timing = write_corpus(options.stories, seed=options.seed, method=options.method)
    print(f"Added {timing.stories} stories ({options.method}) in {timing.seconds:.1f} s.")


if __name__ == "__main__":
    main()
