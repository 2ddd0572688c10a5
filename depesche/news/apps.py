"""Editions, sections, stories and tags."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "depesche.news"
    verbose_name = _("News")

    def ready(self) -> None:
        from . import live_blog, rendition_warming, search_updates, tag_slugs
        from .models import StoryPage

        search_updates.connect(StoryPage)
        rendition_warming.connect(StoryPage)
        tag_slugs.connect()
        live_blog.connect()
