"""The editions' front pages and sections, remembered per process until content changes.

Every page shows the edition switcher and the section navigation. Both come from a handful
of pages, but finding them means walking the page table, which grows with every story, so
each process keeps them and forgets them when the content generation changes (any
publish, move or deletion; see depesche.core.memo).
"""

import contextlib
import zoneinfo
from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.utils import timezone, translation

from depesche.core.memo import remembered

if TYPE_CHECKING:
    from depesche.news.models import EditionHomePage, SectionPage


def edition_homes() -> dict[str, "EditionHomePage"]:
    """{language code: live front page} of every edition."""
    from depesche.news.models import EditionHomePage

    def compute() -> dict[str, EditionHomePage]:
        # No ORDER BY path: it would make the database walk the whole page table.
        homes = EditionHomePage.objects.live().select_related("locale").order_by()
        return {home.locale.language_code: home for home in homes}

    return remembered("homes", compute)


def edition_time_zone(language_code: str) -> zoneinfo.ZoneInfo | None:
    """The time zone the edition in this language shows its times in; None if no edition."""
    home = edition_homes().get(language_code)
    return zoneinfo.ZoneInfo(home.time_zone) if home else None


@contextlib.contextmanager
def as_edition_shows(language_code: str) -> Iterator[None]:
    """Render as the edition's pages do: in its language and time zone (for what is made
    outside a reader's request, such as live events)."""
    with translation.override(language_code), timezone.override(edition_time_zone(language_code)):
        yield


def menu_sections(locale_id: int) -> list["SectionPage"]:
    """The edition's published sections shown in menus, in page-tree order."""
    from depesche.news.models import SectionPage

    def compute() -> list[SectionPage]:
        sections = SectionPage.objects.published().in_menu().filter(locale_id=locale_id)
        return sorted(sections.order_by(), key=lambda section: section.path)

    return remembered(("sections", locale_id), compute)


def live_section(path: str) -> "SectionPage | None":
    """The live section at this page-tree path, or None."""
    from depesche.news.models import SectionPage

    def compute() -> dict[str, SectionPage]:
        return {section.path: section for section in SectionPage.objects.live().order_by()}

    return remembered("sections-by-path", compute).get(path)


def view_restriction_paths() -> tuple[list[tuple[str, int]], list[str]]:
    """([(restricted page path, restriction id)], [paths of alias pages]) of the whole site."""
    from wagtail.models import Page, PageViewRestriction

    def compute() -> tuple[list[tuple[str, int]], list[str]]:
        # Each query starts from an index: a join from the (few) restrictions to their pages,
        # `alias_of IS NOT NULL` or the pages' default ORDER BY path let SQLite scan every
        # page instead.
        restrictions = dict(PageViewRestriction.objects.values_list("pk", "page_id"))
        paths = dict(
            Page.objects.filter(pk__in=set(restrictions.values()))
            .order_by()
            .values_list("pk", "path")
            if restrictions
            else ()
        )
        aliases = Page.objects.filter(alias_of_id__gt=0).order_by().values_list("path", flat=True)
        return [(paths[page_id], pk) for pk, page_id in restrictions.items()], list(aliases)

    return remembered("view-restrictions", compute)
