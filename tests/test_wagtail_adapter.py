"""What the adapter tells Wagtail is what Wagtail's public path would find itself."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from depesche.core.wagtail_adapter import remember_site_and_route
from depesche.news import routing
from tests.factories import add_stories

pytestmark = pytest.mark.django_db


def comparable(route):
    """The page, and the view a routable page chose with its arguments, by value."""
    if route is None:
        return None
    page, args, kwargs = route
    if args and hasattr(args[0], "__func__"):  # a routable page's view, bound to its page
        args = (args[0].__func__, args[0].__self__.pk, *args[1:])
    return page.pk, type(page), args, kwargs


@pytest.fixture
def paths(seed_story, section):
    [story] = add_stories(section("de", "politik"), 1, title="Routed both ways")
    return [
        ("de", ""),
        ("de", "politik/"),
        ("de", story.url.removeprefix("/de/")),
        ("de", seed_story.url.removeprefix("/de/")),
        ("de", "tags/belarus/"),
        ("de", "politik/no-such-story/"),
        ("de", "no-such-section/"),
        ("de", "politik/a/b/"),
        ("en", ""),
        ("ru", "politika/"),
    ]


def test_site_and_route_are_those_of_wagtails_public_path(paths):
    for language, path in paths:
        with translation.override(language):
            ours = routing.site_and_route(RequestFactory().get(f"/{language}/{path}"), path)
            fresh = RequestFactory().get(f"/{language}/{path}")
            site = Site.find_for_request(fresh)
            route = Page.route_for_request(fresh, path)
        assert ours is not None, path
        assert ours[0] == site, path
        assert comparable(ours[1]) == comparable(route), path


def test_wagtail_uses_the_site_and_route_it_is_given(seed_story):
    request = RequestFactory().get("/de/anything/")
    site = Site.objects.get(is_default_site=True)
    route = seed_story.route(request, [])
    remember_site_and_route(request, site, route)
    assert Site.find_for_request(request) is site
    assert Page.route_for_request(request, "anything/") is route
