"""The news app's periodic jobs (run by the worker, see depesche/worker/periodic.py)."""

import datetime

from django.conf import settings

from depesche.worker.periodic import periodic

from .scheduling import run_schedule


@periodic(every=datetime.timedelta(seconds=settings.DEPESCHE_SCHEDULING_SECONDS))
def publish_scheduled_pages() -> None:
    run_schedule()
