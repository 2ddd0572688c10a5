"""Searching an edition: inflected forms, ranking, phrases, filters, visibility, paging.

Runs on SQLite (FTS5) and, in the PostgreSQL stage, on the tsvector index. Stories use
invented words so that the demo corpus does not answer for them.
"""

import datetime

import pytest
from django.core.management.color import no_style
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from depesche.core import generation
from depesche.news.models import StoryKind
from depesche.search.engine import NEWEST, Filters
from depesche.search.searching import search
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def titles(text, language="de", order="relevance", **filters):
    story = StoryPageFactory._meta.model
    locale_id = story.objects.filter(locale__language_code=language).first().locale_id
    results = search(text, language, Filters(locale_id=locale_id, **filters), order=order)
    return [story.title for story in results.stories]


def test_the_full_text_match_runs_once_before_the_pages_are_joined(section):
    """Left to itself, SQLite's planner ran the match once per page of the edition, which
    took seconds at 100,000 stories (make bench-search)."""
    if connection.vendor != "sqlite":
        pytest.skip("the plan checked is SQLite's; PostgreSQL's planner starts from the GIN index")
    StoryPageFactory(parent=section("de", "politik"), title="Zyrgonien tagt")
    with CaptureQueriesContext(connection) as queries:
        assert titles("Zyrgonien") == ["Zyrgonien tagt"]
    sql = next(query["sql"] for query in queries if " MATCH " in query["sql"])
    with connection.cursor() as cursor:
        plan = {row[0]: row for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()}
    full_text_scan = next(row for row in plan.values() if "search_storyentry_fts" in row[3])
    assert plan[full_text_scan[1]][3].startswith("MATERIALIZE")


