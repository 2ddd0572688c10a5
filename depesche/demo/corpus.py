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

from . import material
from .editions import publish

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
    written = material.load()
    by_section = {}
    for template in written.templates:
        by_section.setdefault(template.section, []).append(template)
    languages = [code for code, _name in settings.LANGUAGES]
    counts = dict.fromkeys(languages, 0)
    planned, event = [], 0
    while min(counts.values()) < per_edition:
        event += 1
        section = rng.choice(sorted(by_section))
        template = rng.choice(by_section[section])
        place = rng.choice(written.places)
        number = rng.choice(material.NUMBERS)
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        age = min(int(rng.expovariate(1 / (3 * 24 * 60))), MAX_AGE_MINUTES)
        tags = rng.sample(template.tags, k=min(2, len(template.tags)))
        wanting = [code for code in languages if counts[code] < per_edition]
        chosen = rng.sample(languages, k=rng.choice(EDITION_COUNTS))
        if not set(chosen) & set(wanting):
            chosen = [rng.choice(wanting)]
        for code in sorted(chosen, key=languages.index):
            text = template.fill(code, place, number)
            planned.append(
                PlannedStory(
                    event=event,
                    language_code=code,
                    section=section,
                    kind=kind,
                    age_minutes=age,
                    headline=text.headline,
                    lead=text.lead,
                    paragraphs=text.paragraphs,
                    tags=tuple(written.tags[key][code] for key in tags),
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
