"""A deterministic demo corpus: the same seed always plans the same stories.

Each planned event is told in one or more editions; its versions share a translation key,
so the editions link them as translations.
"""

import datetime
import random
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.html import escape

from depesche.news.models import StoryKind, StoryPage
from depesche.news.slugs import free_slug

from .editions import publish
from .phrasebook import CITIES, STORIES, TAGS

DEFAULT_SEED = 20210519
KIND_WEIGHTS = {StoryKind.TEXT: 6, StoryKind.VIDEO: 3, StoryKind.PHOTO: 2}
EDITION_COUNTS = (1, 1, 2, 3, 4, 4)  # how many editions tell one event
MAX_AGE_MINUTES = 30 * 24 * 60


@dataclass(frozen=True)
class PlannedStory:
    event: int
    language_code: str
    section: str
    kind: str
    age_minutes: int
    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]


def plan(per_edition, seed=DEFAULT_SEED):
    """Stories to write until every edition has at least `per_edition` of them."""
    rng = random.Random(seed)
    languages = [code for code, _name in settings.LANGUAGES]
    counts = dict.fromkeys(languages, 0)
    planned, event = [], 0
    while min(counts.values()) < per_edition:
        event += 1
        section = rng.choice(sorted(STORIES))
        template = rng.choice(STORIES[section])
        city = rng.choice(CITIES)
        number = rng.randint(2, 60)
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        age = min(int(rng.expovariate(1 / (3 * 24 * 60))), MAX_AGE_MINUTES)
        tags = rng.sample(TAGS[section], k=min(2, len(TAGS[section])))
        wanting = [code for code in languages if counts[code] < per_edition]
        chosen = rng.sample(languages, k=rng.choice(EDITION_COUNTS))
        if not set(chosen) & set(wanting):
            chosen = [rng.choice(wanting)]
        for code in sorted(chosen, key=languages.index):
            slots = {"city": city[code]["name"], "city_in": city[code]["in"], "n": number}
            text = template[code]
            planned.append(
                PlannedStory(
                    event=event,
                    language_code=code,
                    section=section,
                    kind=kind,
                    age_minutes=age,
                    headline=text["headline"].format(**slots),
                    lead=text["lead"].format(**slots),
                    paragraphs=tuple(p.format(**slots) for p in text["paragraphs"]),
                    tags=tuple(tag[code] for tag in tags),
                )
            )
            counts[code] += 1
    return planned


def external_id(seed, story):
    return f"demo:{seed}:{story.event}"


def write(planned, sections, *, seed=DEFAULT_SEED, now):
    """Create the planned stories that do not exist yet; returns how many were created."""
    created = 0
    originals = {}
    for story in planned:
        section = sections[story.language_code][story.section]
        ident = external_id(seed, story)
        existing = StoryPage.objects.filter(external_id=ident, locale_id=section.locale_id).first()
        if existing is not None:
            originals.setdefault(story.event, existing)
            continue
        with transaction.atomic():
            page = StoryPage(
                title=story.headline,
                slug=free_slug(section, story.headline),
                kind=story.kind,
                lead=story.lead,
                body=[
                    {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}
                    for text in story.paragraphs
                ],
                first_published_at=now - datetime.timedelta(minutes=story.age_minutes),
                external_id=ident,
            )
            if story.event in originals:
                page.translation_key = originals[story.event].translation_key
            page.tags.set(list(story.tags))
            section.add_child(instance=page)
            publish(page)
        originals.setdefault(story.event, page)
        created += 1
    return created
