"""Forget live events after a day: readers away longer reload what they see instead.

The newest event stays, whatever its age: its id is what pages rendered now reflect.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from depesche.worker.periodic import periodic

from .events import latest_id
from .models import LiveEvent


@periodic(every=datetime.timedelta(hours=1))
def prune_live_events() -> None:
    kept = datetime.timedelta(hours=settings.DEPESCHE_LIVE["KEEP_HOURS"])
    old = LiveEvent.objects.filter(created_at__lt=timezone.now() - kept)
    old.exclude(id=latest_id()).delete()
