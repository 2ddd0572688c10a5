"""Scheduled publishing and unpublishing, each exactly once however many workers run.

Wagtail keeps the schedule (a revision approved to go live at a time, a live page's
expiry) and `publish_scheduled` acts on it; two of those running at once could both
publish the same revision. Here each due item is first claimed with a conditional
update that only one process can win, then published or unpublished as Wagtail does it,
with the same log entries and signals (so caches are invalidated as on any publish).
An item that fails is put back on the schedule and tried again at the next run.
"""

import datetime
import logging

from django.apps import apps
from django.db.models import Model
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)


def scheduled_models() -> list[type[Model]]:
    """Pages and every other model with drafts (snippets), as Wagtail schedules them."""
    others = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    return [Page, *others]


def unpublish_expired(now: datetime.datetime) -> int:
    """Unpublish what has expired; how many this process unpublished."""
    done = 0
    for model in scheduled_models():
        for pk in model.objects.filter(live=True, expire_at__lt=now).values_list("pk", flat=True):
            if not model.objects.filter(pk=pk, live=True, expired=False).update(expired=True):
                continue  # another process has it
            instance = model.objects.get(pk=pk)
            try:
                getattr(instance, "specific", instance).unpublish(
                    set_expired=True, log_action="wagtail.unpublish.scheduled"
                )
            except Exception:
                logger.exception("Unpublishing expired %s %s failed", model.__name__, pk)
                model.objects.filter(pk=pk).update(expired=False)
                continue
            done += 1
    return done


def publish_due(now: datetime.datetime) -> int:
    """Publish the revisions whose time has come; how many this process published."""
    done = 0
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for revision_id, go_live_at in due.values_list("pk", "approved_go_live_at"):
        claimed = Revision.objects.filter(pk=revision_id, approved_go_live_at=go_live_at)
        if not claimed.update(approved_go_live_at=None):
            continue  # another process has it, or an editor changed the schedule
        try:
            Revision.objects.get(pk=revision_id).publish(log_action="wagtail.publish.scheduled")
        except Exception:
            logger.exception("Publishing scheduled revision %s failed", revision_id)
            Revision.objects.filter(pk=revision_id).update(approved_go_live_at=go_live_at)
            continue
        done += 1
    return done


def run_schedule(now: datetime.datetime | None = None) -> tuple[int, int]:
    """(published, unpublished) by this process at `now`."""
    now = now or timezone.now()
    return publish_due(now), unpublish_expired(now)
