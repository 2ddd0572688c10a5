"""Jobs that run at set intervals, once each time, however many workers run.

An app registers a job in its `jobs` module:

    @periodic(every=datetime.timedelta(seconds=30))
    def publish_scheduled_pages() -> None: ...

The worker (`manage.py run_worker`) schedules each job's next run when it starts: a row
of `ScheduledRun` for the job and the interval's number, and a task queued to run at the
interval's start. That task first schedules the run after it, then does the job. The
unique row is the claim: when several workers start or a run is scheduled twice, only the
first insert queues a task, and the queue hands each task to one worker.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task, task_backends

from .models import ScheduledRun

KEPT_RUNS = 100  # rows of past runs kept per job


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every: datetime.timedelta
    function: Callable[[], None]


JOBS: dict[str, PeriodicJob] = {}


def periodic(every: datetime.timedelta) -> Callable:
    """Register the decorated function as a job to run once per `every`."""

    def register(function: Callable[[], None]) -> Callable[[], None]:
        name = f"{function.__module__}.{function.__qualname__}"
        JOBS[name] = PeriodicJob(name, every, function)
        return function

    return register


def can_schedule() -> bool:
    """Whether the task backend can hold a task until a later time (the immediate
    backend, which the tests use, runs each task at once)."""
    return task_backends["default"].supports_defer


def schedule_next(job: PeriodicJob, now: datetime.datetime | None = None) -> bool:
    """Queue the job's next run (the start of the next interval after `now`); False
    when another worker already has."""
    seconds = job.every.total_seconds()
    slot = int((now or timezone.now()).timestamp() // seconds) + 1
    starts = datetime.datetime.fromtimestamp(slot * seconds, tz=datetime.UTC)
    try:
        with transaction.atomic():
            ScheduledRun.objects.create(job=job.name, slot=slot)
            run_job.using(run_after=starts).enqueue(job.name)
    except IntegrityError:
        return False
    ScheduledRun.objects.filter(job=job.name, slot__lt=slot - KEPT_RUNS).delete()
    return True


def schedule_all() -> list[str]:
    """Queue the next run of every registered job; the names of those queued now."""
    return [name for name, job in sorted(JOBS.items()) if schedule_next(job)]


@task()
def run_job(name: str) -> None:
    job = JOBS.get(name)
    if job is None:  # a job since removed from the code
        return
    schedule_next(job)
    job.function()
