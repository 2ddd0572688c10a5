"""What the designed pages put where: the front page's blocks, related stories, the footer,
the error pages and the favicon."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from lxml import html

from depesche.core import generation
from depesche.demo.info_pages import ensure_info_pages
from depesche.news.errors import server_error
from depesche.news.models import InfoPage, StoryKind
from tests.factories import add_stories, make_image

pytestmark = pytest.mark.django_db

STATIC_DIR = Path(settings.STATICFILES_DIRS[0])


def tree_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def test_front_page_leads_with_the_newest_top_story_and_fills_the_top_row(
    client, section, edition_home, without_demo_top_stories
):
    home = edition_home("en")
    home.lead_story = None
    home.save_revision().publish()
    top = add_stories(section("en", "world"), 1, title="A top story", top_story=True)[0]
    tree = tree_of(client, "/en/")
    assert tree.cssselect(".front-lead .teaser__headline a")[0].text_content() == top.title
    assert len(tree.cssselect(".front-top .teaser")) == 4


def test_video_rail_shows_video_stories_with_a_play_badge(client, section):
    picture = make_image()
    add_stories(section("de", "welt"), 4, top_story=True)  # the top row is theirs
    video = add_stories(section("de", "kultur"), 1, title="Ein Video", kind=StoryKind.VIDEO)[0]
    add_stories(section("de", "kultur"), 1, title="Ein Bild", kind=StoryKind.PHOTO)
    video.lead_image = picture
    video.save_revision().publish()
    tree = tree_of(client, "/de/")
    rail = tree.cssselect(".rail--video")[0]
    assert "Ein Video" in rail.text_content()
    assert rail.cssselect(".teaser .play-badge")
    assert "Ein Bild" in tree.cssselect(".rail--photo")[0].text_content()


def test_ticker_and_most_read_come_right_after_the_top_stories(client):
    tree = tree_of(client, "/de/")
    blocks = ".front-lead, .front-top, .ticker, .most-read, .front-section"
    order = [element.get("class").split()[0] for element in tree.cssselect(blocks)]
    assert order[:4] == ["front-lead", "front-top", "ticker", "most-read"]


def test_story_shows_related_stories_sharing_its_tags_first(client, seed_story, section):
    sharing = add_stories(section("de", "sport"), 1, title="Gleiche Schlagworte")[0]
    sharing.tags.add("Belarus", "Verteidigung")
    sharing.save_revision().publish()
    tree = tree_of(client, seed_story.url)
    related = [a.text_content() for a in tree.cssselect(".related .teaser__headline a")]
    assert related[0] == "Gleiche Schlagworte"
    assert 1 < len(related) <= 4  # filled with the newest of the section
    assert seed_story.title not in related


def test_related_stories_come_from_the_edition_newest_first_among_equals(
    client, seed_story, section
):
    older, newer = add_stories(section("de", "sport"), 2)
    elsewhere = add_stories(section("en", "sport"), 1, title="Same tags, other edition")[0]
    for story in (older, newer, elsewhere):
        story.tags.add("Belarus", "Verteidigung")
        story.save_revision().publish()
    older.refresh_from_db()
    older.first_published_at = newer.first_published_at - datetime.timedelta(days=2)
    older.save(update_fields=["first_published_at"])
    generation.bump()
    tree = tree_of(client, seed_story.url)
    related = [a.text_content() for a in tree.cssselect(".related .teaser__headline a")]
    assert related[:2] == [newer.title, older.title]
    assert elsewhere.title not in related


def test_lead_image_credit_is_shown(client, section):
    [story] = add_stories(section("de", "politik"), 1, lead_image=make_image())
    story.lead_image_alt = "Zwei Minister beim Händedruck"
    story.lead_image_credit = "AzVision"
    story.save_revision().publish()
    tree = tree_of(client, story.url)
    figure = tree.cssselect(".story__lead-image")[0]
    assert figure.cssselect("img")[0].get("alt") == "Zwei Minister beim Händedruck"
    assert "AzVision" in figure.cssselect(".credit")[0].text_content()


def test_tag_page_heading_is_not_a_german_day(client):
    heading = tree_of(client, "/de/tags/belarus/").cssselect("h1")[0].text_content()
    assert heading.endswith("Belarus") and not heading.startswith("Tag")


def test_footer_links_the_editions_information_pages_feeds_and_editions(client):
    footer = tree_of(client, "/ru/").cssselect(".site-footer")[0]
    links = {a.text_content(): a.get("href") for a in footer.cssselect("a")}
    assert links["Конфиденциальность"] == "/ru/konfidentsialnost/"
    assert links["RSS"].startswith("/ru/")
    assert {"Deutsch", "English", "Русский", "Azərbaycanca"} <= set(links)
    assert "Datenschutz" not in links


def test_demo_information_pages_are_translations_and_created_once():
    assert ensure_info_pages() == 0  # load_demo made them already
    privacy = InfoPage.objects.get(slug="datenschutz")
    assert {page.slug for page in privacy.get_translations()} == {
        "privacy",
        "konfidentsialnost",
        "mexfilik",
    }


def test_information_page_is_served(client):
    tree = tree_of(client, "/az/elaqe/")
    assert tree.cssselect("h1")[0].text_content() == "Əlaqə"
    assert tree.get("lang") == "az"


@override_settings(
    DEBUG=True, MIDDLEWARE=[*settings.MIDDLEWARE, "depesche.news.errors.DesignedNotFoundMiddleware"]
)
def test_designed_not_found_page_even_with_debug_on(client):
    response = client.get("/ru/net-takoy-stranitsy/")
    assert response.status_code == 404
    tree = html.fromstring(response.content)
    assert tree.get("lang") == "ru"
    assert tree.cssselect(".error-page") and tree.cssselect(".sections")


def test_server_error_page_speaks_the_edition_and_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/az/bir-xeber/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    tree = html.fromstring(response.content)
    assert tree.get("lang") == "az"
    assert tree.cssselect(".error-page .button")[0].get("href") == "/az/"


def test_favicon_is_served_where_browsers_look(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.ico")
    assert (STATIC_DIR / "img" / "favicon.ico").exists()
    assert (STATIC_DIR / "img" / "favicon.svg").exists()
