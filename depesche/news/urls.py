"""Wagtail's front-end URLs, with page requests going through our faster routing first."""

from django.urls import path, re_path
from wagtail import urls as wagtail_urls

from depesche.news import live_blog_views, routing

urlpatterns = [
    path(
        "live-blog/<int:story_id>/entries/",
        live_blog_views.older_entries,
        name="live_blog_entries",
    ),
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]
