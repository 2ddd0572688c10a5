"""WordPress exports (WXR 1.1 and 1.2, either namespace spelling) as incoming stories.

Posts become stories; their first category their section, their tags tags, their author
the source line, their featured image the lead image and their permalink a redirect.
Pages, attachments, menu items and comments are reported as skipped. The file is read as
a stream, twice: once for the authors and attachments posts refer to, once for the posts.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from lxml import etree

from .report import ImportReport
from .web import SourceError
from .writer import (
    DRAFT,
    PASSWORD,
    PRIVATE,
    PUBLISHED,
    SCHEDULED,
    IncomingStory,
    StoryWriter,
    source_id,
)

if TYPE_CHECKING:
    from tqdm import tqdm

STATES = {
    "publish": PUBLISHED,
    "future": SCHEDULED,
    "draft": DRAFT,
    "pending": DRAFT,
    "auto-draft": DRAFT,
    "private": PRIVATE,
}
UNCATEGORISED = "uncategorized"
NO_DATE = "0000-00-00 00:00:00"


class WxrError(SourceError):
    """The file is not a WordPress export, or breaks off (with the line where it does)."""


@dataclass
class Skipped:
    label: str
    reason: str


@dataclass
class Failed:
    label: str
    reason: str


@dataclass
class ExportFacts:
    site: str
    authors: dict[str, str]  # login: display name
    attachments: dict[str, str]  # attachment id: file URL
    items: int


def items(path: str | Path) -> Iterator[etree._Element]:
    try:
        for _event, item in etree.iterparse(str(path), events=("end",), tag="item"):
            yield item
            item.clear()
            while item.getprevious() is not None:
                del item.getparent()[0]
    except etree.XMLSyntaxError as error:
        raise WxrError(
            _("The file breaks off or is not well-formed XML at line %(line)s: %(message)s")
            % {"line": error.lineno, "message": error.msg}
        ) from error


def channel_facts(path: str | Path) -> ExportFacts:
    """What posts refer to (authors, attachments), read before the posts themselves."""
    site, authors, attachments, count = "", {}, {}, 0
    is_export = False
    try:
        for _event, element in etree.iterparse(str(path), events=("end",)):
            name = etree.QName(element).localname
            if name == "wxr_version":
                is_export = True
            elif name == "base_blog_url" and not site:
                site = (element.text or "").strip()
            elif name == "author" and element.find("{*}author_login") is not None:
                login = text(element, "author_login")
                authors[login] = text(element, "author_display_name") or login
            elif name == "item":
                count += 1
                if text(element, "post_type") == "attachment":
                    attachments[text(element, "post_id")] = text(element, "attachment_url")
                element.clear()
    except etree.XMLSyntaxError:
        pass  # reported with its line when the posts are read
    if not is_export:
        raise WxrError(_("This is not a WordPress export (no wp:wxr_version element)."))
    return ExportFacts(site, authors, attachments, count)


def item_key(item: etree._Element, host: str) -> str:
    """The external id of a post: its post id, else its guid, else its permalink ("" when
    it has none of them: such a post cannot be told apart from others)."""
    post_id = text(item, "post_id")
    if post_id:
        return f"wxr:{host}:{post_id}"
    guid = text(item, "guid")
    if guid:
        return source_id(f"wxr:{host}:guid", guid)
    link = text(item, "link")
    return source_id(f"wxr:{host}:link", link) if link else ""


def item_entries(
    item: etree._Element, facts: ExportFacts
) -> Iterator[IncomingStory | Skipped | Failed]:
    title = text(item, "title") or _("(no title)")
    label = _('item %(id)s "%(title)s" (line %(line)s)') % {
        "id": text(item, "post_id") or "-",
        "title": title,
        "line": item.sourceline,
    }
    post_type = text(item, "post_type")
    status = text(item, "status")
    if post_type != "post":
        yield Skipped(label, skip_reason(post_type))
        return
    if status == "trash" or status not in STATES:
        yield Skipped(label, _("its state is %(state)s") % {"state": status or "?"})
        return
    host = urlsplit(facts.site).hostname or facts.site
    key = item_key(item, host)
    if not key:
        yield Failed(label, _("it has no post id, no guid and no link to tell it apart"))
        return
    try:
        yield story_from(item, key, title, label, facts)
    except ValueError as error:  # a date WordPress could not have written
        yield Failed(label, str(error))
    comments = item.findall("{*}comment")
    if comments:
        yield Skipped(
            ngettext(
                "%(count)d comment of %(item)s", "%(count)d comments of %(item)s", len(comments)
            )
            % {"count": len(comments), "item": label},
            _("comments are not imported"),
        )


def story_from(
    item: etree._Element, key: str, title: str, label: str, facts: ExportFacts
) -> IncomingStory:
    categories = [(c.get("nicename") or "", (c.text or "").strip()) for c in categories_of(item)]
    sections = [c for c in categories if c[0] != UNCATEGORISED]
    password = text(item, "post_password")
    state = STATES[text(item, "status")]
    if state == PUBLISHED and password:
        state = PASSWORD
    meta = {text(m, "meta_key"): text(m, "meta_value") for m in item.findall("{*}postmeta")}
    return IncomingStory(
        external_id=key,
        label=label,
        title=title,
        body_html=text(item, "encoded", namespace_part="content"),
        published=post_date(item),
        state=state,
        password=password,
        lead=strip_tags(text(item, "encoded", namespace_part="excerpt")).strip(),
        source=facts.authors.get(text(item, "creator"), text(item, "creator")),
        tags=[(c.text or "").strip() for c in item.findall("{*}category[@domain='post_tag']")],
        section=sections[0] if sections else None,
        old_url=text(item, "link"),
        lead_image_url=facts.attachments.get(meta.get("_thumbnail_id", ""), ""),
    )


def categories_of(item: etree._Element) -> list[etree._Element]:
    return item.findall("{*}category[@domain='category']")


def post_date(item: etree._Element) -> datetime.datetime:
    """The publication moment: the GMT date, else the site's local date, else now."""
    gmt = text(item, "post_date_gmt")
    if gmt and gmt != NO_DATE:
        return timezone.make_aware(datetime.datetime.fromisoformat(gmt), datetime.UTC)
    local = text(item, "post_date")
    if local and local != NO_DATE:
        return timezone.make_aware(datetime.datetime.fromisoformat(local))
    return timezone.now()


