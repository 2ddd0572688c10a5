"""Where each edition is, and how the page a reader is on exists in the other editions."""

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from depesche.core.memo import remembered
from depesche.core.wagtail_adapter import site_known_for
from depesche.news.structure import edition_homes

if TYPE_CHECKING:
    from taggit.models import Tag


@dataclass(frozen=True)
class EditionLink:
    """A link from the current page to one edition, for the switcher and hreflang tags."""

    language_code: str
    name: str
    url: str  # relative, for links on the page
    full_url: str  # absolute, from the Site (never from the request's Host), for hreflang
    is_current: bool
    is_translation: bool


def edition_home_url(language_code: str | None = None) -> str:
    """The path of an edition's front page, such as /de/."""
    return language_prefix_url(language_code or translation.get_language())


def tag_path(tag_slug: str, language_code: str | None = None) -> str:
    """The path of a tag's page in an edition (the active one unless given)."""
    return f"{edition_home_url(language_code)}tags/{tag_slug}/"


def path_below_home(language_code: str, url_path: str) -> str | None:
    """The part of a page's URL path below its edition's front page; None if outside it."""
    home = edition_homes().get(language_code)
    if home is None or not url_path.startswith(home.url_path):
        return None
    return url_path[len(home.url_path) :]


@cache
def language_prefix_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def edition_home_urls(request: HttpRequest | None) -> dict[str, tuple[str, str]]:
    """{language code: (relative URL, full URL)} of every edition's front page."""
    site = site_known_for(request)

    def compute() -> dict[str, tuple[str, str]]:
        urls = {
            code: (home.get_url(request), home.get_full_url(request))
            for code, home in edition_homes().items()
        }
        return {code: pair for code, pair in urls.items() if pair[0] is not None}

    return remembered(("edition-home-urls", getattr(site, "pk", None)), compute)


def edition_links(page: object, request: HttpRequest) -> list[EditionLink]:
    """One link per edition: the same page there when it is translated, else its front page.

    Computed once per request with one query, however many editions there are; URLs are
    the editions' front-page URLs (from memory) followed by the page's path below them.
    """
    cached = getattr(request, "_depesche_edition_links", None)
    if cached is not None:
        return cached
    current = translation.get_language()
    url_paths = {}
    if isinstance(page, Page) and page.pk:  # error pages have no page
        url_paths = dict(
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .values_list("locale__language_code", "url_path")
        )
        url_paths[current] = page.url_path
    below_homes = {code: path_below_home(code, url_path) for code, url_path in url_paths.items()}
    return remembered_links(request, below_homes)


def tag_edition_links(tag: "Tag", request: HttpRequest) -> list[EditionLink]:
    """One link per edition for a tag's page: the same topic's tag page where the topic is
    mapped across editions (TagGroup) and stories there carry its tag, else that edition's
    front page. One query, remembered for the request like `edition_links`."""
    from .models import StoryPage, TagInEdition

    current = translation.get_language()
    carried = StoryPage.objects.published().filter(
        locale=OuterRef("locale"), tagged_items__tag=OuterRef("tag")
    )
    slugs = dict(
        TagInEdition.objects.filter(
            group__names__tag=tag, group__names__locale__language_code=current
        )
        .filter(Exists(carried))
        .values_list("locale__language_code", "tag__slug")
    )
    slugs[current] = tag.slug
    return remembered_links(request, {code: f"tags/{slug}/" for code, slug in slugs.items()})


def remembered_links(request: HttpRequest, below_homes: dict[str, str | None]) -> list[EditionLink]:
    """One link per edition: its front page followed by the page's path below it where
    `below_homes` has one (a translation), else the front page; remembered for the request."""
    current = translation.get_language()
    home_urls = edition_home_urls(request)
    links = []
    for code, name in settings.LANGUAGES:
        if code not in home_urls:
            continue
        home_url, home_full_url = home_urls[code]
        below_home = below_homes.get(code)
        links.append(
            EditionLink(
                language_code=code,
                name=name,
                url=home_url + (below_home or ""),
                full_url=home_full_url + (below_home or ""),
                is_current=code == current,
                is_translation=below_home is not None,
            )
        )
    request._depesche_edition_links = links
    return links
