"""ASCII slugs for stories, in any script (Cyrillic, Azerbaijani Latin, …)."""

from django.utils.text import slugify
from wagtail.coreutils import string_to_ascii

MAX_SLUG_LENGTH = 80


def ascii_slug(title):
    return slugify(string_to_ascii(title))[:MAX_SLUG_LENGTH].strip("-") or "story"


def free_slug(parent, title):
    """A slug for a new child of `parent`, numbered when a sibling already has it."""
    base = ascii_slug(title)
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
