"""Writing stories into the search index: what of a story is searched, and how."""

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.utils.html import strip_tags
from wagtail.models import Locale

from depesche.news.models import StoryPage

from . import vocabulary
from .analysis import analyse
from .models import StoryEntry

TERM_FIELDS = ["headline", "lead", "body", "headline_more", "lead_more", "body_more"]


def story_texts(story: StoryPage) -> dict[str, str]:
    """The texts of a story that search reads: headline, lead (with the tags' names) and
    body (every block's text, captions and quotes included)."""
    body_field = StoryPage._meta.get_field("body")
    body = " ".join(strip_tags(text) for text in body_field.get_searchable_content(story.body))
    tags = " ".join(tag.name for tag in story.tags.all())
    return {"headline": story.title, "lead": f"{story.lead} {tags}".strip(), "body": body}


def entry_for(
    story: StoryPage, language: str, texts: dict[str, str], known: frozenset[str]
) -> StoryEntry:
    columns = {}
    for field, text in texts.items():
        stems, more = analyse(text, language, known)
        columns[field] = " ".join(stems)
        columns[f"{field}_more"] = " ".join(more)
    text = f"{story.lead}\n{texts['body']}"  # for snippets: without the tags' names
    return StoryEntry(page_id=story.pk, language=language, text=text, **columns)


def index_stories(
    stories: Iterable[StoryPage],
    known_words: Callable[[str, set[str]], frozenset[str]] = vocabulary.known_words,
) -> int:
    """Write (or rewrite) the entries of `stories`; returns how many.

    Their words join their edition's vocabulary first, so that a compound in one of them
    splits at a word another one brings. `known_words(language, words)` gives the
    vocabulary to split with (a rebuild passes the whole vocabulary it loaded).
    """
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    by_language: dict[str, list[tuple[StoryPage, dict[str, str]]]] = defaultdict(list)
    for story in stories:
        by_language[languages[story.locale_id]].append((story, story_texts(story)))
    entries = []
    for language, group in by_language.items():
        words = vocabulary.folded_words(
            (text for _story, texts in group for text in texts.values()), language
        )
        vocabulary.learn(language, words)
        known = known_words(language, words)
        entries.extend(entry_for(story, language, texts, known) for story, texts in group)
    StoryEntry.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["language", "text", *TERM_FIELDS],
    )
    return len(entries)


def remove_stories(page_ids: Iterable[int]) -> None:
    StoryEntry.objects.filter(page_id__in=list(page_ids)).delete()