def test_the_engine_index_is_emptied_with_the_entries_as_djangos_flush_empties_them(section):
    """The engines' own tables (FTS5, PostgreSQL's documents) follow the entries by
    triggers, also when a flush empties them with TRUNCATE, which fires no row trigger."""
    StoryPageFactory(parent=section("de", "politik"), title="Zyrgonien tagt")
    assert titles("Zyrgonien") == ["Zyrgonien tagt"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # TRUNCATE waits for no deferred check
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in connection.ops.sql_flush(no_style(), ["search_storyentry"]):
            cursor.execute(statement)
    assert titles("Zyrgonien") == []


@pytest.mark.parametrize(
    ("language", "slug", "headline", "query"),
    [
        ("de", "politik", "Der Verteidigungsminister von Zyrgonien", "Verteidigungsministers"),
        ("de", "politik", "Zyrgoniens Verteidigungsministerium tagt", "Ministerium"),
        ("ru", "politika", "Азербайджан и Зыргония", "Азербайджана"),
        ("az", "siyaset", "Zırqoniya ilə əməkdaşlıq", "əməkdaşlığı"),
        ("en", "politics", "Zyrgonian ferries resume", "ferry"),
    ],
)
def test_a_query_finds_the_words_as_they_inflect(section, language, slug, headline, query):
    StoryPageFactory(parent=section(language, slug), title=headline)
    assert headline in titles(query, language)


def test_azerbaijani_letters_are_not_folded_away(section):
    # Invented words that differ as "şəhər" (city) and "səhər" (morning) do.
    StoryPageFactory(parent=section("az", "siyaset"), title="Zırqoniyada şəmbər")
    StoryPageFactory(parent=section("az", "siyaset"), title="Zırqoniyada səmbər")
    assert titles("şəmbər", "az") == ["Zırqoniyada şəmbər"]


def test_the_headline_outranks_the_body_and_the_newer_story_a_tie(section):
    politics = section("en", "politics")
    now = timezone.now()
    StoryPageFactory(
        parent=politics,
        title="Council meets",
        lead="",
        first_published_at=now,
        body=[("paragraph", "<p>The quorblat harbours reopen.</p>")],
    )
    StoryPageFactory(
        parent=politics,
        title="Quorblat harbour reopens",
        first_published_at=now - datetime.timedelta(days=3),
    )
    StoryPageFactory(
        parent=politics,
        title="Older ferry",
        lead="Zendrik ferries resume.",
        first_published_at=now - datetime.timedelta(days=2),
    )
    StoryPageFactory(
        parent=politics,
        title="Newer ferry",
        lead="Zendrik ferry resumes.",
        first_published_at=now - datetime.timedelta(days=1),
    )
    assert titles("quorblat harbour", "en")[:2] == ["Quorblat harbour reopens", "Council meets"]
    assert titles("zendrik ferry", "en")[:2] == ["Newer ferry", "Older ferry"]
    assert titles("quorblat", "en", order=NEWEST) == ["Council meets", "Quorblat harbour reopens"]


def test_a_phrase_in_quotes_matches_its_words_in_order_only(section):
    politics = section("de", "politik")
    StoryPageFactory(parent=politics, title="Zyrgonische Minister beraten")
    StoryPageFactory(parent=politics, title="Minister aus Zyrgonien beraten")
    assert titles('"zyrgonische Ministers"') == ["Zyrgonische Minister beraten"]
    assert set(titles("zyrgonische Minister")) >= {
        "Zyrgonische Minister beraten",
        "Minister aus Zyrgonien beraten",
    }


def test_filters_narrow_by_section_tag_kind_and_date(section):
    politics, economy = section("en", "politics"), section("en", "economy")
    old = timezone.now() - datetime.timedelta(days=40)
    tagged = StoryPageFactory(parent=politics, title="Vexmoor text", first_published_at=old)
    tagged.tags.add("Vexmoor")
    tagged.save()
    StoryPageFactory(parent=economy, title="Vexmoor video", kind=StoryKind.VIDEO)
    tag = Tag.objects.get(name="Vexmoor")
    assert titles("vexmoor", "en", section_path=economy.path) == ["Vexmoor video"]
    assert titles("vexmoor", "en", tag_id=tag.pk) == ["Vexmoor text"]
    assert titles("vexmoor", "en", kind=StoryKind.VIDEO) == ["Vexmoor video"]
    month_ago = timezone.now() - datetime.timedelta(days=30)
    assert titles("vexmoor", "en", published_from=month_ago) == ["Vexmoor video"]
    assert titles("vexmoor", "en", published_before=month_ago) == ["Vexmoor text"]


def test_publishing_unpublishing_and_editing_show_in_search_at_once(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Plinthor dam opens")
    assert titles("plinthor", "en") == ["Plinthor dam opens"]
    story.title = "Plinthor dam closes"
    story.save_revision().publish()
    assert titles("plinthor closes", "en")[0] == "Plinthor dam closes"
    assert "Plinthor dam closes" not in titles("opens", "en")  # its old word is gone
    story.unpublish()
    assert titles("plinthor", "en") == []
    story.save_revision().publish()
    assert titles("plinthor", "en") == ["Plinthor dam closes"]
    story.delete()
    assert titles("plinthor", "en") == []


def test_stories_behind_a_view_restriction_are_not_found(section):
    story = StoryPageFactory(parent=section("en", "politics"), title="Grellmark accord")
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    generation.bump()
    assert titles("grellmark", "en") == []


def test_another_editions_stories_are_not_found(section):
    StoryPageFactory(parent=section("en", "politics"), title="Trombalia vote")
    assert titles("Trombalia", "de") == []


def test_results_come_in_pages_with_the_total(section):
    StoryPageFactory.create_batch(25, parent=section("en", "politics"), title="Snorvik fair")
    locale_id = section("en", "politics").locale_id
    first = search("snorvik", "en", Filters(locale_id=locale_id), page=1)
    second = search("snorvik", "en", Filters(locale_id=locale_id), page=2)
    beyond = search("snorvik", "en", Filters(locale_id=locale_id), page=9)
    assert (first.total, first.pages, len(first.stories)) == (25, 2, 20)
    assert (second.total, len(second.stories)) == (25, 5)
    assert not set(first.stories) & set(second.stories)
    assert (beyond.total, beyond.stories) == (25, [])


@pytest.mark.parametrize(
    "query",
    [
        'OR AND NOT NEAR(a b) "',
        '"*" ^ : {headline} -x',
        "a\x00b\x01c",
        "é" * 10_000,
        "' OR 1=1 --",
        "a&b|c!d<->e:*",
        '""',
        "",
        "   ",
    ],
)
def test_hostile_queries_are_words_or_nothing(section, query):
    StoryPageFactory(parent=section("en", "politics"), title="Quelvar news")
    results = search(
        "quelvar " + query, "en", Filters(locale_id=section("en", "politics").locale_id)
    )
    assert results.stories[0].title == "Quelvar news"
    assert len(results.query.text) <= 200
    assert "\x00" not in results.query.text


@pytest.mark.parametrize(
    ("language", "slug", "headline", "typed", "meant"),
    [
        ("en", "politics", "Vostrania elects a mayor", "vostrnia", "vostrania"),
        ("de", "politik", "Wahl in Vostranien", "Vostranein wahl", "vostranien wahl"),
        ("ru", "politika", "Выборы в Вострании", "вострнаии", "вострании"),
        ("az", "siyaset", "Vostraniyada seçki", "vostraniyeda", "vostraniyada"),
    ],
)
def test_a_misspelt_word_gets_a_suggestion_the_edition_knows(
    section, language, slug, headline, typed, meant
):
    StoryPageFactory(parent=section(language, slug), title=headline)
    locale_id = section(language, slug).locale_id
    assert search(typed, language, Filters(locale_id=locale_id)).suggestion == meant
    assert search(meant, language, Filters(locale_id=locale_id)).suggestion is None
