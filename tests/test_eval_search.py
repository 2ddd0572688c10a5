"""`make eval-search`'s scoring: recall@10 and reciprocal rank."""

from bench.eval_search import score
from depesche.search.relevance import Query


def test_recall_counts_the_stories_found_and_mrr_the_first_ones_rank():
    queries = [Query("harbour", frozenset({"a", "b"})), Query("ferry", frozenset({"c"}))]
    result = score(queries, [["x", "a", "y"], ["z"]])
    assert result.recall == (0.5 + 0.0) / 2
    assert result.mrr == (1 / 2 + 0.0) / 2
