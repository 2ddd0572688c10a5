"""Where each edition is, and how the page a reader is on exists in the other editions."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from depesche.news.structure import edition_homes


@dataclass(frozen=True)
class EditionLink:
    """A link from the current page to one edition, for the switcher and hreflang tags."""

    language_code: str
    name: str
    url: str  # relative, for links on the page
    full_url: str  # absolute, from the Site (never from the request's Host), for hreflang
    is_current: bool
    is_translation: bool


def edition_home_url(language_code=None):
    """The path of an edition's front page, such as /de/."""
    with translation.override(language_code or translation.get_language()):
        return reverse("wagtail_serve", args=[""])


def edition_links(page, request):
    """One link per edition: the same page there when it is translated, else its front page.

    Computed once per request with two queries, however many editions there are.
    """
    cached = getattr(request, "_depesche_edition_links", None)
    if cached is not None:
        return cached
    if not isinstance(page, Page):  # error pages have no page
        page = None
    current = translation.get_language()
    translations = {}
    if page is not None and page.pk:
        for translated in page.get_translations(inclusive=False).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    homes = edition_homes()
    links = []
    for code, name in settings.LANGUAGES:
        target = page if code == current and page is not None else translations.get(code)
        fallback = homes.get(code)
        url_page = target or fallback
        if url_page is None:
            continue
        url = url_page.get_url(request)
        if url is None:
            continue
        links.append(
            EditionLink(
                language_code=code,
                name=name,
                url=url,
                full_url=url_page.get_full_url(request),
                is_current=code == current,
                is_translation=target is not None,
            )
        )
    request._depesche_edition_links = links
    return links
