"""ASCII slugs for stories, in any script (Cyrillic, Azerbaijani Latin, …)."""

from typing import TYPE_CHECKING

from django.utils.text import slugify
from wagtail.coreutils import string_to_ascii

if TYPE_CHECKING:
    from wagtail.models import Page

MAX_SLUG_LENGTH = 80


def ascii_slug(title: str) -> str:
    """The title in ASCII, lowercase and hyphenated, cut after a whole word."""
    slug = slugify(string_to_ascii(title))
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[: MAX_SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug.strip("-") or "story"


def free_slug(parent: "Page", title: str) -> str:
    """A slug for a new child of `parent`, numbered when a sibling already has it."""
    base = ascii_slug(title)
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
