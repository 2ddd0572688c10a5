"""The front page's lead: the editor's choice, else the newest recent top story, else the
newest story; an old top story never leads by default."""

import datetime

import pytest
from django.utils import timezone
from lxml import html

from tests.factories import add_stories

pytestmark = pytest.mark.django_db


def lead_headline(client, url="/de/"):
    tree = html.fromstring(client.get(url).content)
    return tree.cssselect(".front-lead .teaser__headline")[0].text_content().strip()


@pytest.fixture
def home_without_choice(edition_home, without_demo_top_stories):
    """The German front page with no chosen lead and no top story but the tests' own."""
    home = edition_home("de")
    home.lead_story = None
    home.save_revision().publish()
    return home


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def test_an_old_top_story_does_not_lead(client, home_without_choice, section):
    add_stories(
        section("de", "politik"),
        1,
        title="Old top",
        top_story=True,
        first_published_at=hours_ago(72),
    )
    [newest] = add_stories(
        section("de", "sport"), 1, title="Fresh story", first_published_at=hours_ago(0.1)
    )
    assert home_without_choice.front_page_lead() == newest
    assert lead_headline(client) == "Fresh story"


def test_the_newest_recent_top_story_leads(client, home_without_choice, section):
    add_stories(
        section("de", "politik"),
        1,
        title="Earlier top",
        top_story=True,
        first_published_at=hours_ago(5),
    )
    [top] = add_stories(
        section("de", "welt"), 1, title="Newer top", top_story=True, first_published_at=hours_ago(2)
    )
    add_stories(section("de", "sport"), 2, first_published_at=hours_ago(0.1))
    assert home_without_choice.front_page_lead() == top
    assert lead_headline(client) == "Newer top"


def test_without_any_story_nothing_leads(edition_home):
    from depesche.news.models import StoryPage

    home = edition_home("en")
    StoryPage.objects.filter(locale=home.locale).delete()
    assert home.front_page_lead() is None


def test_the_editors_choice_leads_even_when_old(client, edition_home, section):
    home = edition_home("de")
    [chosen] = add_stories(
        section("de", "kultur"), 1, title="Chosen story", first_published_at=hours_ago(24 * 400)
    )
    add_stories(
        section("de", "politik"),
        1,
        title="Fresh top",
        top_story=True,
        first_published_at=hours_ago(0.1),
    )
    home.lead_story = chosen
    home.save_revision().publish()
    assert home.front_page_lead() == chosen
    assert lead_headline(client) == "Chosen story"
    chosen.unpublish()
    assert lead_headline(client) == "Fresh top"
