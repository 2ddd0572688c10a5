"""The live channel's events: what publishing announces, catching up, polling, pruning.

Streams from real server processes are tested in test_live_server.py, pages in Chromium
in tests/browser/test_live_pages.py.
"""

import datetime
import json

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone
from lxml import html
from wagtail.models import Locale, PageViewRestriction

from depesche.channel import events
from depesche.channel.jobs import prune_live_events
from depesche.channel.models import LiveEvent
from depesche.news.models import StoryPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_earlier_events(db):
    """Loading the demo announced its stories; each test starts with only the newest."""
    LiveEvent.objects.exclude(id=events.latest_id()).delete()
    LiveEvent.objects.update(kind="earlier")


def new_events(kind):
    return list(LiveEvent.objects.filter(kind=kind).order_by("id"))


def publish_story(section, title="Eilig", **fields):
    story = StoryPageFactory(parent=section("de", "politik"), title=title, live=False, **fields)
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def test_publishing_a_story_announces_its_ticker_entry_in_its_edition(section):
    before = events.latest_id()
    with time_machine.travel(datetime.datetime(2026, 3, 2, 13, 5, tzinfo=datetime.UTC)):
        story = publish_story(section, title="Waffenruhe <vereinbart>", first_published_at=None)
    [event] = new_events("ticker")
    assert event.pk > before
    assert event.locale.language_code == "de"
    assert event.payload["story"] == story.pk
    assert event.payload["title"] == "Waffenruhe <vereinbart>"
    entry = html.fragment_fromstring(event.payload["html"])
    assert entry.get("data-story") == str(story.pk)
    assert entry.cssselect("a")[0].get("href") == story.url
    assert entry.cssselect("a")[0].text == "Waffenruhe <vereinbart>"
    assert "&lt;vereinbart&gt;" in event.payload["html"]
    # The edition's clock (Berlin), in the German time format.
    assert entry.cssselect("time")[0].text == "14:05"


def test_a_story_behind_a_login_is_not_announced(section):
    story = StoryPageFactory(parent=section("de", "politik"), live=False)
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    story.save_revision().publish()
    assert new_events("ticker") == []


def test_unpublishing_a_story_takes_it_out_of_open_tickers(section):
    story = publish_story(section)
    assert len(new_events("ticker")) == 1
    story.unpublish()
    [event] = new_events("ticker-removed")
    assert event.message() == {"id": event.pk, "type": "ticker-removed", "story": story.pk}
    assert new_events("ticker") == []  # a reader catching up gets no withdrawn headline


def test_a_reader_catches_up_with_the_events_of_its_edition_only(section):
    start = events.latest_id()
    german = publish_story(section)
    StoryPageFactory(parent=section("en", "politics"), live=False).save_revision().publish()
    catch_up = events.events_after(german.locale_id, start)
    assert catch_up.complete
    assert [message["story"] for message in catch_up.messages] == [german.pk]
    assert events.events_after(german.locale_id, events.latest_id()).messages == []


def test_a_gap_too_long_to_replay_asks_the_page_to_reload_its_live_parts(section):
    start = events.latest_id()
    locale_id = Locale.objects.get(language_code="de").pk
    for number in range(3):
        events.announce(locale_id, "ticker-removed", {"story": number})
    assert not events.events_after(locale_id, start, limit=2).complete
    assert events.events_after(locale_id, start, limit=3).complete
    # Events after `start` were pruned: what is left is not all the reader missed.
    LiveEvent.objects.filter(id__lte=start + 2).delete()
    assert not events.events_after(locale_id, start).complete


def test_events_are_kept_for_a_day_and_the_newest_always(section):
    locale_id = Locale.objects.get(language_code="de").pk
    old = events.announce(locale_id, "ticker-removed", {"story": 1})
    LiveEvent.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=25)
    )
    recent = events.announce(locale_id, "ticker-removed", {"story": 2})
    prune_live_events()
    assert not LiveEvent.objects.filter(pk=old.pk).exists()
    LiveEvent.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
    prune_live_events()
    assert list(LiveEvent.objects.all()) == [recent]  # pages rendered now reflect its id


def test_polling_gets_the_editions_recent_events_with_the_interval_and_a_short_cache(
    client, section
):
    start = events.latest_id()
    story = publish_story(section)
    response = client.get("/de/live/")
    assert response.status_code == 200
    data = response.json()
    assert data["last"] == events.latest_id() > start
    assert data["poll"] == 15
    assert data["after"] < start + 1
    assert data["events"][-1]["story"] == story.pk
    assert response["Cache-Control"] == "public, max-age=2"
    again = client.get("/de/live/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert client.get("/en/live/").json()["events"][-1:] != data["events"][-1:]


@override_settings(
    DEPESCHE_PAGE_CACHE={
        "ENABLED": True,
        "CACHE": "pages",
        "SECONDS": 60,
        "SHARED_MAX_AGE": 60,
        "STALE_WHILE_REVALIDATE": 30,
        "STATIC_DIR": "",
        "NEVER": ("/admin/",),
        "FULL_QUERY_PATHS": r"/api/",
    }
)
def test_the_page_cache_does_not_keep_polling_answers_longer_than_they_say(client, section):
    first = client.get("/de/live/").json()
    publish_story(section)
    second = client.get("/de/live/")
    assert second.get("X-Cache") != "hit"
    assert second.json()["last"] > first["last"]


def test_the_development_server_has_no_stream_and_tells_the_browser_to_poll(client):
    response = client.get("/de/live/stream/")
    assert response.status_code == 204
    assert response["Cache-Control"] == "no-store"


def test_pages_say_where_their_live_channel_is_and_what_their_ticker_reflects(client, section):
    publish_story(section)
    page = html.fromstring(client.get("/de/").content)
    body = page.cssselect("body")[0]
    assert body.get("data-live-stream") == "/de/live/stream/"
    assert body.get("data-live-events") == "/de/live/"
    ticker = page.cssselect("[data-ticker-url]")[0]
    assert int(ticker.get("data-live-since")) == events.latest_id()
    texts = json.loads(ticker.get("data-new-stories"))
    assert texts["one"] == "%(count)s neue Meldung"
    assert texts["other"] == "%(count)s neue Meldungen"
    assert page.cssselect(".ticker [role=status]")
    assert page.cssselect(".ticker__news")[0].get("hidden") is not None
