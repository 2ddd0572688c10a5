"""Snippets: the passage around the words a query finds, marked, escaped, cut at words."""

from django.utils.html import strip_tags
from django.utils.safestring import SafeString

from depesche.search.snippets import snippet

FILLER = "and the council talked for a long while about nothing much at all " * 6


def test_the_found_words_are_marked_in_their_inflected_forms():
    text = "Ferries to Glimbrook resume. The ferry sails at dawn."
    assert snippet(text, "ferry", "en") == (
        "<mark>Ferries</mark> to Glimbrook resume. The <mark>ferry</mark> sails at dawn."
    )


def test_german_forms_and_russian_cases_meet_the_query():
    assert "<mark>Verteidigungsministers</mark>" in snippet(
        "Die Rede des Verteidigungsministers", "Verteidigungsminister", "de"
    )
    assert "<mark>Зыргонии</mark>" in snippet("Новости Зыргонии сегодня", "Зыргония", "ru")


def test_the_passage_is_around_the_first_match_and_cut_at_words():
    text = f"{FILLER}then the quorblat harbour reopened {FILLER}"
    found = snippet(text, "quorblat", "en", length=120)
    assert found.startswith("…") and found.endswith("…")
    assert "<mark>quorblat</mark>" in found
    inner = strip_tags(found).strip("…")
    assert inner == inner.strip() and len(inner) <= 120
    assert inner.split()[0] in text.split() and inner.split()[-1] in text.split()


def test_without_a_match_the_text_starts_the_snippet():
    found = snippet(f"Opening words {FILLER}", "xqzzy", "en", length=60)
    assert found.startswith("Opening words") and found.endswith("…")
    assert "<mark>" not in found


def test_short_and_empty_texts():
    assert snippet("Short text.", "short", "en") == "<mark>Short</mark> text."
    assert snippet("", "short", "en") == ""
    assert snippet("   \n  ", "", "en") == ""


def test_hostile_text_and_query_stay_escaped():
    text = 'Before <script>alert(1)</script> and "quoted" <b onclick=x>bold</b> after'
    found = snippet(text, '"><script>alert(1)</script>', "en")
    assert isinstance(found, SafeString)
    assert "<script" not in found and "<b " not in found
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(<mark>1</mark>)" in found
    assert "&quot;quoted&quot;" in found


def test_a_query_of_markup_marks_nothing_it_should_not():
    found = snippet("a < b & c > d", "<mark>", "en")
    assert found == "a &lt; b &amp; c &gt; d"


def test_a_word_longer_than_the_passage_is_cut():
    found = snippet("x" * 500, "y", "en", length=100)
    assert found == "x" * 100 + "…"
