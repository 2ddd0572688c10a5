"""The only place that touches Wagtail's private names, each with its reason.

Checked against Wagtail 8.0. A test (tests/test_wagtail_adapter.py) compares what each
function does with Wagtail's public path, so an upgrade that changes them fails there.
"""

from django.http import HttpRequest
from wagtail.models import Site
from wagtail.url_routing import RouteResult


def remember_site_and_route(
    request: HttpRequest, site: Site | None, route: RouteResult | None
) -> None:
    """Tell Wagtail's page view the site and route we already found for this request.

    Wagtail 8.0's `Site.find_for_request` and `Page.route_for_request` keep their answers
    on the request as `_wagtail_site` and `_wagtail_route_for_request` and find them there
    when asked again. Given them, Wagtail's view skips the site query and its walk from the
    site root to the edition's front page in the reader's language (its translation and
    its specific page): three to four queries on every uncached page
    (bench/routing.py measures the difference).
    """
    request._wagtail_site = site
    request._wagtail_route_for_request = route
