"""Template helpers for the frame of every public page: its edition and the footer."""

from django import template
from django.conf import settings
from django.template import Context
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from depesche.core.memo import remembered
from depesche.news import editions
from depesche.news.models import InfoPage
from depesche.news.structure import edition_homes

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_page(context: Context) -> Page | None:
    """The page in the context, else (on error pages) the active edition's front page."""
    page = context.get("page")
    if isinstance(page, Page):
        return page
    return edition_homes().get(get_language())


def info_pages(locale_id: int) -> list[InfoPage]:
    return list(InfoPage.objects.live().public().filter(locale_id=locale_id).order_by("path"))


@register.simple_tag(takes_context=True)
def site_footer(context: Context, locale_id: int | None) -> str:
    """The footer: the edition's information pages, its feeds and every edition; rendered
    once per content generation and edition."""
    request = context["request"]
    key = ("site-footer", request.get_host(), locale_id, get_language())
    return remembered(
        key,
        lambda: render_to_string(
            "includes/site_footer.html",
            {
                "info_pages": info_pages(locale_id) if locale_id else [],
                "edition_homes": edition_list(),
                "year": timezone.now().year,
            },
            request,
        ),
    )


@register.simple_tag
def edition_list() -> list[tuple[str, str, str]]:
    """(language code, front-page path, name) of every configured edition; no queries, so
    that the server-error page can show it."""
    return [(code, editions.edition_home_url(code), name) for code, name in settings.LANGUAGES]
