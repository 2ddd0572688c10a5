"""Polling subscriptions that are due, with backoff after failures."""

import datetime

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import ImportRun, Subscription
from .runs import downloaded, run_import
from .web import SourceError

MAX_WAIT = datetime.timedelta(days=1)


def due_subscriptions(now: datetime.datetime | None = None) -> QuerySet[Subscription]:
    """Active subscriptions never polled or whose next poll has come."""
    now = now or timezone.now()
    due = Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    return Subscription.objects.filter(due, active=True).select_related("section__locale")


def poll(subscription: Subscription, now: datetime.datetime | None = None) -> ImportRun | None:
    """Import what the source holds now; returns the ImportRun (None if it did not answer)."""
    now = now or timezone.now()
    run, problem = None, ""
    try:
        with downloaded(subscription.url) as path:
            run = run_import(
                path,
                subscription.source_format,
                subscription.section,
                source=subscription.url,
                publish=subscription.publish,
            )
        problem = run.problem
    except SourceError as error:
        problem = str(error)
    record_poll(subscription, now, problem)
    return run


def record_poll(subscription: Subscription, now: datetime.datetime, problem: str) -> None:
    subscription.last_polled_at = now
    if problem:
        subscription.failures_in_a_row += 1
        subscription.last_error = problem
    else:
        subscription.failures_in_a_row = 0
        subscription.last_error = ""
    subscription.next_poll_at = now + wait(subscription)
    with transaction.atomic():
        subscription.save()


def wait(subscription: Subscription) -> datetime.timedelta:
    """The interval, doubled for every failure in a row, at most a day."""
    interval = datetime.timedelta(minutes=max(subscription.interval_minutes, 1))
    return min(interval * 2 ** min(subscription.failures_in_a_row, 20), MAX_WAIT)
