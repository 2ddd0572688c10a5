"""Finding the page for a URL in one query instead of one per level of the page tree.

Wagtail routes a request by looking up the site, its front page in the reader's language
and then each page along the path, child by child. Our tree has a fixed shape (front page,
section, story), so the site and the front pages come from the per-generation memory and the
section or story is fetched by its URL path, which an index serves. Anything else (tag
pages and other routes of the front page, unknown paths, sites we do not know) goes through
Wagtail's own routing, and Wagtail's view serves the page either way, hooks and view
restrictions included.
"""

from django.http import Http404
from django.utils import translation
from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from depesche.core.compiled import compiled
from depesche.core.memo import remembered
from depesche.news.structure import edition_homes

# Host names are checked against ALLOWED_HOSTS before a view runs; the bound only keeps a
# misconfigured wildcard from filling the memory.
MAX_REMEMBERED_HOSTS = 64
URL_PATH_STAND_IN = "/\0stand-in/"  # no page has a NUL in its path


def serve(request, path):
    """Wagtail's page view, told the site and the page when they can be found cheaply."""
    site = site_for_request(request)
    request._wagtail_site = site
    route = fast_route(site, path)
    if route is not None:
        request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


def site_for_request(request):
    """The Wagtail site answering this host and port, remembered until content changes."""
    key = (request._get_raw_host(), request.get_port())
    sites = remembered("sites", dict)
    if key not in sites:
        site = Site.find_for_request(request)
        if len(sites) < MAX_REMEMBERED_HOSTS:
            sites[key] = site
        return site
    return sites[key]


def fast_route(site, path):
    """The front page, section or story at `path`, or None to let Wagtail route."""
    home = edition_homes().get(translation.get_language())
    if site is None or home is None or home.translation_key != site_key(site):
        return None
    components = [component for component in path.split("/") if component]
    if not components:
        return RouteResult(home)
    if len(components) > 2 or routed_by_front_page(home, path):
        return None
    from depesche.news.models import SectionPage, StoryPage

    model = SectionPage if len(components) == 1 else StoryPage
    url_path = home.url_path + "/".join(components) + "/"
    query = compiled(("route", model.__name__), live_page_at(model), [URL_PATH_STAND_IN])
    pages = query.instances([url_path])
    return RouteResult(pages[0]) if pages else None


def live_page_at(model):
    return lambda url_path: model.objects.live().filter(url_path=url_path).order_by()[:1]


def site_key(site):
    """The translation key of the site's root page (shared by every edition's front page)."""
    return remembered(("site-key", site.pk), lambda: site.root_page.translation_key)


def routed_by_front_page(home, path):
    """Whether the front page's own routes (such as tags/<slug>/) answer this path."""
    try:
        home.resolve_subpage("/" + path)
    except Http404:
        return False
    return True
