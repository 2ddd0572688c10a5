"""Scheduling without cron: real workers publish and unpublish on time, each item once.

Two `manage.py run_worker` processes run on a production site (SQLite here, PostgreSQL in
the PostgreSQL stage) with the schedule checked every second.
"""

import json
import time

import pytest

from tests.support import servers

SCHEDULE = """
import datetime, json
from django.utils import timezone
from depesche.news.models import StoryPage
stories = StoryPage.objects.live().filter(locale__language_code="de").order_by("pk")
going_live, expiring = stories[0], stories[1]
going_live.unpublish()
revision = going_live.save_revision()
going_live.go_live_at = timezone.now() + datetime.timedelta(seconds={seconds})
revision = going_live.save_revision()
revision.publish()
expiring.expire_at = timezone.now() + datetime.timedelta(seconds={seconds})
expiring.save_revision().publish()
print(json.dumps([going_live.pk, expiring.pk]))
"""

STATE = """
import json
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageLogEntry
logged = PageLogEntry.objects.filter
pages = Page.objects.filter(pk__in={pks})
runs = DBTaskResult.objects.filter(task_path="depesche.worker.periodic.run_job")
print(json.dumps({{
    "live": {{str(page.pk): page.live for page in pages}},
    "published": logged(page_id={pks}[0], action="wagtail.publish.scheduled").count(),
    "unpublished": logged(page_id={pks}[1], action="wagtail.unpublish.scheduled").count(),
    "runs_done": runs.filter(status="SUCCESSFUL").count(),
    "runs_by_two": sum(len(run.worker_ids) > 1 for run in runs),
}}))
"""


def state(env, pks):
    return json.loads(servers.run_manage(env, "shell", "-c", STATE.format(pks=pks)).split("\n")[-2])


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("worker")
    env = servers.production_env(var_dir, DEPESCHE_SCHEDULING_SECONDS=1)
    servers.prepare_site(env)
    return env, var_dir


def test_two_workers_publish_and_unpublish_on_time_and_once(site):
    env, var_dir = site
    output = servers.run_manage(env, "shell", "-c", SCHEDULE.format(seconds=3))
    pks = json.loads(output.strip().splitlines()[-1])
    going_live, expiring = (str(pk) for pk in pks)
    assert state(env, pks)["live"] == {going_live: False, expiring: True}
    workers = [servers.start_worker(env, var_dir / f"worker-{n}.log") for n in (1, 2)]
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = state(env, pks)
            if now["live"] == {going_live: True, expiring: False}:
                break
            time.sleep(0.5)
        time.sleep(3)  # more runs of the schedule, by either worker
        now = state(env, pks)
    finally:
        for worker in workers:
            servers.stop(worker)
    logs = "".join((var_dir / f"worker-{n}.log").read_text() for n in (1, 2))
    assert now["live"] == {going_live: True, expiring: False}, logs
    assert (now["published"], now["unpublished"]) == (1, 1)
    assert now["runs_done"] >= 3
    assert now["runs_by_two"] == 0


def test_the_worker_refuses_a_task_backend_that_cannot_wait(site):
    env, _var_dir = site
    immediate = {**env, "DJANGO_SETTINGS_MODULE": "depesche.settings.test"}
    with pytest.raises(servers.subprocess.CalledProcessError) as failed:
        servers.run_manage(immediate, "run_worker")
    assert "queues" in failed.value.stderr
