"""Every tag gets a slug its page can be found by, whatever characters its name has."""

import itertools

from django.db.models.signals import pre_save
from taggit.models import Tag

FALLBACK_SLUG = "tag"


def give_every_tag_a_slug(sender: type[Tag], instance: Tag, **kwargs) -> None:
    """A name of punctuation only ("," or "<!--") slugifies to nothing: "tag", "tag-2", …

    taggit would save the first with an empty slug, whose page cannot be linked.
    """
    if instance.slug:
        return
    taken = set(Tag.objects.filter(slug__startswith=FALLBACK_SLUG).values_list("slug", flat=True))
    candidates = (
        FALLBACK_SLUG if number == 1 else f"{FALLBACK_SLUG}-{number}"
        for number in itertools.count(1)
    )
    instance.slug = next(slug for slug in candidates if slug not in taken)


def connect() -> None:
    pre_save.connect(give_every_tag_a_slug, sender=Tag, dispatch_uid="tag-fallback-slug")
