"""The demo's tags mapped across editions: each tag of the material is one topic, and so is
each tag of the seed story, which its four editions list in the same order."""

from django.db import transaction
from taggit.models import Tag
from wagtail.models import Locale

from depesche.demo import material
from depesche.news.models import StoryPage, StoryTag, TagGroup, TagInEdition


@transaction.atomic
def ensure_tag_groups(seed_stories: list[StoryPage]) -> int:
    """One TagGroup per topic, named in English; returns how many are new."""
    topics = list(material.load().tags.values()) + seed_topics(seed_stories)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    created = 0
    for names in topics:
        group, new = TagGroup.objects.get_or_create(name=names["en"])
        created += new
        for code, name in names.items():
            if code not in locales:
                continue
            tag = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
            TagInEdition.objects.get_or_create(
                group=group, locale=locales[code], defaults={"tag": tag}
            )
    return created


def seed_topics(seed_stories: list[StoryPage]) -> list[dict[str, str]]:
    """{language: tag name} for the n-th tag of every edition's seed story."""
    tags_in_order = {
        story.locale.language_code: list(
            StoryTag.objects.filter(content_object=story)
            .order_by("pk")
            .values_list("tag__name", flat=True)
        )
        for story in seed_stories
    }
    if "en" not in tags_in_order:
        return []
    return [
        {code: names[index] for code, names in tags_in_order.items() if index < len(names)}
        for index in range(len(tags_in_order["en"]))
    ]
