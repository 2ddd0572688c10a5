"""How often each story has been read: a lifetime total and hourly buckets."""

from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wagtail.models import Page


class ReadTallyQuerySet(models.QuerySet):
    def total_for(self, page: "Page") -> int:
        """The stored read count of a page (0 if it has never been read)."""
        return self.totals_for_ids([page.pk]).get(page.pk, 0)

    def totals_for_ids(self, page_ids: "Sequence[int]") -> dict[int, int]:
        """{page id: stored read count} of those of the pages that have been read."""
        from depesche.core.compiled import compiled  # the news app imports this module

        ids = sorted(set(page_ids))
        if not ids:
            return {}
        # Negative stand-ins: no page has such an id.
        stand_ins = [-(n + 1) for n in range(len(ids))]
        return dict(compiled(("read-totals", len(ids)), self.totals_query, stand_ins).rows(ids))

    def totals_query(self, *page_ids: int) -> models.QuerySet:
        return self.filter(page_id__in=page_ids).order_by().values_list("page_id", "total")

    def raise_to(self, page: "Page", total: int) -> None:
        """Make the count at least `total` (used by importers); never lowers it."""
        tally, created = self.get_or_create(page_id=page.pk, defaults={"total": total})
        if not created:
            self.filter(page_id=page.pk, total__lt=total).update(total=total)


class ReadTally(models.Model):
    """The lifetime read count of one page, kept apart from the page so revisions never touch it."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="read_tally",
        verbose_name=_("page"),
    )
    total = models.PositiveBigIntegerField(_("reads"), default=0)

    objects = ReadTallyQuerySet.as_manager()

    class Meta:
        verbose_name = _("read count")
        verbose_name_plural = _("read counts")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.total}"


class ReadBucket(models.Model):
    """Reads of one page in one hour; most-read lists and charts are built from these."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("edition")
    )
    hour = models.DateTimeField(_("hour"))
    reads = models.PositiveIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("hourly reads")
        verbose_name_plural = _("hourly reads")
        constraints = [
            models.UniqueConstraint(fields=["page", "hour"], name="reads_bucket_page_hour")
        ]
        indexes = [models.Index(fields=["locale", "hour"], name="reads_bucket_locale_hour")]

    def __str__(self) -> str:
        return f"{self.page_id} @ {self.hour:%Y-%m-%d %H}: {self.reads}"


class ReadReceipt(models.Model):
    """The random id a page view sends with its read beacon, kept two days.

    A beacon retried after a lost answer carries the same id, so it is counted once.
    It identifies a page view, not a person.
    """

    receipt = models.CharField(_("receipt"), max_length=80, primary_key=True)  # "story:receipt"
    created = models.DateTimeField(_("created"), db_index=True)

    class Meta:
        verbose_name = _("read receipt")
        verbose_name_plural = _("read receipts")

    def __str__(self) -> str:
        return self.receipt