def skip_reason(post_type: str) -> str:
    reasons = {
        "page": _("a page, not a post"),
        "attachment": _("an attachment (fetched where a post uses it)"),
        "nav_menu_item": _("a menu item"),
    }
    return reasons.get(post_type, _("a %(type)s, not a post") % {"type": post_type or "?"})


def text(element: etree._Element, name: str, namespace_part: str | None = None) -> str:
    """The text of a child in any namespace (WXR uses http and https spellings)."""
    for child in element.iterchildren():
        if not isinstance(child.tag, str) or etree.QName(child).localname != name:
            continue
        if namespace_part is None or namespace_part in (etree.QName(child).namespace or ""):
            return (child.text or "").strip()
    return ""


def import_export(
    path: str | Path, writer: StoryWriter, report: ImportReport, progress: "tqdm | None" = None
) -> None:
    """Import every post of a WordPress export, one story per transaction.

    Raises WxrError when the file is no export, or breaks off (after importing the posts
    before the break).
    """
    facts = channel_facts(path)
    if progress is not None:
        progress.reset(total=facts.items)
    for item in items(path):
        for entry in item_entries(item, facts):
            if isinstance(entry, Skipped):
                report.skipped.append((entry.label, entry.reason))
            elif isinstance(entry, Failed):
                report.failed.append((entry.label, entry.reason))
            else:
                writer.write(entry, report)
        if progress is not None:
            progress.update()
