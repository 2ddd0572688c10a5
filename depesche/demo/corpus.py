"""A deterministic demo corpus: the same seed always plans the same stories.

Each story template is one event of the agency's day, told in one or more editions; its
versions share a translation key, so the editions link them as translations. A template
with a gallery is a photo story; any other is a text or video story. An edition
tells an event once at most, so no section repeats a lead or a body, and an edition holds
at most as many stories as there are templates: asking for more is refused, since more
would mean repeats (load tests get their volume from bench/corpus.py instead).
"""

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.html import escape

from depesche.news.models import SectionPage, StoryKind, StoryPage
from depesche.news.slugs import free_slug

from . import material
from .editions import publish

DEFAULT_SEED = 20210519
KIND_WEIGHTS = {StoryKind.TEXT: 6, StoryKind.VIDEO: 3, StoryKind.PHOTO: 2}
EDITION_COUNTS = (1, 1, 2, 3, 4, 4)  # how many editions tell one event
TAGS_PER_STORY = 2
MAX_AGE_MINUTES = 30 * 24 * 60


class NotEnoughMaterial(ValueError):
    """More stories per edition were asked for than the demo has distinct stories."""


@dataclass(frozen=True)
class PlannedStory:
    template: str
    language_code: str
    section: str
    place: str
    kind: str
    age_minutes: int
    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass
class Event:
    """One template's story as it happened: where, its number, kind, age, tags, editions."""

    template: material.Template
    place: material.Place
    number: int
    kind: str
    age_minutes: int
    tags: tuple[str, ...]
    editions: set[str] = field(default_factory=set)


def capacity() -> int:
    """The most stories an edition can hold without telling one twice."""
    return len(material.load().templates)


def plan(per_edition: int, seed: int = DEFAULT_SEED) -> list[PlannedStory]:
    """Stories to write so that every edition has at least `per_edition`, none twice."""
    if per_edition > capacity():
        raise NotEnoughMaterial(
            f"The demo has {capacity()} different stories per edition, so it cannot write "
            f"{per_edition} without repeating one; ask for at most {capacity()}, or write "
            "more story templates in depesche/demo/content/stories/. For load tests, "
            "bench/corpus.py writes any number of stories."
        )
    rng = random.Random(seed)
    languages = [code for code, _name in settings.LANGUAGES]
    events = choose_events(rng, languages, per_edition)
    written = material.load()
    planned = []
    for event in events:
        for code in sorted(event.editions, key=languages.index):
            text = event.template.fill(code, event.place, event.number)
            planned.append(
                PlannedStory(
                    template=event.template.key,
                    language_code=code,
                    section=event.template.section,
                    place=event.place.key,
                    kind=event.kind,
                    age_minutes=event.age_minutes,
                    headline=text.headline,
                    lead=text.lead,
                    paragraphs=text.paragraphs,
                    tags=tuple(written.tags[key][code] for key in event.tags),
                )
            )
    return planned


def choose_events(rng: random.Random, languages: list[str], per_edition: int) -> list[Event]:
    """The templates told in every edition, then the others in a random order, each told
    in a few editions, until every edition has `per_edition`; an edition still short at the
    end tells more of the events."""
    written = material.load()
    everywhere = [template for template in written.templates if template.every_edition]
    templates = [template for template in written.templates if not template.every_edition]
    rng.shuffle(templates)
    counts = dict.fromkeys(languages, len(everywhere))
    events = []
    for template in templates:
        wanting = [code for code in languages if counts[code] < per_edition]
        if not wanting:
            break
        event = new_event(template, rng)
        event.editions = set(rng.sample(languages, k=rng.choice(EDITION_COUNTS)))
        if not event.editions & set(wanting):
            event.editions = {rng.choice(wanting)}
        for code in event.editions:
            counts[code] += 1
        events.append(event)
    for code in languages:
        untold = [event for event in events if code not in event.editions]
        for event in rng.sample(untold, k=max(0, per_edition - counts[code])):
            event.editions.add(code)
    for template in everywhere:
        event = new_event(template, rng)
        event.editions = set(languages)
        events.append(event)
    return events


def new_event(template: material.Template, rng: random.Random) -> Event:
    """The template's story as it happened, not yet told in any edition."""
    return Event(
        template=template,
        place=rng.choice(material.load().places),
        number=rng.choice(material.NUMBERS),
        kind=kind_of(template, rng),
        age_minutes=min(int(rng.expovariate(1 / (3 * 24 * 60))), MAX_AGE_MINUTES),
        tags=tuple(rng.sample(template.tags, k=min(TAGS_PER_STORY, len(template.tags)))),
    )


def kind_of(template: material.Template, rng: random.Random) -> str:
    """A photo story when the template has a gallery; else a text or video story (one drawn
    as a photo story becomes a text story, since no photos fit it)."""
    drawn = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    if template.gallery:
        return StoryKind.PHOTO
    return StoryKind.TEXT if drawn == StoryKind.PHOTO else drawn


def external_id(seed: int, story: PlannedStory) -> str:
    return f"demo:{seed}:{story.template}"


def write(
    planned: list[PlannedStory],
    sections: dict[str, dict[str, SectionPage]],
    *,
    seed: int = DEFAULT_SEED,
    now: datetime.datetime,
    dress: Callable[[StoryPage, PlannedStory], None] | None = None,
) -> int:
    """Create the planned stories that do not exist yet; returns how many were created.

    `dress` may give a new story its media before it is published.
    """
    created = 0
    originals = {}
    for story in planned:
        section = sections[story.language_code][story.section]
        ident = external_id(seed, story)
        existing = StoryPage.objects.filter(external_id=ident, locale_id=section.locale_id).first()
        if existing is not None:
            originals.setdefault(story.template, existing)
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
            if story.template in originals:
                page.translation_key = originals[story.template].translation_key
            page.tags.set(list(story.tags))
            if dress is not None:
                dress(page, story)
            section.add_child(instance=page)
            publish(page)
        originals.setdefault(story.template, page)
        created += 1
    return created
