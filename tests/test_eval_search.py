"""`make eval-search`'s scoring: recall@10, reciprocal rank, and the ranked match."""

from bench.eval_search import Story, ranked_match, score
from depesche.search.analysis import terms
from depesche.search.relevance import Query


def story(key, published, headline="", lead="", body=""):
    fields = {"headline": headline, "lead": lead, "body": body}
    return Story(key, published, {name: set(terms(text, "en")) for name, text in fields.items()})


def test_recall_counts_the_stories_found_and_mrr_the_first_ones_rank():
    queries = [Query("harbour", frozenset({"a", "b"})), Query("ferry", frozenset({"c"}))]
    result = score(queries, [["x", "a", "y"], ["z"]])
    assert result.recall == (0.5 + 0.0) / 2
    assert result.mrr == (1 / 2 + 0.0) / 2


def test_a_headline_match_outranks_a_body_match_and_the_newer_story_a_tie():
    stories = [
        story("body", 3, headline="Council meets", body="The harbours reopen."),
        story("headline", 1, headline="Harbour reopens"),
        story("older-tie", 1, lead="Ferries resume."),
        story("newer-tie", 2, lead="A ferry resumes."),
        story("neither", 4, headline="Budget approved"),
    ]
    assert ranked_match(stories, "en", frozenset(), ["harbour", "ferries"]) == [
        ["headline", "body"],
        ["newer-tie", "older-tie"],
    ]
