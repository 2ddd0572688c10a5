"""Most-read lists per edition, for the last 24 hours and 7 days, from hourly buckets."""

import datetime

import pytest
from django.utils import timezone
from lxml import html

from depesche.reads.counting import record_reads
from depesche.reads.most_read import most_read
from tests.factories import add_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(section, without_demo_reads):
    """Three new stories, and no reads yet."""
    return add_stories(section("de", "sport"), 3)


def test_lists_rank_by_reads_within_the_period(stories):
    now = timezone.now()
    old, fresh, quiet = stories
    record_reads({old.pk: 50}, at=now - datetime.timedelta(days=3))
    record_reads({fresh.pk: 7}, at=now - datetime.timedelta(hours=2))
    record_reads({quiet.pk: 2}, at=now)
    record_reads({old.pk: 1}, at=now)
    day = [(story.pk, reads) for story, reads in most_read(old.locale_id, "day")]
    week = [(story.pk, reads) for story, reads in most_read(old.locale_id, "week")]
    assert day[:3] == [(fresh.pk, 7), (quiet.pk, 2), (old.pk, 1)]
    assert week[0] == (old.pk, 51)
    record_reads({old.pk: 5}, at=now - datetime.timedelta(days=8))
    assert most_read(old.locale_id, "week")[0][1] == 51


def test_lists_keep_to_their_edition_and_to_published_stories(stories, section):
    [english] = add_stories(section("en", "sport"), 1)
    record_reads({english.pk: 100, stories[0].pk: 1})
    german = [story.pk for story, _ in most_read(stories[0].locale_id, "day")]
    assert english.pk not in german and stories[0].pk in german
    stories[0].unpublish()
    assert stories[0].pk not in [s.pk for s, _ in most_read(stories[0].locale_id, "day")]


def test_front_page_and_fragment_show_the_lists(client, stories):
    record_reads({stories[1].pk: 9})
    front = html.fromstring(client.get("/de/").content)
    first = front.cssselect(".most-read__list")[0].cssselect("a")[0]
    assert first.text_content() == stories[1].title
    assert front.cssselect(".most-read__heading")[0].text_content() == "Meistgelesen"
    fragment = client.get("/de/most-read/")
    assert fragment["Cache-Control"] == "public, max-age=60"
    assert stories[1].title in fragment.content.decode()
    assert "(9-mal gelesen)" in " ".join(fragment.content.decode().split())
