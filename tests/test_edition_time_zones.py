"""Every edition shows local times in its own zone, named where a reader could misread it."""

import datetime
import zoneinfo

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from lxml import html

from depesche.news.models import StoryPage
from depesche.news.time_zones import zone_label
from depesche.ticker.templatetags.ticker_tags import ticker_time
from tests.factories import add_stories

pytestmark = pytest.mark.django_db

# 10:00 UTC on a summer day: 12:00 in Berlin, 13:00 in Moscow, 14:00 in Baku, 11:00 in London.
INSTANT = datetime.datetime(2021, 5, 19, 10, 0, tzinfo=datetime.UTC)
SECTIONS = {"de": "politik", "en": "politics", "ru": "politika", "az": "siyaset"}


@pytest.fixture
def same_instant_story(section):
    def story(code):
        [page] = add_stories(section(code, SECTIONS[code]), 1, first_published_at=INSTANT)
        return page

    return story


def story_date(client, story):
    tree = html.fromstring(client.get(story.url).content)
    date = tree.cssselect("time.story__date")[0]
    return date.text_content(), date.get("datetime")


def test_an_azerbaijani_story_shows_baku_time_and_the_month_in_lower_case(
    client, same_instant_story
):
    text, machine = story_date(client, same_instant_story("az"))
    assert text == "19 may 2021, 14:00\N{NO-BREAK SPACE}UTC+4"
    assert machine == "2021-05-19T14:00:00+04:00"


@pytest.mark.parametrize(
    ("code", "shown", "machine", "zone"),
    [
        ("de", "19. Mai 2021, 12:00", "2021-05-19T12:00:00+02:00", "CEST"),
        ("ru", "19 мая 2021, 13:00", "2021-05-19T13:00:00+03:00", "MSK"),
        ("en", "19 May 2021, 11:00", "2021-05-19T11:00:00+01:00", "BST"),
    ],
)
def test_the_same_instant_in_each_editions_zone(
    client, same_instant_story, code, shown, machine, zone
):
    text, datetime_attribute = story_date(client, same_instant_story(code))
    with translation.override(code):
        label = translation.pgettext("time zone abbreviation", zone)
    assert text == f"{shown}\N{NO-BREAK SPACE}{label}"
    assert datetime_attribute == machine


def test_teasers_and_ticker_show_the_editions_time_without_zone(client, same_instant_story):
    story = same_instant_story("az")
    section_page = html.fromstring(client.get(story.get_parent().url).content)
    teaser = next(
        time
        for time in section_page.cssselect(".teaser__meta time")
        if time.get("datetime") == "2021-05-19T14:00:00+04:00"
    )
    assert teaser.text_content() == "19 may 2021, 14:00"
    StoryPage.objects.filter(locale=story.locale).exclude(pk=story.pk).delete()
    ticker = html.fromstring(client.get("/az/ticker/").content)
    assert ticker.cssselect(".ticker__time")[0].text_content() == "19 may, 14:00"


def test_an_edition_zone_ends_with_its_request(client, same_instant_story):
    client.get(same_instant_story("az").url)
    assert timezone.get_current_timezone_name() == settings.TIME_ZONE


def test_machine_paths_keep_the_sites_zone(client, same_instant_story):
    same_instant_story("az")
    client.get("/sitemaps/news.xml")
    assert timezone.get_current_timezone_name() == settings.TIME_ZONE


@pytest.mark.parametrize(
    ("zone", "moment", "label"),
    [
        ("Asia/Baku", INSTANT, "UTC+4"),
        ("Asia/Kathmandu", INSTANT, "UTC+5:45"),
        ("America/Sao_Paulo", INSTANT, "UTC\N{MINUS SIGN}3"),
        ("Europe/Berlin", datetime.datetime(2021, 1, 19, 10, tzinfo=datetime.UTC), "CET"),
        ("UTC", INSTANT, "UTC"),
        ("America/New_York", INSTANT, "EDT"),
    ],
)
def test_zone_labels(zone, moment, label):
    with translation.override("en"):
        assert zone_label(moment.astimezone(zoneinfo.ZoneInfo(zone))) == label


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ("19 May 2021, 12:00", "19 May, 12:00")),
        ("de", ("19. Mai 2021, 12:00", "19. Mai, 12:00")),
        ("ru", ("19 мая 2021, 12:00", "19 мая, 12:00")),
        ("az", ("19 may 2021, 12:00", "19 may, 12:00")),
    ],
)
def test_dates_in_news_style(code, expected):
    from depesche.news.templatetags.news_tags import published

    with timezone.override("Europe/Berlin"), translation.override(code):
        assert (published(INSTANT), ticker_time(INSTANT)) == expected


AZERBAIJANI_MONTHS = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr"


@pytest.mark.parametrize(("month", "name"), list(enumerate(AZERBAIJANI_MONTHS.split(), start=1)))
def test_azerbaijani_dates_write_every_month_in_lower_case(month, name):
    moment = datetime.datetime(2021, month, 19, 10, tzinfo=datetime.UTC)
    with translation.override("az"):
        assert date_format(moment, "DATETIME_FORMAT") == f"19 {name} 2021, 10:00"
        assert date_format(moment, "DATE_FORMAT") == f"19 {name} 2021"
        assert date_format(moment, "MONTH_DAY_FORMAT") == f"19 {name}"
