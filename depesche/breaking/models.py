"""Breaking-news alerts: a story, or one line with a link, shown until a set time."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BreakingAlert(models.Model):
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("edition")
    )
    story = models.ForeignKey(
        "news.StoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("story"),
        help_text=_("The story the banner leads to; its headline is the banner's text."),
    )
    text = models.CharField(
        _("text"),
        max_length=160,
        blank=True,
        help_text=_("One line. Leave empty to show the story's headline."),
    )
    link = models.URLField(
        _("link"), blank=True, help_text=_("Where the banner leads when it names no story.")
    )
    created_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(_("shown until"), db_index=True)

    class Meta:
        verbose_name = _("breaking-news alert")
        verbose_name_plural = _("breaking-news alerts")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.headline

    @property
    def headline(self) -> str:
        return self.text or (self.story.title if self.story else "")

    @property
    def url(self) -> str:
        return self.story.url if self.story else self.link

    def is_shown(self, now: datetime.datetime | None = None) -> bool:
        return self.ends_at > (now or timezone.now())

    def clean(self) -> None:
        if self.story is None and not (self.text and self.link):
            raise ValidationError(_("Choose a story, or write a line of text with a link."))
        if self.story is not None and self.story.locale_id != self.locale_id:
            raise ValidationError({"story": _("The story is not in this edition.")})
        if self.story is not None and not self.story.live:
            raise ValidationError({"story": _("The story is not published.")})
