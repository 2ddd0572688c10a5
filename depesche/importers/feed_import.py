"""RSS/Atom feeds and IPTC ninjs documents as incoming stories.

Entries are matched across runs by their guid or id (feeds) or uri (ninjs), so polling the
same source again creates nothing twice and updates what changed.
"""

import calendar
import datetime
import json
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from .html_cleaning import plain_text
from .report import ImportReport
from .web import SourceError
from .writer import DRAFT, PUBLISHED, IncomingStory, StoryWriter, source_id

if TYPE_CHECKING:
    from tqdm import tqdm

T = TypeVar("T")
LEAD_LENGTH = 300  # characters: a description up to this long is a lead, not a story
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# (label, the story or None, why there is none) of one entry of a source.
Entry = tuple[str, IncomingStory | None, str]


def moment(parsed: time.struct_time | None) -> datetime.datetime | None:
    """A feedparser time tuple (UTC) as an aware datetime, or None."""
    if not parsed:
        return None
    return datetime.datetime.fromtimestamp(calendar.timegm(parsed), datetime.UTC)


def feed_stories(content: bytes, *, publish: bool = True) -> Iterator[Entry]:
    """(label, IncomingStory or None, why not) for every entry of an RSS or Atom feed."""
    import feedparser  # here, not at start-up: only importing processes need it

    feed = feedparser.parse(content)
    if not feed.entries and (feed.bozo or not feed.get("version")):
        problem = getattr(feed, "bozo_exception", "") or _("no entries")
        raise SourceError(_("This is not a readable feed: %(problem)s") % {"problem": problem})
    source = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, start=1):
        title = strip_tags(entry.get("title", "")).strip()
        label = _('entry %(number)d "%(title)s"') % {
            "number": number,
            "title": title or _("(no title)"),
        }
        guid = (entry.get("id") or entry.get("link") or "").strip()
        if not guid:
            yield label, None, _("it has neither a guid (id) nor a link to tell it apart")
            continue
        if not title:
            yield label, None, _("it has no title")
            continue
        content_html = entry.content[0].value if entry.get("content") else ""
        lead, body_html = lead_and_body(entry.get("summary", ""), content_html)
        yield (
            label,
            IncomingStory(
                external_id=source_id("feed", guid),
                label=label,
                title=title,
                body_html=body_html,
                published=moment(entry.get("published_parsed") or entry.get("updated_parsed")),
                state=PUBLISHED if publish else DRAFT,
                lead=lead,
                source=source,
                tags=[tag.term for tag in entry.get("tags", []) if tag.get("term")],
                lead_image_url=feed_image(entry),
                lead_image_credit=feed_image_credit(entry),
            ),
            "",
        )


def lead_and_body(summary: str, content_html: str) -> tuple[str, str]:
    """(lead, body HTML) of a feed entry. The description is the lead, cut to its first
    whole sentences when it is long (feedparser also hands the content over as the
    description when there is none). An entry with no content of its own keeps a long
    description as its body; a short one is the lead alone."""
    text = plain_text(summary)
    if content_html:
        return first_sentences(text), content_html
    if len(text) <= LEAD_LENGTH:
        return text, ""
    return first_sentences(text), summary


def first_sentences(text: str) -> str:
    """The text's whole sentences up to LEAD_LENGTH characters (at least the first)."""
    if len(text) <= LEAD_LENGTH:
        return text
    lead = ""
    for sentence in SENTENCE_END.split(text):
        if lead and len(lead) + 1 + len(sentence) > LEAD_LENGTH:
            break
        lead = f"{lead} {sentence}".strip()
    return Truncator(lead).chars(LEAD_LENGTH * 2)


def feed_image(entry: Mapping[str, Any]) -> str:
    for media in entry.get("media_content", []) + entry.get("enclosures", []):
        kind = media.get("type", "") or media.get("medium", "")
        url = media.get("url") or media.get("href")
        if url and kind.startswith("image"):
            return url
    return ""


