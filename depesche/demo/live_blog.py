"""The demo's live blog: a summit covered as it happens, in every edition, with entries of
every kind and key events. Loaded once; loading again changes nothing."""

import datetime
import json
import tomllib
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from depesche.news.models import LiveEntry, SectionPage, StoryKind, StoryPage

LIVE_BLOG_FILE = Path(__file__).resolve().parent / "content" / "live-blog.toml"


def entry_body(entry: dict) -> str:
    """The entry's blocks as stored (StreamField JSON)."""
    if "quote" in entry:
        value = {"quote": entry["quote"], "attribution": entry["attribution"]}
        return json.dumps([{"type": "quote", "value": value}])
    if "post" in entry:
        value = {"text": entry["post"], "author": entry["author"], "url": entry["url"]}
        return json.dumps([{"type": "post", "value": value}])
    return json.dumps([{"type": "paragraph", "value": f"<p>{escape(entry['text'])}</p>"}])


def ensure_live_blogs(now: datetime.datetime | None = None) -> tuple[list[StoryPage], int]:
    """Create the live blog where an edition lacks it; returns every edition's blog and
    how many were created."""
    now = now or timezone.now()
    with LIVE_BLOG_FILE.open("rb") as file:
        blogs = tomllib.load(file)
    codes = sorted(blogs, key=lambda code: code != settings.LANGUAGE_CODE)  # the original first
    original, created, stories = None, 0, []
    for code in codes:
        blog = blogs[code]
        section = SectionPage.objects.filter(locale__language_code=code, slug=blog["section"])
        section = section.first()
        if section is None:
            continue
        story = StoryPage.objects.child_of(section).filter(slug=blog["slug"]).first()
        if story is None:
            story = write_blog(section, blog, original, now)
            created += 1
        original = original or story
        stories.append(story)
    return stories, created


def write_blog(
    section: SectionPage, blog: dict, original: StoryPage | None, now: datetime.datetime
) -> StoryPage:
    started = now - datetime.timedelta(minutes=max(e["minutes"] for e in blog["entries"]) + 5)
    story = StoryPage(
        title=blog["title"],
        slug=blog["slug"],
        kind=StoryKind.LIVE,
        lead=blog["lead"],
        source="Depesche",
        first_published_at=started,
    )
    if original is not None:
        story.translation_key = original.translation_key
    section.add_child(instance=story)
    story.tags.add(*blog["tags"])
    story.save_revision().publish()
    LiveEntry.objects.bulk_create(
        LiveEntry(
            story=story,
            headline=entry.get("headline", ""),
            pinned=entry.get("key", False),
            body=entry_body(entry),
            created_at=now - datetime.timedelta(minutes=entry["minutes"]),
        )
        for entry in blog["entries"]
    )
    return story
