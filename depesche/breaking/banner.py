"""The breaking-news banner of an edition: its alerts, newest first, while they last."""

from django.template.loader import render_to_string
from django.utils import timezone

from depesche.channel.events import latest_id
from depesche.core.memo import remembered

from .models import BreakingAlert

SLOT_TEMPLATE = "includes/breaking_slot.html"
ALERTS_TEMPLATE = "includes/breaking_alerts.html"


def alerts_not_ended(locale_id: int) -> tuple[list[BreakingAlert], int]:
    """The edition's alerts not yet over, and the live event their list reflects; read
    once per content generation (every change to an alert starts a new one)."""

    def compute() -> tuple[list[BreakingAlert], int]:
        since = latest_id()
        alerts = (
            BreakingAlert.objects.filter(locale_id=locale_id, ends_at__gt=timezone.now())
            .exclude(story__live=False)
            .exclude(story__isnull=True, text="")  # its story was deleted
            .select_related("story")
        )
        return list(alerts), since

    return remembered(("breaking", locale_id), compute)


def shown_alerts(locale_id: int) -> list[BreakingAlert]:
    now = timezone.now()
    return [alert for alert in alerts_not_ended(locale_id)[0] if alert.is_shown(now)]


def slot_html(locale_id: int) -> str:
    """The banner's place on every page: empty or with the alerts shown now."""
    alerts, since = alerts_not_ended(locale_id)
    now = timezone.now()
    context = {"alerts": [alert for alert in alerts if alert.is_shown(now)], "live_since": since}
    return render_to_string(SLOT_TEMPLATE, context)


def alerts_html(locale_id: int) -> str:
    """Only the alerts, for open pages to put into their slot."""
    return render_to_string(ALERTS_TEMPLATE, {"alerts": shown_alerts(locale_id)}).strip()
