"""Section and tag pages: newest first, paginated, and strict about page numbers."""

import pytest
from django.test import override_settings
from lxml import html

from tests.factories import add_stories

pytestmark = pytest.mark.django_db


def headlines(response):
    tree = html.fromstring(response.content)
    return [a.text_content() for a in tree.cssselect(".story-list .teaser__headline a")]


def test_section_lists_its_stories_newest_first(client, section):
    politics = section("de", "politik")
    stories = add_stories(politics, 3)
    response = client.get(politics.url)
    assert headlines(response)[:3] == [story.title for story in stories]


@override_settings(DEPESCHE_PAGE_SIZE=5)
def test_section_pages_through_its_stories(client, section):
    sport = section("de", "sport")
    add_stories(sport, 12)
    total = sport.specific.stories().count()
    first, second = client.get(sport.url), client.get(sport.url + "?page=2")
    assert len(headlines(first)) == 5
    assert not set(headlines(first)) & set(headlines(second))
    assert b'rel="next"' in first.content and b'rel="prev"' in second.content
    last = (total + 4) // 5
    assert client.get(f"{sport.url}?page={last}").status_code == 200


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "9" * 40, "%00", "١"])
def test_bad_page_numbers_are_not_found(client, section, page):
    politics = section("de", "politik")
    response = client.get(f"{politics.url}?page={page}")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


@override_settings(DEPESCHE_PAGE_SIZE=2)
def test_tag_page_lists_the_editions_stories_with_that_tag(client, section):
    culture = section("de", "kultur")
    tagged = add_stories(culture, 3)
    for story in tagged:
        story.tags.add("Jazz")
        story.save()
    response = client.get("/de/tags/jazz/")
    assert headlines(response) == [tagged[0].title, tagged[1].title]
    assert headlines(client.get("/de/tags/jazz/?page=2")) == [tagged[2].title]
    assert client.get("/de/tags/jazz/?page=abc").status_code == 404
    assert client.get("/en/tags/jazz/").status_code == 404


def test_unknown_tag_is_not_found(client):
    assert client.get("/de/tags/no-such-tag/").status_code == 404


def test_unpublished_stories_are_not_listed(client, section):
    politics = section("de", "politik")
    [draft] = add_stories(politics, 1, live=False, title="Secret draft")
    assert "Secret draft" not in headlines(client.get(politics.url))
    assert client.get(draft.url or f"{politics.url}{draft.slug}/").status_code == 404


def test_stories_behind_a_view_restriction_stay_out_of_listings(client, section):
    from wagtail.models import PageViewRestriction

    economy = section("de", "wirtschaft")
    [private] = add_stories(economy, 1, title="Members only story")
    [public] = add_stories(section("de", "sport"), 1, title="Open story")
    PageViewRestriction.objects.create(page=economy, restriction_type="login")
    front = client.get("/de/").content.decode()
    assert "Open story" in front
    assert "Members only story" not in front
    assert "Members only story" not in client.get("/de/ticker/").content.decode()


def test_a_lead_story_behind_a_view_restriction_does_not_lead(client, edition_home, section):
    from wagtail.models import PageViewRestriction

    home = edition_home("de")
    [chosen] = add_stories(section("de", "welt"), 1, title="Chosen lead")
    home.lead_story = chosen
    home.save_revision().publish()
    assert "Chosen lead" in client.get("/de/").content.decode().split("front-section")[0]
    PageViewRestriction.objects.create(page=chosen, restriction_type="login")
    assert "Chosen lead" not in client.get("/de/").content.decode()
