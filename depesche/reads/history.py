"""A story's reads over time for the newsroom's chart: hourly at first, then daily."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page

from .hours import hour_of
from .models import ReadBucket

HOURLY_SPAN = datetime.timedelta(hours=48)
DAILY_SPAN_DAYS = 90


@dataclass(frozen=True)
class ChartBar:
    """One bar of the chart: the reads from `start` for an hour or a day."""

    start: datetime.datetime
    reads: int


@dataclass(frozen=True)
class ReadHistory:
    hourly: list[ChartBar]  # per hour of the first 48 hours after publication
    daily: list[ChartBar]  # per day after that, at most the last 90 days


def read_history(page: Page, now: datetime.datetime | None = None) -> ReadHistory:
    """The page's reads per hour for 48 hours after publication, then per day (90 at most)."""
    now = now or timezone.now()
    by_hour = dict(ReadBucket.objects.filter(page_id=page.pk).values_list("hour", "reads"))
    published = page.first_published_at or min(by_hour, default=now)
    first_hour = hour_of(published)
    hourly_end = min(first_hour + HOURLY_SPAN, hour_of(now) + datetime.timedelta(hours=1))
    hourly = []
    moment = first_hour
    while moment < hourly_end:
        hourly.append(ChartBar(moment, by_hour.get(moment, 0)))
        moment += datetime.timedelta(hours=1)
    daily_totals = {}
    for hour, reads in by_hour.items():
        if hour >= first_hour + HOURLY_SPAN:
            day = timezone.localtime(hour).date()
            daily_totals[day] = daily_totals.get(day, 0) + reads
    daily = []
    if now >= first_hour + HOURLY_SPAN:
        first_day = timezone.localtime(first_hour + HOURLY_SPAN).date()
        last_day = timezone.localdate(now)
        first_day = max(first_day, last_day - datetime.timedelta(days=DAILY_SPAN_DAYS - 1))
        day = first_day
        while day <= last_day:
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
            daily.append(ChartBar(start, daily_totals.get(day, 0)))
            day += datetime.timedelta(days=1)
    return ReadHistory(hourly, daily)
