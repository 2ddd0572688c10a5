"""The worker's own periodic job: forget the queue's finished tasks after a day (every
periodic run leaves one)."""

import datetime

from django.core.management import call_command

from .periodic import periodic


@periodic(every=datetime.timedelta(days=1))
def prune_finished_tasks() -> None:
    call_command(
        "prune_db_task_results", queue_name="*", min_age_days=1, failed_min_age_days=14, verbosity=0
    )
