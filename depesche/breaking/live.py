"""A changed alert reaches every page of its edition: cached pages through a new content
generation, open pages through the live channel."""

from django.db.models.signals import post_delete, post_save

from depesche.channel.events import announce
from depesche.core import generation
from depesche.news.structure import as_edition_shows

from .banner import alerts_html
from .models import BreakingAlert


def alert_changed(instance: BreakingAlert, **kwargs: object) -> None:
    """Tell the edition's open pages what their banner shows now."""
    generation.bump_now_and_after_commit()
    language = instance.locale.language_code
    with as_edition_shows(language):
        announce(instance.locale_id, "breaking", {"html": alerts_html(instance.locale_id)})


def connect() -> None:
    post_save.connect(alert_changed, sender=BreakingAlert, dispatch_uid="breaking-saved")
    post_delete.connect(alert_changed, sender=BreakingAlert, dispatch_uid="breaking-deleted")
