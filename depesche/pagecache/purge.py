"""Purging a CDN or Varnish (Wagtail's frontend cache) of the pages a change affects.

Wagtail's frontend_cache app purges the published page itself; this adds the pages that
list it: its section, the edition's front page, ticker and most-read fragments, and the
pages of its tags. Nothing happens unless WAGTAILFRONTENDCACHE is configured.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from depesche.news.editions import edition_home_url


def related_urls(page, request=None):
    """Absolute URLs of the pages that show `page` in a listing."""
    site = page.get_site()
    if site is None:
        return []
    root = site.root_url
    language = page.locale.language_code
    with translation.override(language):
        paths = [edition_home_url(language), reverse("ticker"), reverse("most_read")]
    parent = page.get_parent()
    if parent is not None and parent.url:
        paths.append(parent.get_url(request))
    tags = getattr(page.specific, "tags", None)
    if tags is not None:
        paths += [f"{edition_home_url(language)}tags/{tag.slug}/" for tag in tags.all()]
    return [root + path for path in dict.fromkeys(paths)]


def purge_related(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_urls(related_urls(page))
    batch.purge()
