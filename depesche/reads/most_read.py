"""Most-read lists of an edition, summed from the hourly buckets."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from depesche.news.models import StoryPage

from .hours import hour_of
from .models import ReadBucket

PERIODS = {"day": datetime.timedelta(hours=24), "week": datetime.timedelta(days=7)}


def most_read(
    locale_id: int, period: str, limit: int | None = None, now: datetime.datetime | None = None
) -> list[tuple[StoryPage, int]]:
    """[(story, reads)] of the edition's published stories most read in the period.

    The period is counted in whole hours ending with the current one.
    """
    limit = limit or settings.DEPESCHE_MOST_READ_LENGTH
    since = hour_of(now or timezone.now()) - PERIODS[period] + datetime.timedelta(hours=1)
    rows = list(
        ReadBucket.objects.filter(locale_id=locale_id, hour__gte=since)
        .values_list("page_id")
        .annotate(reads=Sum("reads"))
        .order_by("-reads", "page_id")[: limit * 2]
    )
    stories = StoryPage.objects.published().for_listing().in_bulk([page_id for page_id, _ in rows])
    return [(stories[page_id], reads) for page_id, reads in rows if page_id in stories][:limit]


def edition_lists(locale_id: int) -> dict[str, list[tuple[StoryPage, int]]]:
    """The context of the most-read box: the day's and the week's lists."""
    return {period: most_read(locale_id, period) for period in PERIODS}
