"""The search page's parameters, read from a query string without trusting any of them.

A value that cannot be used (an unknown section, a date that does not exist, a page number
that is not one) is left out, and a message says so; the reader still gets a page.
"""

import datetime
import re
import zoneinfo
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from depesche.news.models import SectionPage, StoryKind

from . import engine
from .query import parse

MAX_PAGE = 500  # deeper pages are no use to a reader and costly to rank
PAGE_NUMBER = re.compile(r"[0-9]{1,6}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FIRST_DATE, LAST_DATE = datetime.date(1900, 1, 1), datetime.date(2999, 12, 31)
TAG_SLUG = re.compile(r"[-\w]{1,100}")
ORDERS = {
    engine.RELEVANCE: _("Most relevant first"),
    engine.NEWEST: _("Newest first"),
}
# The filters a reader sets, in the order the page's links write them.
FILTER_NAMES = ("order", "section", "kind", "from", "to", "tag")


@dataclass
class SearchParameters:
    text: str = ""
    order: str = engine.RELEVANCE
    section: SectionPage | None = None
    kind: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    tag: Tag | None = None
    page: int = 1
    problems: list["str | Promise"] = field(default_factory=list)

    @property
    def narrowed(self) -> bool:
        """Whether the reader set any filter (the page then shows them open)."""
        return bool(
            self.order != engine.RELEVANCE
            or self.section
            or self.kind
            or self.date_from
            or self.date_to
        )

    def filters(self, locale_id: int, zone: zoneinfo.ZoneInfo) -> engine.Filters:
        """The engine's filters; dates are whole days in the edition's time zone."""
        return engine.Filters(
            locale_id=locale_id,
            section_path=self.section.path if self.section else None,
            tag_id=self.tag.pk if self.tag else None,
            kind=self.kind or None,
            published_from=start_of_day(self.date_from, zone) if self.date_from else None,
            published_before=(
                start_of_day(self.date_to + datetime.timedelta(days=1), zone)
                if self.date_to
                else None
            ),
        )

    def query_string(self, leave_out: str = "") -> str:
        """The query and filters (less `leave_out`) as a query string, without the page."""
        values = QueryDict(mutable=True)
        values["q"] = self.text
        used = {
            "order": self.order if self.order != engine.RELEVANCE else "",
            "section": self.section.slug if self.section else "",
            "kind": self.kind,
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "tag": self.tag.slug if self.tag else "",
        }
        for name in FILTER_NAMES:
            if used[name] and name != leave_out:
                values[name] = used[name]
        return values.urlencode()


def start_of_day(day: datetime.date, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)


def read(query: QueryDict, sections: list[SectionPage]) -> SearchParameters:
    """The parameters of a search page request; `sections` are the edition's own."""
    found = SearchParameters(text=parse(query.get("q", "")).text)
    order = query.get("order", "")
    if order in ORDERS:
        found.order = order
    elif order:
        found.problems.append(_("The order asked for is unknown; results are by relevance."))
    found.section = read_section(query.get("section", ""), sections, found.problems)
    kind = query.get("kind", "")
    if kind in StoryKind.values:
        found.kind = kind
    elif kind:
        found.problems.append(_("The kind of story asked for is unknown; all kinds are shown."))
    found.date_from = read_date(query.get("from", ""), found.problems)
    found.date_to = read_date(query.get("to", ""), found.problems)
    if found.date_from and found.date_to and found.date_from > found.date_to:
        found.problems.append(_("The first date is after the last; the dates are left out."))
        found.date_from = found.date_to = None
    found.tag = read_tag(query.get("tag", ""), found.problems)
    found.page = read_page(query.get("page", ""), found.problems)
    return found


def read_section(slug: str, sections: list[SectionPage], problems: list) -> SectionPage | None:
    if not slug:
        return None
    section = next((section for section in sections if section.slug == slug), None)
    if section is None:
        problems.append(_("This edition has no such section; all sections are searched."))
    return section


def read_date(value: str, problems: list) -> datetime.date | None:
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value) if DATE.fullmatch(value) else None
    except ValueError:
        day = None
    if day is None or not FIRST_DATE <= day <= LAST_DATE:
        problems.append(_("A date was not understood (write it as YYYY-MM-DD); it is left out."))
        return None
    return day


def read_tag(slug: str, problems: list) -> Tag | None:
    if not slug:
        return None
    tag = Tag.objects.filter(slug=slug).first() if TAG_SLUG.fullmatch(slug) else None
    if tag is None:
        problems.append(_("There is no such topic; stories of every topic are searched."))
    return tag


def read_page(value: str, problems: list) -> int:
    if not value:
        return 1
    number = int(value) if PAGE_NUMBER.fullmatch(value) else 0
    if not 1 <= number <= MAX_PAGE:
        problems.append(_("There is no such page of results; here is the first."))
        return 1
    return number
