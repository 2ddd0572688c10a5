"""The newsticker: an edition's latest headlines."""

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from depesche.channel.events import latest_id
from depesche.core.memo import remembered
from depesche.news.models import StoryPage
from depesche.news.models.querysets import StoryQuerySet


def latest_headlines(locale_id: int) -> StoryQuerySet:
    return (
        StoryPage.objects.published()
        .for_edition(locale_id)
        .newest_first()
        .for_ticker()[: settings.DEPESCHE_TICKER_LENGTH]
    )


def ticker_html(request: HttpRequest, locale_id: int) -> str:
    """The edition's ticker, rendered once per content generation, language and day.

    It changes only when stories are published (a new generation) or at midnight (dates
    replace times), so every page of the edition and the refreshing fragment share one
    rendering. It carries the last live event its headlines reflect (read before them),
    so an open page asks the live channel only for what came after.
    """
    key = (
        "ticker",
        request.get_host(),
        locale_id,
        translation.get_language(),
        timezone.localdate(),
    )

    def render() -> str:
        live_since = latest_id()
        context = {"headlines": latest_headlines(locale_id), "live_since": live_since}
        return render_to_string("includes/newsticker.html", context, request)

    return remembered(key, render)
