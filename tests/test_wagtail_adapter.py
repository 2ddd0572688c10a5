"""What the adapter tells Wagtail is what Wagtail's public path would find itself."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageLogEntry, Revision, Site
from wagtail.signals import page_published, published

from depesche.core.wagtail_adapter import (
    create_published,
    remember_site_and_route,
    site_known_for,
)
from depesche.news import routing
from depesche.news.models import EditionHomePage, StoryPage
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


def route_or_none(route, request, components):
    try:
        return route(request, components)
    except Http404:
        return None


def test_the_front_pages_route_finds_what_wagtails_tree_walk_finds(paths):
    """EditionHomePage.route looks pages up by URL path; Wagtail walks the tree."""
    for language, path in paths:
        components = [component for component in path.split("/") if component]
        home = EditionHomePage.objects.get(locale__language_code=language)
        request = RequestFactory().get(f"/{language}/{path}")
        with translation.override(language):
            ours = route_or_none(home.route, request, components)
            walk = route_or_none(super(EditionHomePage, home).route, request, components)
        assert comparable(ours) == comparable(walk), path


def test_the_known_site_is_the_one_wagtail_found():
    request = RequestFactory().get("/de/")
    assert site_known_for(request) is None
    assert site_known_for(None) is None
    site = Site.find_for_request(request)
    assert site is not None
    assert site_known_for(request) is site


def test_wagtail_uses_the_site_and_route_it_is_given(seed_story):
    request = RequestFactory().get("/de/anything/")
    site = Site.objects.get(is_default_site=True)
    route = seed_story.route(request, [])
    remember_site_and_route(request, site, route)
    assert Site.find_for_request(request) is site
    assert Page.route_for_request(request, "anything/") is route


def published_the_two_ways(section):
    """A story created by the adapter and one added, revised and published by Wagtail."""
    politics = section("de", "politik")
    received = []

    def record(sender, instance, revision, **kwargs):
        received.append((kwargs["signal"], instance.title, revision.pk))

    page_published.connect(record)
    published.connect(record)
    try:
        ours = StoryPage(title="Adapter", slug="adapter", lead="A lead.", live=False)
        create_published(politics, ours)
        wagtails = StoryPage(title="Wagtail", slug="wagtail", lead="A lead.", live=False)
        politics.add_child(instance=wagtails)
        wagtails.save_revision().publish()
    finally:
        page_published.disconnect(record)
        published.disconnect(record)
    return StoryPage.objects.get(pk=ours.pk), StoryPage.objects.get(pk=wagtails.pk), received


def test_create_published_leaves_what_wagtails_publish_leaves(section):
    ours, wagtails, received = published_the_two_ways(section)
    for story in (ours, wagtails):
        revisions = Revision.objects.for_instance(story)
        assert revisions.count() == 1
        revision = revisions.get()
        assert story.live and not story.has_unpublished_changes
        assert story.latest_revision_id == story.live_revision_id == revision.pk
        assert story.latest_revision_created_at == revision.created_at
        assert story.first_published_at is not None
        assert story.last_published_at is not None
        assert story.draft_title == story.title
        assert revision.content["title"] == story.title
        assert revision.object_str == story.title
    assert set(revision_fields(ours)) == set(revision_fields(wagtails))
    assert log_actions(ours) == log_actions(wagtails)
    signals = [(signal, title) for signal, title, _pk in received]
    assert (
        signals.count((page_published, "Adapter"))
        == signals.count((page_published, "Wagtail"))
        == 1
    )
    assert signals.count((published, "Adapter")) == signals.count((published, "Wagtail")) == 1


def revision_fields(story):
    return Revision.objects.for_instance(story).get().content.keys()


def log_actions(story):
    return sorted(PageLogEntry.objects.filter(page=story).values_list("action", flat=True))
