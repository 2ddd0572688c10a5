"""Sitemaps for search engines (Django's sitemaps framework): one per edition, split into
pages of DEPESCHE_SITEMAP_LIMIT URLs, with hreflang alternates for translated pages, a
Google News sitemap per edition with the stories of the last 48 hours and a video sitemap
(Google's video extension) per edition with its stories' videos.

Absolute URLs come from the Wagtail site of each edition's front page, never from the
request's Host header.
"""

import datetime
from functools import cached_property
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.text import Truncator
from wagtail.models import Page
from wagtail.query import PageQuerySet

from depesche.news.addresses import edition_url, site_root
from depesche.news.editions import language_prefix_url, path_below_home
from depesche.news.models import EditionHomePage, StoryKind, StoryPage
from depesche.news.models.querysets import StoryQuerySet
from depesche.news.structure import edition_homes

from .first_videos import VideoParts, first_videos
from .markup import SHARE_IMAGE, video_object

if TYPE_CHECKING:
    from django.contrib.sites.models import Site
    from django.contrib.sites.requests import RequestSite

NEWS_WINDOW = datetime.timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most this many URLs per sitemap
VIDEO_DESCRIPTION_LENGTH = 2048  # the most a video sitemap's description may hold


class EditionPageLocations:
    """URL paths of an edition's pages: the edition's prefix, then the path below its front page."""

    def __init__(self, language_code: str) -> None:
        self.language_code = language_code

    @property
    def home(self) -> EditionHomePage | None:
        return edition_homes().get(self.language_code)

    def location(self, item: Page) -> str:
        below_home = path_below_home(self.language_code, item.url_path)
        return language_prefix_url(self.language_code) + below_home

    def get_urls(
        self, page: int = 1, site: "Site | RequestSite | None" = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        root = urlsplit(site_root(language_code=self.language_code))
        return super().get_urls(
            page, site=SimpleNamespace(domain=root.netloc), protocol=root.scheme
        )


class LastPublished:
    """lastmod from each page's last publication; the newest found by the database."""

    def lastmod(self, item: Page) -> datetime.datetime | None:
        return item.last_published_at

    def get_latest_lastmod(self) -> datetime.datetime | None:
        # Django's default walks every item; the database finds the newest at once.
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]


class EditionSitemap(LastPublished, EditionPageLocations, Sitemap):
    """The edition's front page, sections and stories that readers may see, in tree order."""

    limit = settings.DEPESCHE_SITEMAP_LIMIT

    def items(self) -> PageQuerySet:
        home = self.home
        if home is None:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(locale_id=home.locale_id, path__startswith=home.path)
            .filter(alias_of__isnull=True)  # an alias is its original's page elsewhere
            .order_by("path")
            .only("path", "url_path", "last_published_at", "translation_key", "locale_id")
        )

    def get_urls(
        self, page: int = 1, site: "Site | RequestSite | None" = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        urls = super().get_urls(page, site, protocol)
        add_alternates(urls)
        return urls


class NewsSitemap(EditionPageLocations, Sitemap):
    """The edition's stories of the last 48 hours, newest first (Google News)."""

    limit = NEWS_LIMIT

    def items(self) -> StoryQuerySet:
        home = self.home
        if home is None:
            return StoryPage.objects.none()
        since = timezone.now() - NEWS_WINDOW
        stories = StoryPage.objects.published().for_edition(home.locale_id)
        stories = stories.filter(first_published_at__gte=since).newest_first()
        return stories.only("title", "url_path", "first_published_at", "locale_id")[:NEWS_LIMIT]

    def get_urls(
        self, page: int = 1, site: "Site | RequestSite | None" = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            url["news"] = {
                "publication": settings.WAGTAIL_SITE_NAME,
                "language": self.language_code,
                "date": timezone.localtime(url["item"].first_published_at),
                "title": url["item"].title,
            }
        return urls


class VideoSitemap(LastPublished, EditionPageLocations, Sitemap):
    """The edition's video stories, newest first, each with its first video (Google's video
    extension: thumbnail, title, description, file or player, duration, publication date).
    A page of it costs the same queries however many stories it lists (see first_videos)."""

    limit = settings.DEPESCHE_SITEMAP_LIMIT

    def items(self) -> StoryQuerySet:
        return self.video_stories

    @cached_property
    def video_stories(self) -> StoryQuerySet:
        # Built once: the index counts them and finds their newest change, and building
        # the query looks up the page view restrictions.
        home = self.home
        if home is None:
            return StoryPage.objects.none()
        stories = StoryPage.objects.published().for_edition(home.locale_id)
        return stories.filter(kind=StoryKind.VIDEO).newest_first()

    def get_urls(
        self, page: int = 1, site: "Site | RequestSite | None" = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        urls = super().get_urls(page, site, protocol)
        videos = first_videos([url["item"] for url in urls], SHARE_IMAGE)
        with translation.override(self.language_code):
            for url in urls:
                parts = videos.get(url["item"].pk)
                url["video"] = sitemap_video(url["item"], parts) if parts is not None else None
        return [url for url in urls if url["video"] is not None]


def sitemap_video(story: StoryPage, parts: VideoParts) -> dict[str, Any] | None:
    """The video sitemap entry of a story's video; None without a thumbnail or a file or
    player to point to."""
    video = video_object(None, story, story.search_description or story.summary(), parts)
    if not video.get("thumbnailUrl"):
        return None
    if not video.get("contentUrl") and not video.get("embedUrl"):
        return None
    duration = parts.media.duration if parts.media is not None else None
    return {
        "thumbnail": video["thumbnailUrl"][0],
        "title": story.title,
        "description": Truncator(video["description"]).chars(VIDEO_DESCRIPTION_LENGTH),
        "content": video.get("contentUrl"),
        "player": video.get("embedUrl"),
        "duration": round(duration) if duration else None,
        "date": timezone.localtime(story.first_published_at),
    }


def add_alternates(urls: list[dict[str, Any]]) -> None:
    """hreflang links to every edition's version of each translated page (one query)."""
    keys = {url["item"].translation_key for url in urls}
    versions = {}
    translations = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code", "url_path")
    )
    for key, code, url_path in translations:
        versions.setdefault(key, []).append((code, url_path))
    for url in urls:
        item_versions = versions.get(url["item"].translation_key, [])
        locations = {code: edition_url(url_path, code) for code, url_path in item_versions}
        alternates = [
            {"lang_code": code, "location": location}
            for code, location in sorted(locations.items())
            if location is not None
        ]
        if len(alternates) > 1:
            url["alternates"] = alternates


def all_sitemaps() -> dict[str, EditionSitemap | NewsSitemap | VideoSitemap]:
    """{section name: sitemap} of every edition with a live front page on a site."""
    sitemaps: dict[str, EditionSitemap | NewsSitemap | VideoSitemap] = {}
    for code, _name in settings.LANGUAGES:
        if site_root(language_code=code) is None:
            continue
        sitemaps[code] = EditionSitemap(code)
        sitemaps[f"news-{code}"] = NewsSitemap(code)
        sitemaps[f"video-{code}"] = VideoSitemap(code)
    return sitemaps
