"""A large corpus written straight into the page tree: 100,000 stories in minutes.

Creating pages one by one through Wagtail costs tens of milliseconds each; for load tests
the stories are planned like the demo corpus and inserted in batches, with tree paths,
URL paths and tags computed here. They are live pages without revisions and without search
index entries (run `manage.py update_index` to index them).
"""

import datetime
import json
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils.html import escape
from taggit.models import Tag
from wagtail.models import Page

from depesche.news.models import StoryKind, StoryPage, StoryTag
from depesche.news.slugs import ascii_slug

from . import material
from .corpus import KIND_WEIGHTS

BATCH = 2000
MAX_AGE_DAYS = 5 * 365


def tree_step(number):
    """The path segment of the `number`-th child (1-based) in Wagtail's materialised path."""
    digits = []
    while number:
        number, remainder = divmod(number, len(Page.alphabet))
        digits.append(Page.alphabet[remainder])
    return "".join(reversed(digits)).rjust(Page.steplen, "0")


class BulkCorpus:
    """Plans and inserts stories spread evenly over the given sections."""

    def __init__(self, sections, seed, now):
        self.sections = sections  # [(language code, section key, SectionPage)]
        self.rng = random.Random(seed)
        self.now = now
        self.content_type = ContentType.objects.get_for_model(StoryPage)
        self.material = material.load()
        self.templates = {}
        for template in self.material.templates:
            self.templates.setdefault(template.section, []).append(template)
        self.tags = {}
        self.next_child = {section.pk: section.numchild for _c, _k, section in sections}

    def tag_id(self, name):
        if name not in self.tags:
            tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
            self.tags[name] = tag.pk
        return self.tags[name]

    def write(self, count, progress):
        written = 0
        while written < count:
            size = min(BATCH, count - written)
            with transaction.atomic():
                self.write_batch([self.plan_one() for _ in range(size)])
            written += size
            progress.update(size)
        for _code, _key, section in self.sections:
            Page.objects.filter(pk=section.pk).update(numchild=self.next_child[section.pk])

    def plan_one(self):
        code, key, section = self.rng.choice(self.sections)
        template = self.rng.choice(self.templates[key])
        place = self.rng.choice(self.material.places)
        text = template.fill(code, place, self.rng.choice(material.NUMBERS))
        self.next_child[section.pk] += 1
        number = self.next_child[section.pk]
        headline = text.headline
        names = self.material.tag_names(template, code)
        published = self.now - datetime.timedelta(minutes=self.rng.randint(0, MAX_AGE_DAYS * 1440))
        return {
            "section": section,
            "number": number,
            "headline": headline,
            "slug": f"{ascii_slug(headline)[:70]}-{number}",
            "lead": text.lead,
            "paragraphs": text.paragraphs,
            "kind": self.rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0],
            "published": published,
            "tags": self.rng.sample(names, k=min(2, len(names))),
        }

    def write_batch(self, planned):
        pages = Page.objects.bulk_create(
            [
                Page(
                    path=item["section"].path + tree_step(item["number"]),
                    depth=item["section"].depth + 1,
                    numchild=0,
                    translation_key=uuid.uuid4(),
                    locale_id=item["section"].locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=item["published"],
                    last_published_at=item["published"],
                    title=item["headline"],
                    draft_title=item["headline"],
                    slug=item["slug"],
                    content_type=self.content_type,
                    url_path=f"{item['section'].url_path}{item['slug']}/",
                    show_in_menus=False,
                )
                for item in planned
            ]
        )
        rows = [
            (
                page.pk,
                item["kind"] or StoryKind.TEXT,
                item["lead"],
                self.body_value(item["paragraphs"]),
                "Depesche",
                f"bulk:{page.pk}",
            )
            for page, item in zip(pages, planned, strict=True)
        ]
        table = StoryPage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, kind, lead, body, source, external_id) "  # noqa: S608 (our table name) # nosec
                "VALUES (%s, %s, %s, %s, %s, %s)",
                rows,
            )
        StoryTag.objects.bulk_create(
            [
                StoryTag(content_object_id=page.pk, tag_id=self.tag_id(name))
                for page, item in zip(pages, planned, strict=True)
                for name in item["tags"]
            ]
        )

    def body_value(self, paragraphs):
        blocks = [
            {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
            for text in paragraphs
        ]
        return json.dumps(blocks)
