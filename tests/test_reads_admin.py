"""The newsroom sees each story's reads with a chart, and the day's most read on the dashboard."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from lxml import html

from depesche.reads.counting import record_reads
from depesche.reads.history import read_history
from depesche.reads.models import ReadTally
from tests.factories import add_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(section):
    [story] = add_stories(
        section("de", "welt"), 1, first_published_at=timezone.now() - datetime.timedelta(days=3)
    )
    return story


def test_history_is_hourly_for_two_days_then_daily(story):
    published = story.first_published_at
    record_reads({story.pk: 4}, at=published + datetime.timedelta(minutes=30))
    record_reads({story.pk: 6}, at=published + datetime.timedelta(hours=5))
    record_reads({story.pk: 9}, at=timezone.now())
    history = read_history(story)
    assert len(history.hourly) == 48
    assert [bar.reads for bar in history.hourly if bar.reads] == [4, 6]
    assert history.daily[-1].reads == 9
    assert sum(bar.reads for bar in history.daily) == 9


def test_edit_view_shows_count_and_chart(editor_client, story):
    record_reads({story.pk: 3}, at=story.first_published_at)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    tree = html.fromstring(response.content)
    panel = tree.cssselect(".reads-panel")[0]
    assert f"{ReadTally.objects.total_for(story)}" in panel.cssselect("p")[0].text_content()
    charts = panel.cssselect("svg")
    assert len(charts) == 2
    assert len(charts[0].cssselect("rect")) == 48
    heights = [float(rect.get("height")) for rect in charts[0].cssselect("rect")]
    assert max(heights) == 120 and heights.count(0) == 47
    assert "http" not in html.tostring(panel).decode().replace("http://www.w3.org", "")


def test_dashboard_lists_the_days_most_read(editor_client, story, without_demo_reads):
    record_reads({story.pk: 500})
    response = editor_client.get(reverse("wagtailadmin_home"))
    panel = html.fromstring(response.content).cssselect("#most-read-today-heading")[0].getparent()
    first = panel.cssselect("ol a")[0]
    assert first.text_content() == story.title
    assert first.get("href") == reverse("wagtailadmin_pages:edit", args=[story.pk])


@pytest.mark.parametrize(
    ("now", "first_label"),
    [
        # 14:20 in Berlin: the first bar is labelled with its hour, in the editor's time zone
        (datetime.datetime(2026, 12, 4, 13, 20, tzinfo=datetime.UTC), "14:00"),
        # 00:20 in Berlin: the first bar starts the day, so it is labelled with the day
        (datetime.datetime(2026, 12, 3, 23, 20, tzinfo=datetime.UTC), "4. Dezember"),
    ],
)
def test_a_new_storys_chart_has_room_for_its_first_two_days_and_axes(
    editor_client, section, now, first_label
):
    with time_machine.travel(now):
        [story] = add_stories(
            section("de", "welt"), 1, first_published_at=now - datetime.timedelta(minutes=20)
        )
        record_reads({story.pk: 1365}, at=now)
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    panel = html.fromstring(response.content).cssselect(".reads-panel")[0]
    [chart] = panel.cssselect("svg[role=img]")
    bars = chart.cssselect("rect")  # the hour of publication, and the present one
    assert 1 <= len(bars) <= 2
    assert all(float(bar.get("width")) < 640 / 48 for bar in bars)  # hours of 48, not all
    labels = [text.text_content() for text in chart.cssselect("text")]
    assert {"0", "1.365"} <= set(labels)  # the reads scale, grouped as in German
    assert first_label in labels
