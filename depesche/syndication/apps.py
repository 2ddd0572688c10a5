"""Feeds and sitemaps: an edition's stories for feed readers and search engines."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    name = "depesche.syndication"
    verbose_name = _("Feeds and sitemaps")
