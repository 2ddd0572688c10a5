"""Routing stories and sections by URL path: the same answers as Wagtail's own routing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from depesche.core import generation
from depesche.news.models import StoryPage
from tests.factories import add_stories

pytestmark = pytest.mark.django_db


def is_related_stories_query(sql):
    """The related stories under the story: its section's newest, the most shared (whose
    edition is compared as an expression), and the view restrictions they read."""
    markers = ('"first_published_at" DESC', '"locale_id" + 0)', "pageviewrestriction")
    return any(marker in sql for marker in markers)


def test_a_story_is_found_with_one_page_query(client, seed_story):
    client.get(seed_story.url)  # the edition's furniture is remembered after this
    with CaptureQueriesContext(connection) as queries:
        response = client.get(seed_story.url)
    assert response.status_code == 200
    assert response.context["page"] == seed_story
    page_queries = [
        q["sql"]
        for q in queries.captured_queries
        if "url_path" in q["sql"] and not is_related_stories_query(q["sql"])
    ]
    assert len(page_queries) == 2  # the route, and the story's translations


def test_sections_stories_and_front_pages_route_as_before(client, section, seed_story):
    politics = section("de", "politik")
    assert client.get("/de/").context["page"].specific_class.__name__ == "EditionHomePage"
    assert client.get(politics.url).context["page"] == politics
    assert client.get(seed_story.url).context["page"] == seed_story
    assert client.get("/de/tags/belarus/").status_code == 200  # a route of the front page


@pytest.mark.parametrize(
    "path",
    [
        "/de/politik/no-such-story/",
        "/de/no-such-section/",
        "/de/politik/a/b/",
        "/de/tags/",
    ],
)
def test_unknown_paths_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_an_unpublished_story_is_not_found(client, section):
    [story] = add_stories(section("de", "politik"), 1, title="Soon withdrawn")
    assert client.get(story.url).status_code == 200
    story.unpublish()
    assert client.get(f"/de/politik/{story.slug}/").status_code == 404


def test_a_story_of_another_edition_is_not_served_under_this_prefix(client, section):
    [russian] = add_stories(section("ru", "politika"), 1, slug="only-in-russian")
    assert client.get(russian.url).status_code == 200
    assert client.get("/de/politika/only-in-russian/").status_code == 404


def test_a_restriction_on_the_section_guards_its_stories(client, section):
    economy = section("de", "wirtschaft")
    [story] = add_stories(economy, 1, title="Members only")
    assert client.get(story.url).status_code == 200
    PageViewRestriction.objects.create(page=economy, restriction_type="login")
    response = client.get(story.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_password_restriction_on_a_story_asks_for_the_password(client, section):
    [story] = add_stories(section("de", "sport"), 1, title="Password protected")
    PageViewRestriction.objects.create(page=story, restriction_type="password", password="pw")
    response = client.get(story.url)
    assert response.status_code == 200
    assert "Password protected" not in response.content.decode()
    assert b'name="password"' in response.content


def test_an_alias_keeps_the_restrictions_of_its_original(client, section):
    [story] = add_stories(section("de", "welt"), 1, title="Original story")
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    alias = story.create_alias(parent=section("de", "kultur"), update_slug="alias-of-original")
    generation.bump()
    assert alias.get_view_restrictions().count() == 1
    assert client.get(f"/de/kultur/{alias.slug}/").status_code == 302


def test_restrictions_of_pages_outside_the_path_do_not_apply(section, seed_story):
    PageViewRestriction.objects.create(page=section("de", "sport"), restriction_type="login")
    story = StoryPage.objects.get(pk=seed_story.pk)
    assert not story.get_view_restrictions().exists()


def test_another_site_is_routed_by_wagtail(client, seed_story):
    """A second site with its own root: its pages are Wagtail's to find, not ours."""
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=Page(title="Other site", slug="other-site"))
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    generation.bump()
    response = client.get("/de/", HTTP_HOST="other.example")
    assert response.status_code == 200
    assert response.context["page"].pk == other_home.pk
