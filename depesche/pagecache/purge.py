"""Purging a CDN or Varnish (Wagtail's frontend cache) of the pages a change affects.

Wagtail's frontend_cache app purges the published page itself as it is published; this
purges it again once the content generation has moved on (during an import, after the
batch), with every address that shows it. Which addresses those are, each app says for
its own through the `page_listing_paths` hook (depesche.core.hooks): the news app its
section, front page and tag pages, syndication its feeds and sitemaps, the ticker and
most read their fragments, the APIs their documents. Pages that a new view restriction
hides expire by their short shared max-age (the app's own cache drops them at once).
Nothing happens unless WAGTAILFRONTENDCACHE is configured.
"""

from collections.abc import Iterable

from django.conf import settings
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from depesche.core.hooks import PAGE_LISTING_PATHS


def related_urls(page: Page) -> list[str]:
    """Absolute URLs of everything that shows `page` besides its own address."""
    site = page.get_site()
    if site is None:
        return []
    with translation.override(page.locale.language_code):
        paths = [path for listing in hooks.get_hooks(PAGE_LISTING_PATHS) for path in listing(page)]
    return [site.root_url + path for path in dict.fromkeys(paths)]


def purge_pages(pages: Iterable[Page]) -> None:
    """Purge the pages and every page that lists them, each address once."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = {}
    for page in pages:
        urls.update(dict.fromkeys([page.full_url, *related_urls(page)]))
    batch = PurgeBatch()
    batch.add_urls([url for url in urls if url])
    batch.purge()
