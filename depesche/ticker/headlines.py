"""The newsticker: an edition's latest headlines."""

from django.conf import settings

from depesche.news.models import StoryPage


def latest_headlines(locale_id):
    return (
        StoryPage.objects.published()
        .for_edition(locale_id)
        .newest_first()
        .only("title", "url_path", "first_published_at", "kind")[: settings.DEPESCHE_TICKER_LENGTH]
    )
