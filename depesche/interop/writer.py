"""Saving imported stories: one story per transaction, matched on its external id.

Importers turn their input into IncomingStory objects; StoryWriter creates the story (or
updates it when it changed, or leaves it when it did not) in its edition, with its
section, tags, publication state, images and a redirect from its old address.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from depesche.news.models import SectionPage, StoryPage
from depesche.news.slugs import free_slug

from .html_cleaning import body_blocks

# Publication states an import source may give a story.
PUBLISHED, DRAFT, SCHEDULED = "published", "draft", "scheduled"
PRIVATE, PASSWORD = "private", "password"  # published behind a login or a password


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
    tags: list = field(default_factory=list)
    section: tuple | None = None  # (slug, title) of the section it belongs in
    old_url: str = ""
    lead_image_url: str = ""
    notes: list = field(default_factory=list)  # what the report should say about it


class StoryWriter:
    """Writes incoming stories into one edition, below its front page."""

    def __init__(self, home, default_section, images=None):
        self.home = home
        self.default_section = default_section
        self.images = images  # an ImageFetcher, or None to leave images out

    def write(self, incoming, report):
        """Create, update or skip one story; if anything goes wrong, it is rolled back and
        reported as failed, and the import goes on with the next story."""
        try:
            return self.write_story(incoming, report)
        except (ValidationError, DatabaseError, ValueError) as error:
            report.failed.append((incoming.label, describe(error)))
            return "failed"

    def write_story(self, incoming, report):
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
        if outcome == "skipped":
            report.skipped.append((incoming.label, _("unchanged since the last import")))
        else:
            getattr(report, outcome).append(incoming.label)
        for note in incoming.notes:
            report.notes.append((incoming.label, note))
        return outcome

    def fetch(self, url, incoming):
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

    def save(self, incoming, blocks, lead_image):
        section = self.section_for(incoming.section)
        story = StoryPage.objects.filter(
            external_id=incoming.external_id, locale_id=self.home.locale_id
        ).first()
        fields = {
            "title": incoming.title[:255],
            "lead": incoming.lead,
            "source": incoming.source[:255],
            "body": blocks,
            "lead_image": lead_image,
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
            story.tags.set(tags)
            section.add_child(instance=story)
            outcome = "created"
        elif self.unchanged(story, fields, tags, incoming.state):
            return "skipped", story
        else:
            if story.get_parent().pk != section.pk:
                story.move(section, pos="last-child")
                story.refresh_from_db()
            for name, value in fields.items():
                setattr(story, name, value)
            story.tags.set(tags)
            outcome = "updated"
        self.apply_state(story, incoming)
        if incoming.old_url:
            self.redirect(incoming.old_url, story)
        return outcome, story

    def section_for(self, wanted):
        """The section named by the source (created, unlisted, when missing), else the default."""
        if not wanted:
            return self.default_section
        slug, title = wanted
        slug = slugify(slug)[:255] or slugify(title)[:255]
        if not slug:
            return self.default_section
        section = SectionPage.objects.child_of(self.home).filter(slug=slug).first()
        if section is None:
            section = SectionPage(title=title[:255] or slug, slug=slug, show_in_menus=False)
            self.home.add_child(instance=section)
            section.save_revision().publish()
        return section

    @staticmethod
    def unchanged(story, fields, tags, state):
        stored = [{"type": b["type"], "value": b["value"]} for b in story.body.get_prep_value()]
        wanted = [{"type": b["type"], "value": b["value"]} for b in fields["body"]]
        same_fields = all(
            getattr(story, name) == value for name, value in fields.items() if name != "body"
        )
        same_state = story.live == (state in (PUBLISHED, PRIVATE, PASSWORD))
        same_tags = sorted(name.casefold() for name in story.tags.names()) == sorted(
            tag.casefold() for tag in tags
        )
        return stored == wanted and same_fields and same_state and same_tags

    @staticmethod
    def apply_state(story, incoming):
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
        if incoming.state == PRIVATE:
            PageViewRestriction.objects.create(page=story, restriction_type="login")
        elif incoming.state == PASSWORD:
            PageViewRestriction.objects.create(
                page=story, restriction_type="password", password=incoming.password
            )

    @staticmethod
    def redirect(old_url, story):
        old_path = Redirect.normalise_path(old_url)
        if old_path and old_path != "/":
            Redirect.objects.update_or_create(
                old_path=old_path, site=None, defaults={"redirect_page": story}
            )


def unique_tags(names):
    """Tag names without blanks and without repeats that differ only in case."""
    unique = {}
    for name in names:
        name = name.strip()[:100]
        if name:
            unique.setdefault(name.casefold(), name)
    return sorted(unique.values())


def describe(error):
    """A one-line reason for the report, naming the fields at fault."""
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return str(error)
