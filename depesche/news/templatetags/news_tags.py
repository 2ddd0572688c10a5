"""Template helpers for edition pages: edition links, section navigation, dates and tags."""

import datetime
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from django import template
from django.template import Context
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, ngettext

from depesche.core.memo import remembered
from depesche.news import editions
from depesche.news.editions import EditionLink
from depesche.news.models import SectionPage
from depesche.news.structure import menu_sections
from depesche.news.time_zones import zone_label

if TYPE_CHECKING:
    from taggit.models import Tag
    from wagtail.models import Page

    from depesche.news.models import StoryPage

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_links(context: Context, page: object) -> list[EditionLink]:
    return editions.edition_links(page, context["request"])


@register.filter
def translated_elsewhere(editions: Iterable[EditionLink]) -> list[EditionLink]:
    """The editions, other than the current one, that have this page translated."""
    return [edition for edition in editions if edition.is_translation and not edition.is_current]


@register.simple_tag
def edition_home_url() -> str:
    return editions.edition_home_url()


@register.simple_tag
def tag_url(tag: "Tag") -> str:
    return editions.tag_path(tag.slug)


@register.simple_tag(takes_context=True)
def section_nav(context: Context, page: "Page") -> str:
    """The edition's section navigation, rendered once per content generation.

    Only a section's own page marks an entry as current, so an edition has one rendering
    for all its other pages and one per section.
    """
    request = context["request"]
    current = page.pk if isinstance(page, SectionPage) else None
    key = ("section-nav", request.get_host(), page.locale_id, current, get_language())
    return remembered(
        key,
        lambda: render_to_string(
            "includes/section_nav.html",
            {"sections": menu_sections(page.locale_id), "current": current},
            request,
        ),
    )


@register.filter
def published(value: datetime.datetime | None) -> str:
    """A publication moment as the active language writes date and time."""
    if not value:
        return ""
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


@register.filter
def published_with_zone(value: datetime.datetime | None) -> str:
    """A publication moment with its time zone, where a reader could take it for their own:
    "19 May 2021, 14:00 UTC+4"."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"{date_format(local, 'DATETIME_FORMAT')}\N{NO-BREAK SPACE}{zone_label(local)}"


@register.filter
def machine_datetime(value: datetime.datetime | None) -> str:
    """The moment for a datetime attribute: ISO 8601 to the second, with the UTC offset."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


# A number of each plural category of the languages we have (Intl.PluralRules names them).
PLURAL_SAMPLES = {"one": 1, "few": 3, "many": 5, "other": 10}


def texts_by_plural_category(text: Callable[[int], str]) -> str:
    """JSON of text(n) for a number n of each plural category, for scripts that count."""
    return json.dumps({category: text(n) for category, n in PLURAL_SAMPLES.items()})


@register.simple_tag
def new_entries_texts() -> str:
    """ "N new entries" for the live blog's button."""
    return texts_by_plural_category(
        lambda n: ngettext("%(count)s new entry", "%(count)s new entries", n)
    )


@register.simple_tag
def live_blog(story: "StoryPage") -> dict:
    """Key events, the newest entries and the blog's state, for a live blog's page."""
    from depesche.news.live_blog import blog_context

    return blog_context(story)
