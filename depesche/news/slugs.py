"""ASCII slugs for stories, in any script (Cyrillic, Azerbaijani Latin, …)."""

from typing import TYPE_CHECKING

from django.utils.text import slugify
from wagtail.coreutils import string_to_ascii

if TYPE_CHECKING:
    from wagtail.models import Page

MAX_SLUG_LENGTH = 80


def shortened(slug: str) -> str:
    """The slug cut after its last whole word within MAX_SLUG_LENGTH characters."""
    if len(slug) > MAX_SLUG_LENGTH:
        cut = slug[: MAX_SLUG_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:MAX_SLUG_LENGTH]
    return slug.strip("-")


def ascii_slug(title: str) -> str:
    """The title in ASCII, lowercase and hyphenated, cut after a whole word."""
    return shortened(slugify(string_to_ascii(title))) or "story"


def free_slug(parent: "Page", title: str) -> str:
    """A slug for a new child of `parent`, numbered when a sibling already has it."""
    base = ascii_slug(title)
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
