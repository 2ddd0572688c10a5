"""Recording reads: atomic increments of the total and the hourly bucket, in one transaction."""

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from depesche.news.models import StoryPage

from .hours import hour_of
from .models import ReadBucket, ReadTally

BUCKET_UPSERT = (
    "INSERT INTO {table} (page_id, locale_id, hour, reads) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (page_id, hour) DO UPDATE SET reads = {table}.reads + excluded.reads"
)


def countable_stories(page_ids):
    """{page id: locale id} of the given pages that are stories a reader may see."""
    return dict(
        StoryPage.objects.published().filter(pk__in=page_ids).values_list("pk", "locale_id")
    )


def record_reads(reads_by_page, at=None):
    """Add reads to published stories; returns {page id: new total} for those counted.

    Every change is an increment done by the database (never read-modify-write), so
    concurrent processes and machines sharing the database never lose a read. The caller
    acknowledges a read only after this returns, i.e. after the commit.
    """
    stored_hour = connection.ops.adapt_datetimefield_value(hour_of(at or timezone.now()))
    with transaction.atomic():
        locales = countable_stories(list(reads_by_page))
        if not locales:
            return {}
        ReadTally.objects.bulk_create(
            [ReadTally(page_id=page_id) for page_id in locales], ignore_conflicts=True
        )
        for page_id in locales:
            ReadTally.objects.filter(page_id=page_id).update(
                total=F("total") + reads_by_page[page_id]
            )
        with connection.cursor() as cursor:
            cursor.executemany(
                BUCKET_UPSERT.format(table=ReadBucket._meta.db_table),
                [
                    (page_id, locale_id, stored_hour, reads_by_page[page_id])
                    for page_id, locale_id in locales.items()
                ],
            )
        return dict(
            ReadTally.objects.filter(page_id__in=list(locales)).values_list("page_id", "total")
        )
