"""Feeds of each edition, under its language prefix."""

from django.urls import path

from depesche.news.converters import UNICODE_SLUG

from .feeds import AtomStoryFeed, StoryFeed

urlpatterns = []
for feed in (StoryFeed(), AtomStoryFeed()):
    name = feed.format_name
    urlpatterns += [
        path(f"feeds/{name}/", feed, name=f"{name}_feed"),
        path(f"feeds/{name}/sections/<slug:section_slug>/", feed, name=f"{name}_section_feed"),
        path(f"feeds/{name}/tags/<{UNICODE_SLUG}:tag_slug>/", feed, name=f"{name}_tag_feed"),
    ]
