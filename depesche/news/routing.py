"""Routing a page request with what each process already remembers.

Wagtail finds the site of a request, its root page in the reader's language and then,
through `route()`, the page at the path. The site and the editions' front pages rarely
change, so they come from the per-generation memo; the front page's `route()` finds a
section or story by its URL path in one query (EditionHomePage.route). Wagtail's own view
then serves the page, hooks and view restrictions included.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from depesche.core.memo import remembered
from depesche.core.wagtail_adapter import remember_site_and_route
from depesche.news.structure import edition_homes

# Host names are checked against ALLOWED_HOSTS before a view runs; the bound only keeps a
# misconfigured wildcard from filling the memory.
MAX_REMEMBERED_HOSTS = 64


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, told the site and the route when they are found cheaply."""
    found = site_and_route(request, path)
    if found is not None:
        remember_site_and_route(request, *found)
    return wagtail_serve(request, path)


def site_and_route(request: HttpRequest, path: str) -> tuple[Site, RouteResult | None] | None:
    """The site and the route Wagtail would find, from memory; None for a site whose root
    is not an edition's front page (Wagtail then routes by itself)."""
    site = site_for_request(request)
    home = edition_homes().get(translation.get_language())
    if site is None or home is None or home.translation_key != site_key(site):
        return None
    return site, route(home, request, path)


def route(home: Page, request: HttpRequest, path: str) -> RouteResult | None:
    """The front page's route for the path; None when nothing is there (as Wagtail does)."""
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


def site_for_request(request: HttpRequest) -> Site | None:
    """The Wagtail site answering this host and port, remembered until content changes."""
    key = (request.get_host(), request.get_port())
    sites = remembered("sites", dict)
    if key not in sites:
        site = Site.find_for_request(request)
        if len(sites) < MAX_REMEMBERED_HOSTS:
            sites[key] = site
        return site
    return sites[key]


def site_key(site: Site) -> str:
    """The translation key of the site's root page (shared by every edition's front page)."""
    return remembered(("site-key", site.pk), lambda: site.root_page.translation_key)
