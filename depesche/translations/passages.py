"""A story as passages (headline, lead, each body block), and what changed between two versions."""

import difflib
import re
from dataclasses import dataclass
from html import unescape

from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from depesche.news.models import StoryPage

WORDS = re.compile(r"(\s+)")


@dataclass(frozen=True)
class Passage:
    label: str
    text: str


@dataclass(frozen=True)
class ComparedPassage:
    """A passage of the source now, marked against the source the translation was made from."""

    label: str
    html: SafeString  # the text with <ins> and <del> where it changed
    changed: bool
    removed: bool = False


def story_passages(story: StoryPage) -> list[Passage]:
    """What a translator translates, in reading order: headline, lead, lead image, body."""
    passages = [Passage(str(_("Headline")), story.title), Passage(str(_("Lead")), story.lead)]
    if story.lead_image_id:
        passages += [
            Passage(str(_("Lead image caption")), story.lead_image_caption),
            Passage(str(_("Lead image alt text")), story.lead_image_alt),
        ]
    for block in story.body:
        passages.append(Passage(str(block.block.label), block_text(block.block_type, block.value)))
    return passages


def block_text(block_type: str, value: object) -> str:
    """The words of one body block; images and videos have their caption."""
    if block_type == "paragraph":
        return unescape(strip_tags(value.source)).strip()
    if block_type == "heading":
        return str(value)
    if block_type == "quote":
        return " — ".join(part for part in (value["quote"], value["attribution"]) if part)
    if block_type == "gallery":
        captions = [photo["caption"] for photo in value["photos"] if photo["caption"]]
        return " / ".join(part for part in (value["title"], *captions) if part)
    return value.get("caption", "") if hasattr(value, "get") else ""


def compare(before: list[Passage], after: list[Passage]) -> list[ComparedPassage]:
    """The passages of `after`, each marked with what changed since `before`.

    Passages are matched by their text first, so a paragraph moved or added does not
    mark every passage after it; passages removed appear where they were, struck through.
    """
    matcher = difflib.SequenceMatcher(
        None, [p.text for p in before], [p.text for p in after], autojunk=False
    )
    compared: list[ComparedPassage] = []
    for operation, b_start, b_end, a_start, a_end in matcher.get_opcodes():
        old, new = before[b_start:b_end], after[a_start:a_end]
        if operation == "equal":
            compared += [ComparedPassage(p.label, escape(p.text), changed=False) for p in new]
            continue
        for index in range(max(len(old), len(new))):
            was = old[index] if index < len(old) else None
            now = new[index] if index < len(new) else None
            if now is None:
                html = format_html("<del>{}</del>", was.text)
                compared.append(ComparedPassage(was.label, html, changed=True, removed=True))
            else:
                html = changed_words(was.text if was else "", now.text)
                compared.append(ComparedPassage(now.label, html, changed=True))
    return compared


def changed_words(before: str, after: str) -> SafeString:
    """`after` as HTML with the words added in <ins> and the words removed in <del>."""
    old, new = WORDS.split(before), WORDS.split(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    parts = []
    for operation, o_start, o_end, n_start, n_end in matcher.get_opcodes():
        removed, added = "".join(old[o_start:o_end]), "".join(new[n_start:n_end])
        if operation == "equal":
            parts.append(escape(added))
            continue
        if removed.strip():
            parts.append(format_html("<del>{}</del>", removed))
        if added.strip():
            parts.append(format_html("<ins>{}</ins>", added))
        elif added:
            parts.append(escape(added))
    return format_html_join("", "{}", ((part,) for part in parts))
