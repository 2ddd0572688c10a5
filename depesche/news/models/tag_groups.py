"""One tag in the editions' languages: Belarus, Беларусь and Belarus are one topic."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Locale


class TagGroup(ClusterableModel):
    """A topic, named by a tag in each edition that writes about it."""

    name = models.CharField(
        _("topic"),
        max_length=100,
        unique=True,
        help_text=_("How the newsroom calls the topic, for example “Belarus”."),
    )

    panels = [
        FieldPanel("name"),
        InlinePanel("names", heading=_("Tag in each edition"), label=_("Tag"), min_num=1),
    ]

    class Meta:
        verbose_name = _("tag across editions")
        verbose_name_plural = _("tags across editions")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TagInEdition(models.Model):
    """The tag one edition uses for a topic."""

    group = ParentalKey(TagGroup, on_delete=models.CASCADE, related_name="names")
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("edition")
    )
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="editions", verbose_name=_("tag")
    )

    panels = [FieldPanel("locale"), FieldPanel("tag")]

    class Meta:
        verbose_name = _("tag in an edition")
        verbose_name_plural = _("tags in editions")
        constraints = [
            models.UniqueConstraint(fields=["group", "locale"], name="news_one_tag_per_edition"),
            models.UniqueConstraint(fields=["locale", "tag"], name="news_tag_in_one_group"),
        ]

    def __str__(self) -> str:
        return f"{self.tag} ({self.locale})"
