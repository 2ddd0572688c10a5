"""The newsticker: an edition's latest headlines."""

from django.conf import settings

from depesche.news.models import StoryPage


def latest_headlines(locale_id):
    return (
        StoryPage.objects.published()
        .for_edition(locale_id)
        .newest_first()
        .for_ticker()[: settings.DEPESCHE_TICKER_LENGTH]
    )
