"""The events of the live channel, kept for a day so readers can catch up after a gap."""

from django.db import models
from django.utils import timezone


class LiveEvent(models.Model):
    """One thing that happened in an edition (a story in the ticker, a breaking alert).

    The id orders all events; a page knows the last id its content reflects and asks
    for what came after it.
    """

    id = models.BigAutoField(primary_key=True)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "id"], name="channel_event_locale_id")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"

    def message(self) -> dict:
        """What readers' pages receive."""
        return {"id": self.pk, "type": self.kind, **self.payload}
