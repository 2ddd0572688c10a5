"""Saving imported stories: one story per transaction, matched on its external id.

Importers turn their input into IncomingStory objects; StoryWriter creates the story (or
updates it when it changed, or leaves it when it did not) in its edition, with its
section, tags, publication state, images and a redirect from its old address.
"""

import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from depesche.core.wagtail_adapter import create_published
from depesche.news.models import EditionHomePage, SectionPage, StoryKind, StoryPage
from depesche.news.signals import read_count_imported
from depesche.news.slugs import free_slug

from .html_cleaning import body_blocks
from .report import ImportReport

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

    from .batches import ImportBatches
    from .images import ImageFetcher

# Publication states an import source may give a story.
PUBLISHED, DRAFT, SCHEDULED = "published", "draft", "scheduled"
PRIVATE, PASSWORD = "private", "password"  # published behind a login or a password
LIVE_STATES = (PUBLISHED, PRIVATE, PASSWORD)
MAX_TITLE_LENGTH = 255
MAX_ID_LENGTH = 200  # of the value: longer ones have long been stored as their digest
MAX_EXTERNAL_ID_LENGTH = 255  # StoryPage.external_id


def source_id(kind: str, value: str) -> str:
    """An external id that fits the field: long ids are shortened to a digest."""
    if len(value) > MAX_ID_LENGTH or len(kind) + 1 + len(value) > MAX_EXTERNAL_ID_LENGTH:
        value = hashlib.sha256(value.encode()).hexdigest()
    return f"{kind[: MAX_EXTERNAL_ID_LENGTH - 65]}:{value}"


@dataclass
class IncomingStory:
    external_id: str
    label: str  # how the report names the item, such as 'post 12 "Title" (line 80)'
    title: str
    body_html: str
    published: datetime.datetime | None
    state: str = PUBLISHED
    password: str = ""
    lead: str = ""
    source: str = ""
    tags: list[str] = field(default_factory=list)
    section: tuple[str, str] | None = None  # (slug, title) of the section it belongs in
    old_url: str = ""
    lead_image_url: str = ""
    lead_image_alt: str = ""  # what the photo shows, when the source says
    lead_image_caption: str = ""
    lead_image_credit: str = ""
    kind: str = StoryKind.TEXT
    read_count: int = 0  # what the source counted; a story's count is raised to it
    translation_of: StoryPage | None = None  # the story in another edition it translates
    notes: list[str] = field(default_factory=list)  # what the report should say about it


def lead_image_texts(incoming: IncomingStory, image: "AbstractImage | None") -> dict[str, str]:
    """Alt text, caption and credit of the lead image. Without alt text from the source the
    caption stands in; without either the story is imported all the same (readers then
    get an empty alt) and the report says so, for an editor to describe the photo."""
    if image is None:
        return {"lead_image_alt": "", "lead_image_caption": "", "lead_image_credit": ""}
    alt = incoming.lead_image_alt.strip() or incoming.lead_image_caption.strip()
    if not alt and not image.description:
        incoming.notes.append(_("the lead image has no alt text; add one in the story editor"))
    return {
        "lead_image_alt": alt[:255],
        "lead_image_caption": incoming.lead_image_caption.strip()[:500],
        "lead_image_credit": incoming.lead_image_credit.strip()[:255],
    }


