"""Which runs of the periodic jobs have been scheduled (periodic.py)."""

from django.db import models


class ScheduledRun(models.Model):
    """One run of a periodic job: the `slot`th interval since the epoch. The unique pair
    is the claim that makes each run happen once, however many workers there are."""

    job = models.CharField(max_length=200)
    slot = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "slot"], name="worker_scheduledrun_unique")
        ]

    def __str__(self) -> str:
        return f"{self.job} #{self.slot}"
