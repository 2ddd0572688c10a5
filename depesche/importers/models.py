"""A record of every import: who started it, from what, and what it did item by item."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .report import ImportReport, summary

if TYPE_CHECKING:
    from depesche.news.models import SectionPage


class ImportRun(models.Model):
    """One run of an importer, with its report."""

    class Format(models.TextChoices):
        WXR = "wxr", _("WordPress export (WXR)")
        FEED = "feed", _("RSS or Atom feed")
        NINJS = "ninjs", _("IPTC ninjs (JSON)")
        PAGE = "page", _("Article page (HTML)")
        SEED = "seed", _("Seed-format text file")

    started_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    source_format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    source = models.CharField(_("source"), max_length=500)
    edition = models.CharField(_("edition"), max_length=10)
    section = models.ForeignKey(
        "news.SectionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("section"),
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    skipped_count = models.PositiveIntegerField(_("skipped"), default=0)
    failed_count = models.PositiveIntegerField(_("failed"), default=0)
    problem = models.TextField(_("problem with the source"), blank=True)
    report = models.JSONField(_("report"), default=dict, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return f"{self.get_source_format_display()}: {self.source}"

    @classmethod
    def begin(
        cls, source_format: str, source: str, section: "SectionPage", user: object = None
    ) -> "ImportRun":
        """The record of a run starting now, into `section`'s edition."""
        return cls.objects.create(
            source_format=source_format,
            source=source[:500],
            edition=section.locale.language_code,
            section=section,
            started_by=user,
        )

    def get_edition_display(self) -> str:
        """The edition's language by name, as the admin names it elsewhere."""
        return Locale(language_code=self.edition).get_display_name()

    def summary(self) -> str:
        return summary(
            self.created_count, self.updated_count, self.skipped_count, self.failed_count
        )

    def record(self, report: ImportReport, problem: str | None = None) -> None:
        """Keep the report of the finished run."""
        self.finished_at = timezone.now()
        self.created_count, self.updated_count, self.skipped_count, self.failed_count = (
            report.counts()
        )
        self.problem = problem or ""
        self.report = {
            "created": report.created,
            "updated": report.updated,
            "skipped": [list(entry) for entry in report.skipped],
            "failed": [list(entry) for entry in report.failed],
            "notes": [list(entry) for entry in report.notes],
        }
        self.save()


class Subscription(models.Model):
    """A feed or ninjs source an edition takes stories from, polled at its own interval.

    A failed poll is recorded and retried later, waiting twice as long after each failure in
    a row (at most a day); a successful one resets the wait to the interval.
    """

    class Format(models.TextChoices):
        FEED = "feed", _("RSS or Atom feed")
        NINJS = "ninjs", _("IPTC ninjs (JSON)")

    name = models.CharField(_("name"), max_length=255)
    url = models.URLField(_("address"), max_length=1000)
    source_format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    section = models.ForeignKey(
        "news.SectionPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("edition and section"),
    )
    interval_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=15)
    publish = models.BooleanField(
        _("publish at once"), default=False, help_text=_("Otherwise stories arrive as drafts.")
    )
    active = models.BooleanField(_("active"), default=True)
    next_poll_at = models.DateTimeField(_("next poll"), null=True, blank=True, db_index=True)
    last_polled_at = models.DateTimeField(_("last poll"), null=True, blank=True)
    failures_in_a_row = models.PositiveIntegerField(_("failures in a row"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")

    def __str__(self) -> str:
        return self.name
