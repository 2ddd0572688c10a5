"""Entries of a live blog: each its own record, so editors add and change them side by side
without a new revision of the whole story (and without overwriting each other)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from .blocks import LiveEntryBlock


class LiveEntry(models.Model):
    story = models.ForeignKey(
        "news.StoryPage",
        on_delete=models.CASCADE,
        related_name="live_entries",
        verbose_name=_("live blog"),
    )
    headline = models.CharField(
        _("headline"), max_length=255, blank=True, help_text=_("Key events need one.")
    )
    body = StreamField(LiveEntryBlock(), verbose_name=_("entry"))
    pinned = models.BooleanField(
        _("key event"),
        default=False,
        help_text=_("Key events are listed at the top of the blog."),
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # Raised with every save: an editor saving an entry someone else changed meanwhile
    # is told so instead of overwriting it.
    version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("live blog entry")
        verbose_name_plural = _("live blog entries")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["story", "-created_at", "-id"], name="news_liveentry_newest")
        ]

    def __str__(self) -> str:
        return self.headline or timezone.localtime(self.created_at).strftime("%H:%M")
