"""Scheduled publishing claims each due item once; periodic jobs are queued once a run.

The worker processes themselves are tested in test_worker_processes.py.
"""

import datetime

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry, Revision

from depesche.news.models import StoryPage
from depesche.news.scheduling import publish_due, run_schedule, unpublish_expired
from depesche.worker import periodic
from depesche.worker.models import ScheduledRun
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

PUBLISHING = "depesche.news.jobs.publish_scheduled_pages"
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def scheduled_story(section, seconds=20):
    story = StoryPageFactory(parent=section("de", "politik"), title="Geplant", live=False)
    story.go_live_at = timezone.now() + datetime.timedelta(seconds=seconds)
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def test_a_due_revision_is_published_once_however_often_the_schedule_runs(section):
    story = scheduled_story(section)
    assert not story.live
    later = timezone.now() + datetime.timedelta(seconds=30)
    with time_machine.travel(later):
        assert publish_due(later) == 1
        assert publish_due(later) == 0
    story.refresh_from_db()
    assert story.live
    assert PageLogEntry.objects.filter(page=story, action="wagtail.publish.scheduled").count() == 1


def test_a_revision_claimed_by_another_process_is_left_to_it(section):
    story = scheduled_story(section)
    later = timezone.now() + datetime.timedelta(seconds=30)
    # Another worker claimed it between our look at the schedule and our claim.
    Revision.objects.filter(object_id=str(story.pk)).update(approved_go_live_at=None)
    assert publish_due(later) == 0
    story.refresh_from_db()
    assert not story.live


def test_nothing_is_published_before_its_time(section):
    story = scheduled_story(section, seconds=120)
    assert run_schedule(timezone.now() + datetime.timedelta(seconds=60)) == (0, 0)
    story.refresh_from_db()
    assert not story.live


def test_an_expired_story_is_unpublished_once(section):
    story = StoryPageFactory(parent=section("de", "politik"), title="Befristet")
    story.expire_at = timezone.now() + datetime.timedelta(seconds=20)
    story.save_revision().publish()
    later = timezone.now() + datetime.timedelta(seconds=30)
    with time_machine.travel(later):
        assert unpublish_expired(later) == 1
        assert unpublish_expired(later) == 0
    story.refresh_from_db()
    assert (story.live, story.expired) == (False, True)
    unpublished = PageLogEntry.objects.filter(page=story, action="wagtail.unpublish.scheduled")
    assert unpublished.count() == 1


@pytest.fixture
def queue(settings):
    settings.TASKS = QUEUE
    assert periodic.can_schedule()
    yield
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert not periodic.can_schedule()


def test_every_job_of_the_apps_is_registered():
    assert {
        "depesche.news.jobs.publish_scheduled_pages",
        "depesche.importers.jobs.poll_due_subscriptions",
        "depesche.reads.jobs.rotate_reads_cache",
        "depesche.worker.jobs.prune_finished_tasks",
    } <= set(periodic.JOBS)


def test_a_periodic_run_is_queued_once_for_the_start_of_the_next_interval(queue):
    job = periodic.JOBS[PUBLISHING]
    now = datetime.datetime(2026, 12, 2, 10, 0, 10, tzinfo=datetime.UTC)
    assert periodic.schedule_next(job, now)
    assert not periodic.schedule_next(job, now + datetime.timedelta(seconds=5))  # a 2nd worker
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "depesche.worker.periodic.run_job"
    assert queued.args_kwargs["args"] == [job.name]
    assert queued.run_after == datetime.datetime(2026, 12, 2, 10, 0, 30, tzinfo=datetime.UTC)
    assert ScheduledRun.objects.count() == 1


def test_a_run_queues_the_next_before_doing_the_job(queue, section):
    story = scheduled_story(section)
    assert not story.live
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=30)):
        periodic.run_job.call(PUBLISHING)
    story.refresh_from_db()
    assert story.live
    queued = DBTaskResult.objects.filter(status="READY", task_path=periodic.run_job.module_path)
    assert [task.args_kwargs["args"] for task in queued] == [[PUBLISHING]]


def test_a_revision_that_fails_to_publish_stays_scheduled(section, monkeypatch):
    story = scheduled_story(section)
    scheduled_at = story.scheduled_revision.approved_go_live_at

    def broken(*args, **kwargs):
        raise RuntimeError("storage unavailable")

    monkeypatch.setattr(Revision, "publish", broken)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=30)):
        assert publish_due(timezone.now()) == 0
    story.refresh_from_db()
    assert not story.live
    assert story.scheduled_revision.approved_go_live_at == scheduled_at
