"""Plausible read counts for the demo stories, so that most read is not empty at first.

Reads go through the read counter's own recording (depesche.reads.counting), spread over
the last few days; stories that already have a count are left alone, so loading the demo
again adds nothing.
"""

import datetime
import random
from collections.abc import Iterable

from depesche.news.models import StoryPage
from depesche.reads.counting import record_reads
from depesche.reads.models import ReadTally

HOURS_AGO = (0, 2, 7, 20, 50, 110)  # when the reads came in


def seed_reads(stories: Iterable[StoryPage], now: datetime.datetime) -> int:
    """Give each story without a count some reads, more for newer ones; returns how many
    stories got reads."""
    counted = set(ReadTally.objects.values_list("page_id", flat=True))
    unread = [story for story in stories if story.pk not in counted]
    for hours in HOURS_AGO:
        at = now - datetime.timedelta(hours=hours)
        reads = {
            story.pk: reads_at(story, hours, now)
            for story in unread
            if story.first_published_at is not None and story.first_published_at <= at
        }
        if reads:
            record_reads(reads, at=at)
    return len(unread)


def reads_at(story: StoryPage, hours: int, now: datetime.datetime) -> int:
    """A story's reads in one hour: a popularity of its own, fading with its age."""
    popularity = random.Random(story.pk).paretovariate(1.3)  # noqa: S311 (not security)
    age_days = (now - story.first_published_at).total_seconds() / 86400
    return max(1, round(40 * popularity / (1 + age_days) / (1 + hours / 24)))
