"""Subscriptions: polled when due, deduplicated across polls, backing off after failures."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from depesche.importers.models import Subscription
from depesche.importers.polling import due_subscriptions, poll
from depesche.news.models import StoryPage
from tests.support.http import local_site

pytestmark = pytest.mark.django_db

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>Wire</description>
<item><title>{title}</title><link>https://wire.example/1</link><guid>urn:wire:1</guid>
<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><description>Text.</description></item>
</channel></rss>
"""


@pytest.fixture
def wire():
    """A feed on a real local HTTP server; `wire.answer` sets what it serves next."""
    with local_site(
        200, "application/rss+xml", FEED.format(title="First version").encode()
    ) as site:
        site.url = f"{site.base}/feed.xml"
        yield site


def rss(title):
    return (200, "application/rss+xml", FEED.format(title=title).encode())


def subscribe(section, url, **fields):
    return Subscription.objects.create(
        name="Wire", url=url, source_format="feed", section=section("en", "politics"), **fields
    )


def test_polls_create_then_update_and_never_duplicate(wire, section):
    subscription = subscribe(section, wire.url, publish=True)
    assert list(due_subscriptions()) == [subscription]
    first = poll(subscription)
    assert first.created_count == 1
    story = StoryPage.objects.get(external_id="feed:urn:wire:1")
    assert story.live and story.title == "First version"
    subscription.refresh_from_db()
    assert subscription.failures_in_a_row == 0
    assert subscription.next_poll_at - subscription.last_polled_at == datetime.timedelta(minutes=15)
    assert list(due_subscriptions()) == []
    wire.answer = rss("Second version")
    second = poll(subscription)
    assert (second.created_count, second.updated_count) == (0, 1)
    assert StoryPage.objects.filter(external_id="feed:urn:wire:1").count() == 1
    assert StoryPage.objects.get(external_id="feed:urn:wire:1").title == "Second version"


def test_subscriptions_bring_drafts_unless_told_to_publish(wire, section):
    poll(subscribe(section, wire.url))
    assert not StoryPage.objects.get(external_id="feed:urn:wire:1").live


def test_failures_are_recorded_and_retried_later_and_later(wire, section):
    subscription = subscribe(section, wire.url, interval_minutes=10)
    wire.answer = (500, "text/plain", b"broken")
    waits = []
    for _attempt in range(3):
        poll(subscription)
        subscription.refresh_from_db()
        waits.append(subscription.next_poll_at - subscription.last_polled_at)
    assert waits == [datetime.timedelta(minutes=m) for m in (20, 40, 80)]
    assert subscription.failures_in_a_row == 3
    assert "500" in subscription.last_error
    wire.answer = (200, "text/html", b"<html>not a feed</html>")
    poll(subscription)
    subscription.refresh_from_db()
    assert "feed" in subscription.last_error.lower() and subscription.failures_in_a_row == 4
    wire.answer = rss("Back again")
    poll(subscription)
    subscription.refresh_from_db()
    assert (subscription.failures_in_a_row, subscription.last_error) == (0, "")
    assert subscription.next_poll_at - subscription.last_polled_at == datetime.timedelta(minutes=10)


def test_the_wait_is_at_most_a_day(section):
    subscription = subscribe(section, "http://127.0.0.1:9/", interval_minutes=60)
    subscription.failures_in_a_row = 30
    poll(subscription, now=timezone.now())
    subscription.refresh_from_db()
    assert subscription.next_poll_at - subscription.last_polled_at == datetime.timedelta(days=1)


def test_editors_manage_subscriptions_in_the_admin(editor_client, section):
    politics = section("en", "politics")
    response = editor_client.post(
        reverse("subscriptions:add"),
        {
            "name": "Partner wire",
            "url": "https://partner.example/feed.xml",
            "source_format": "feed",
            "section": politics.pk,
            "interval_minutes": 30,
            "active": "on",
        },
    )
    assert response.status_code == 302
    subscription = Subscription.objects.get(name="Partner wire")
    assert subscription.interval_minutes == 30 and not subscription.publish
    listing = editor_client.get(reverse("subscriptions:index")).content.decode()
    assert "Partner wire" in listing
