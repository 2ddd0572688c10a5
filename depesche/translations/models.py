"""Where a translated story stands against the story it was translated from."""

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class TranslationRecordQuerySet(models.QuerySet):
    def bring_up_to_date(self, user: object = None) -> int:
        """These translations now match their sources' published revisions (drafts if none)."""
        source = Page.objects.filter(pk=OuterRef("source_id"))
        return self.update(
            source_revision_id=Coalesce(
                Subquery(source.values("live_revision_id")),
                Subquery(source.values("latest_revision_id")),
            ),
            stale_since=None,
            checked_at=timezone.now(),
            checked_by=user,
        )


class TranslationRecord(models.Model):
    """One translation: its source, and the source's revision it was last brought up to date with.

    A translation is stale from the moment its source publishes a revision other than that
    one, until someone marks it up to date again.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="translation_record",
        verbose_name=_("translation"),
    )
    edition = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("edition"),
        help_text=_("The translation's edition (its page's locale), kept for counting."),
    )
    source = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="translation_records",
        verbose_name=_("source"),
    )
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source revision translated"),
    )
    stale_since = models.DateTimeField(_("stale since"), null=True, blank=True)
    checked_at = models.DateTimeField(_("last brought up to date"), null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("brought up to date by"),
    )

    objects = TranslationRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        indexes = [
            models.Index(
                fields=["source", "edition", "stale_since"], name="translations_source_stale"
            ),
            models.Index(fields=["stale_since"], name="translations_stale"),
            models.Index(fields=["edition", "stale_since"], name="translations_edition_stale"),
        ]

    def __str__(self) -> str:
        return f"{self.page_id} ← {self.source_id}"

    def bring_up_to_date(self, user: object, revision_id: int | None = None) -> None:
        """The translation now matches the source as published, or as it was in the revision
        the translator compared against (`revision_id`): if the source has published another
        since, the translation stays stale, from now."""
        source = Page.objects.filter(pk=self.source_id)
        published = source.values("live_revision_id", "latest_revision_id").get()
        current = published["live_revision_id"] or published["latest_revision_id"]
        if revision_id is None or revision_id == current:
            TranslationRecord.objects.filter(pk=self.pk).bring_up_to_date(user)
        else:
            self.source_revision_id = revision_id
            self.stale_since = timezone.now()
            self.checked_at, self.checked_by = timezone.now(), user
            self.save(update_fields=["source_revision", "stale_since", "checked_at", "checked_by"])
        self.refresh_from_db()
