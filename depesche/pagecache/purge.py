"""Purging a CDN or Varnish (Wagtail's frontend cache) of the pages a change affects.

Wagtail's frontend_cache app purges the published page itself as it is published; this
purges it again once the content generation has moved on (during an import, after the
batch), with the pages that list it: its section, the edition's front page, ticker and
most-read fragments, the pages of its tags, the feeds of all of these, the edition's
sitemaps and the story's documents in both APIs. API listings (any query) expire by their
short shared max-age, and so do pages that a new view restriction hides (the app's own
cache drops them at once). Nothing happens unless WAGTAILFRONTENDCACHE is configured.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from depesche.api.ninjs import VERSIONS
from depesche.news.editions import edition_home_url, tag_path
from depesche.news.models import SectionPage
from depesche.syndication.feeds import feed_path
from depesche.syndication.sitemaps import EditionSitemap


def related_urls(page, request=None):
    """Absolute URLs of the pages that show `page` in a listing."""
    site = page.get_site()
    if site is None:
        return []
    root = site.root_url
    language = page.locale.language_code
    parent = page.get_parent()
    specific = page.specific
    tags = list(getattr(specific, "tags", Tag.objects.none()).all())
    section = specific if isinstance(specific, SectionPage) else getattr(parent, "specific", None)
    with translation.override(language):
        paths = [edition_home_url(language), reverse("ticker"), reverse("most_read")]
        paths += feed_paths(section, tags)
    if parent is not None and parent.url:
        paths.append(parent.get_url(request))
    paths += [tag_path(tag.slug, language) for tag in tags]
    paths += sitemap_paths(language)
    paths += [f"/api/ninjs/{version}/stories/{page.pk}/" for version in VERSIONS]
    paths.append(f"/api/v2/pages/{page.pk}/")
    return [root + path for path in dict.fromkeys(paths)]


def sitemap_paths(language):
    """The index, every page of the edition's sitemap and its news sitemap."""
    edition = reverse("sitemap_section", args=[language])
    pages = EditionSitemap(language).paginator.num_pages
    return [
        reverse("sitemap_index"),
        edition,
        *(f"{edition}?p={number}" for number in range(2, pages + 1)),
        reverse("sitemap_section", args=[f"news-{language}"]),
    ]


def feed_paths(section, tags):
    """The active edition's feeds, its section's feeds and its tags' feeds."""
    paths = []
    for format_name in ("rss", "atom"):
        paths.append(feed_path(format_name))
        if isinstance(section, SectionPage):
            paths.append(feed_path(format_name, section=section))
        paths += [feed_path(format_name, tag=tag) for tag in tags]
    return paths


def purge_pages(pages):
    """Purge the pages and every page that lists them, each address once."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = {}
    for page in pages:
        urls.update(dict.fromkeys([page.full_url, *related_urls(page)]))
    batch = PurgeBatch()
    batch.add_urls([url for url in urls if url])
    batch.purge()