class StoryWriter:
    """Writes incoming stories into one edition, below its front page."""

    def __init__(
        self,
        home: EditionHomePage,
        default_section: SectionPage,
        images: "ImageFetcher | None" = None,
        batches: "ImportBatches | None" = None,
    ) -> None:
        self.home = home
        self.default_section = default_section
        self.images = images  # an ImageFetcher, or None to leave images out
        self.batches = batches  # ImportBatches, when what saving sets off is done in batches
        self.sections: dict[str, SectionPage] = {}  # slug: section, remembered for the run
        self.known_tags: dict[str, Tag] = {}  # casefolded name: Tag, remembered for the run
        self.labels: dict[str, str] = {}  # external id: label of the item written with it

    def write(self, incoming: IncomingStory, report: ImportReport) -> str:
        """Create, update or skip one story; if anything goes wrong, it is rolled back and
        reported as failed, and the import goes on with the next story. A second item with
        the id of one written before in the same run is reported, never merged into it."""
        if incoming.external_id in self.labels:
            reason = _("it has the same id as %(item)s, so it was not imported: %(id)s") % {
                "item": self.labels[incoming.external_id],
                "id": incoming.external_id,
            }
            report.failed.append((incoming.label, reason))
            return "failed"
        try:
            outcome = self.write_story(incoming, report)
        except (ValidationError, DatabaseError, ValueError, OverflowError) as error:
            # What was made or found for this story may have been rolled back with it.
            self.sections.clear()
            self.known_tags.clear()
            report.failed.append((incoming.label, describe(error)))
            outcome = "failed"
        else:
            self.labels[incoming.external_id] = incoming.label
        if self.batches is not None:
            # A story hidden behind a login, a password or taken down must not wait for
            # the batch: until the generation moves on, pages would still show it to all.
            narrows = outcome in ("created", "updated") and incoming.state != PUBLISHED
            self.batches.story_written(at_once=narrows)
        return outcome

    def write_story(self, incoming: IncomingStory, report: ImportReport) -> str:
        body = body_blocks(incoming.body_html)
        lead_image = (
            self.fetch(incoming.lead_image_url, incoming) if incoming.lead_image_url else None
        )
        for url in body.image_urls:
            image = self.fetch(url, incoming)
            if image is not None:
                body.blocks.append({"type": "image", "value": {"image": image.pk, "caption": ""}})
        # Wagtail would refresh the reference index on each of the story's three saves.
        with transaction.atomic(), disable_reference_index_auto_update():
            outcome, story = self.save(incoming, body.blocks, lead_image)
            if outcome != "skipped":
                ReferenceIndex.create_or_update_for_object(story)
            if incoming.read_count:
                read_count_imported.send(StoryWriter, story=story, reads=incoming.read_count)
        if outcome == "skipped":
            report.skipped.append((incoming.label, _("unchanged since the last import")))
        else:
            getattr(report, outcome).append(incoming.label)
        for note in incoming.notes:
            report.notes.append((incoming.label, note))
        return outcome

    def fetch(self, url: str, incoming: IncomingStory) -> "AbstractImage | None":
        if self.images is None:
            incoming.notes.append(
                _("image not fetched (downloads are off): %(url)s") % {"url": url}
            )
            return None
        image, problem = self.images.fetch(url)
        if problem:
            incoming.notes.append(
                _("image not fetched: %(url)s (%(problem)s)") % {"url": url, "problem": problem}
            )
        return image

    def save(
        self,
        incoming: IncomingStory,
        blocks: list[dict[str, Any]],
        lead_image: "AbstractImage | None",
    ) -> tuple[str, StoryPage]:
        section = self.section_for(incoming.section)
        if len(incoming.title) > MAX_TITLE_LENGTH:
            incoming.notes.append(
                ngettext(
                    "headline shortened to %(count)d character",
                    "headline shortened to %(count)d characters",
                    MAX_TITLE_LENGTH,
                )
                % {"count": MAX_TITLE_LENGTH}
            )
        story = StoryPage.objects.filter(
            external_id=incoming.external_id, locale_id=self.home.locale_id
        ).first()
        fields = {
            "title": incoming.title[:MAX_TITLE_LENGTH],
            "kind": incoming.kind,
            "lead": incoming.lead,
            "source": incoming.source[:255],
            "body": blocks,
            "lead_image": lead_image,
            **lead_image_texts(incoming, lead_image),
            "first_published_at": incoming.published,
        }
        tags = unique_tags(incoming.tags)
        if story is None:
            story = StoryPage(
                external_id=incoming.external_id,
                slug=free_slug(section, incoming.title),
                live=False,
                **fields,
            )
            if incoming.translation_of is not None:
                story.translation_key = incoming.translation_of.translation_key
            story.tags.set(self.tag_objects(tags))
            if incoming.state in LIVE_STATES:
                create_published(section, story)
                self.restrict(story, incoming)
            else:
                section.add_child(instance=story)
                self.apply_state(story, incoming)
            outcome = "created"
        elif story.is_child_of(section) and self.unchanged(story, fields, tags, incoming.state):
            return "skipped", story
        else:
            if not story.is_child_of(section):
                story.move(section, pos="last-child")
                story.refresh_from_db()
            for name, value in fields.items():
                setattr(story, name, value)
            story.tags.set(self.tag_objects(tags))
            self.apply_state(story, incoming)
            outcome = "updated"
        if incoming.old_url:
            self.redirect(incoming.old_url, story)
        return outcome, story

    def section_for(self, wanted: tuple[str, str] | None) -> SectionPage:
        """The section named by the source (created, unlisted, when missing), else the default."""
        if not wanted:
            return self.default_section
        slug, title = wanted
        slug = slugify(slug)[:255] or slugify(title)[:255]
        if not slug:
            return self.default_section
        if slug not in self.sections:
            section = SectionPage.objects.child_of(self.home).filter(slug=slug).first()
            if section is None:
                section = SectionPage(title=title[:255] or slug, slug=slug, show_in_menus=False)
                self.home.add_child(instance=section)
                section.save_revision().publish()
            self.sections[slug] = section
        return self.sections[slug]

    def tag_objects(self, names: Iterable[str]) -> list[Tag | str]:
        """The tags that exist already (found once a run), and the names of new ones."""
        tags = []
        for name in names:
            key = name.casefold()
            if key not in self.known_tags:
                found = Tag.objects.filter(name__iexact=name).order_by("pk").first()
                if found is None:
                    tags.append(name)  # created with the story
                    continue
                self.known_tags[key] = found
            tags.append(self.known_tags[key])
        return tags

    @staticmethod
    def unchanged(story: StoryPage, fields: dict[str, Any], tags: list[str], state: str) -> bool:
        stored = [{"type": b["type"], "value": b["value"]} for b in story.body.get_prep_value()]
        wanted = [{"type": b["type"], "value": b["value"]} for b in fields["body"]]
        same_fields = all(
            getattr(story, name) == value for name, value in fields.items() if name != "body"
        )
        same_state = story.live == (state in LIVE_STATES)
        same_tags = sorted(name.casefold() for name in story.tags.names()) == sorted(
            tag.casefold() for tag in tags
        )
        return stored == wanted and same_fields and same_state and same_tags

    def apply_state(self, story: StoryPage, incoming: IncomingStory) -> None:
        """Publish, schedule, keep as draft, or publish behind a login or password."""
        PageViewRestriction.objects.filter(page=story).delete()
        if incoming.state == DRAFT:
            story.save_revision()
            if story.live:
                story.unpublish()
            return
        if incoming.state == SCHEDULED:
            story.go_live_at = incoming.published  # publishing it now only schedules it
        story.save_revision().publish()
        self.restrict(story, incoming)

    @staticmethod
    def restrict(story: StoryPage, incoming: IncomingStory) -> None:
        """Put a published story behind a login or a password when its source did."""
        if incoming.state == PRIVATE:
            PageViewRestriction.objects.create(page=story, restriction_type="login")
        elif incoming.state == PASSWORD:
            PageViewRestriction.objects.create(
                page=story, restriction_type="password", password=incoming.password
            )

    @staticmethod
    def redirect(old_url: str, story: StoryPage) -> None:
        old_path = Redirect.normalise_path(old_url)
        if old_path and old_path != "/":
            Redirect.objects.update_or_create(
                old_path=old_path, site=None, defaults={"redirect_page": story}
            )


def unique_tags(names: Iterable[str]) -> list[str]:
    """Tag names without blanks and without repeats that differ only in case."""
    unique = {}
    for name in names:
        name = name.strip()[:100]
        if name:
            unique.setdefault(name.casefold(), name)
    return sorted(unique.values())


def describe(error: Exception) -> str:
    """A one-line reason for the report, naming the fields at fault."""
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return str(error)
