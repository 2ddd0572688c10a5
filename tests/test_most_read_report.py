"""Reports → Most read: stories by reads in a chosen period, per edition and section, as CSV."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from lxml import html

from depesche.reads.counting import record_reads
from tests.factories import add_stories

pytestmark = pytest.mark.django_db
REPORT = reverse("reads_most_read_report")


def rows(response, stories=None):
    """The report's rows as lists of cell texts; only those of `stories` if given (the demo
    content has reads of its own)."""
    tree = html.fromstring(response.content)
    titles = {story.title for story in stories} if stories else None
    found = [
        [cell.text_content().strip() for cell in row.cssselect("td")]
        for row in tree.cssselect("table.listing tbody tr")
    ]
    return [row for row in found if titles is None or row[0] in titles]


def at_noon(days_ago):
    today = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    return today - datetime.timedelta(days=days_ago)


@pytest.fixture
def read_stories(section):
    """Three stories in one German section, read on different days."""
    politics = section("de", "politik")
    stories = add_stories(politics, 3)
    record_reads({stories[0].pk: 5, stories[1].pk: 9}, at=at_noon(1))
    record_reads({stories[0].pk: 7}, at=at_noon(3))
    record_reads({stories[2].pk: 50}, at=at_noon(20))  # outside the default week
    return politics, stories


def test_the_report_ranks_a_sections_stories_by_reads_in_the_last_week(editor_client, read_stories):
    politics, stories = read_stories
    response = editor_client.get(REPORT, {"section": politics.pk})
    assert response.status_code == 200
    listed = rows(response, stories)
    assert [row[0] for row in listed] == [stories[0].title, stories[1].title]
    assert listed[0][1:5] == ["Deutsch", politics.title, "12", "12"]
    assert listed[1][3] == "9"


def test_a_chosen_period_counts_only_its_days(editor_client, read_stories):
    politics, stories = read_stories
    day = at_noon(3).date().isoformat()
    response = editor_client.get(
        REPORT, {"section": politics.pk, "period_from": day, "period_to": day}
    )
    assert [row[0] for row in rows(response, stories)] == [stories[0].title]
    assert rows(response, stories)[0][3] == "7"
    earlier = at_noon(21).date().isoformat()
    response = editor_client.get(REPORT, {"section": politics.pk, "period_from": earlier})
    assert [row[3] for row in rows(response, stories)] == ["50", "12", "9"]


def test_the_edition_filter_keeps_other_editions_out(editor_client, read_stories, section):
    [english] = add_stories(section("en", "politics"), 1)
    record_reads({english.pk: 100}, at=at_noon(1))
    every_edition = rows(editor_client.get(REPORT, {"period_from": at_noon(30).date()}))
    assert {"Deutsch", "Englisch"} <= {row[1] for row in every_edition}  # the editor's German
    only_english = rows(editor_client.get(REPORT, {"edition": english.locale_id}))
    assert english.title in [row[0] for row in only_english]
    assert {row[1] for row in only_english} == {"Englisch"}


def test_the_csv_export_holds_every_row_with_headings(editor_client, read_stories):
    politics, stories = read_stories
    response = editor_client.get(REPORT, {"section": politics.pk, "export": "csv"})
    assert response["Content-Type"] == "text/csv"
    assert 'filename="most-read.csv"' in response["Content-Disposition"]
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    headings = ["Artikel", "Ausgabe", "Ressort", "Gelesen im Zeitraum", "Gelesen insgesamt"]
    assert table[0][:5] == headings  # in the editor's language
    mine = [row for row in table[1:] if row[0] in {story.title for story in stories}]
    assert [(row[0], row[3]) for row in mine] == [(stories[0].title, "12"), (stories[1].title, "9")]
    assert mine[0][6] == stories[0].full_url


def test_the_report_speaks_each_editors_language(editor_client, read_stories):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from depesche.demo.accounts import DEMO_EDITOR

    politics, _stories = read_stories
    profile = UserProfile.get_for_user(
        get_user_model().objects.get(username=DEMO_EDITOR["username"])
    )
    for language, headings, title in (
        ("de", ["Artikel", "Ausgabe", "Ressort", "Gelesen im Zeitraum"], "Meistgelesen"),
        ("ru", ["Материал", "Выпуск", "Рубрика", "Прочтений за период"], "Самое читаемое"),
        ("en", ["Story", "Edition", "Section", "Reads in the period"], "Most read"),
    ):
        profile.preferred_language = language
        profile.save()
        page = html.fromstring(editor_client.get(REPORT, {"section": politics.pk}).content)
        found = [cell.text_content().strip() for cell in page.cssselect("table.listing th")]
        assert found[:4] == headings
        assert title in page.findtext(".//title")


@pytest.mark.parametrize(
    "query",
    [
        {"period_from": "yesterday"},
        {"period_from": "2026-13-40", "period_to": "0"},
        {"edition": "999999"},
        {"section": "<script>alert(1)</script>"},
        {"page": "x"},
    ],
)
def test_bad_filters_get_a_page_not_an_error(editor_client, read_stories, query):
    response = editor_client.get(REPORT, query)
    assert response.status_code in (200, 404)
    assert b"<script>alert(1)</script>" not in response.content


def test_the_query_count_does_not_grow_with_the_rows(editor_client, section):
    politics = section("de", "politik")

    def queries_for(count):
        stories = add_stories(politics, count)
        record_reads({story.pk: 1 for story in stories}, at=at_noon(1))
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(REPORT).status_code == 200
        return len(captured)

    assert queries_for(2) == queries_for(12)


def test_only_people_with_admin_access_see_the_report(client):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/login/" in response["Location"]