def feed_image_credit(entry: Mapping[str, Any]) -> str:
    """Media RSS's media:credit (its media:description is read as the entry's summary)."""
    credits = [credit.get("content", "") for credit in entry.get("media_credit", [])]
    return ", ".join(credit.strip() for credit in credits if credit.strip())


def ninjs_stories(content: bytes, *, publish: bool = True) -> Iterator[Entry]:
    """(label, IncomingStory or None, why not) for every item of ninjs JSON.

    The JSON is one item, a list of items or an object with "items" (as this platform's API
    answers); versions 1 to 3 are read alike (property names compared in lower case).
    """
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as error:
        raise SourceError(_("This is not JSON: %(problem)s") % {"problem": error}) from error
    if isinstance(data, dict) and "items" in data:
        data = data["items"]
    items = data if isinstance(data, list) else [data]
    for number, raw in enumerate(items, start=1):
        item = lowercase_keys(raw) if isinstance(raw, dict) else {}
        title = first_value(item.get("headlines")) or item.get("headline", "")
        label = _('item %(number)d "%(title)s"') % {
            "number": number,
            "title": title or _("(no title)"),
        }
        if not str(item.get("uri") or "").strip():
            yield label, None, _("it has no uri to tell it apart")
            continue
        if not title:
            yield label, None, _("it has no headline")
            continue
        body = first_value(item.get("bodies")) or item.get("body_html", "")
        published = item.get("versioncreated") or item.get("firstcreated")
        try:
            published = datetime.datetime.fromisoformat(published) if published else None
        except ValueError:
            yield label, None, _("its date %(date)s is not ISO 8601") % {"date": published}
            continue
        yield (
            label,
            IncomingStory(
                external_id=source_id("ninjs", str(item["uri"]).strip()),
                label=label,
                title=title,
                body_html=body,
                published=published,
                state=PUBLISHED if publish else DRAFT,
                lead=first_value(item.get("descriptions")) or item.get("description_text", ""),
                source=", ".join(
                    source.get("name", "") for source in item.get("infosources", []) or []
                ),
                tags=[subject.get("name", "") for subject in item.get("subjects", []) or []],
                **ninjs_image(item),
            ),
            "",
        )


def lowercase_keys(value: T) -> T:
    if isinstance(value, dict):
        return {key.lower(): lowercase_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [lowercase_keys(item) for item in value]
    return value


def first_value(entries: object) -> str:
    if isinstance(entries, list) and entries and isinstance(entries[0], dict):
        return str(entries[0].get("value", ""))
    return ""


def ninjs_image(item: Mapping[str, Any]) -> dict[str, str]:
    """The feature image association's widest rendition, alt text, caption and credit."""
    associations = item.get("associations") or []
    if isinstance(associations, dict):  # ninjs 1.x keyed associations by name
        associations = list(associations.values())
    for association in associations:
        if association.get("type") != "picture":
            continue
        renditions = [r for r in association.get("renditions") or [] if r.get("href")]
        if renditions:
            descriptions = {
                entry.get("role", ""): str(entry.get("value", ""))
                for entry in association.get("descriptions") or []
                if isinstance(entry, dict)
            }
            return {
                "lead_image_url": max(renditions, key=lambda r: r.get("width") or 0)["href"],
                "lead_image_alt": descriptions.get("alt", ""),
                "lead_image_caption": descriptions.get("caption")
                or str(association.get("description_text") or ""),
                "lead_image_credit": str(association.get("by") or ""),
            }
    return {}


def import_entries(
    entries: Iterable[Entry],
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None" = None,
) -> None:
    """Write every entry; report the ones that cannot be stories."""
    for label, incoming, reason in entries:
        if incoming is None:
            report.failed.append((label, reason))
        else:
            writer.write(incoming, report)
        if progress is not None:
            progress.update()
