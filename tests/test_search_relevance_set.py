"""The relevance set names stories the demo has, with enough queries per edition."""

import pytest
from django.conf import settings

from depesche.demo import material
from depesche.search import relevance

EDITIONS = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_edition_has_at_least_thirty_distinct_queries(edition):
    queries = relevance.load(edition)
    assert len(queries) >= 30
    assert len({query.text for query in queries}) == len(queries)


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_query_must_find_demo_stories(edition):
    known = {template.key for template in material.load().templates} | {relevance.SEED_STORY}
    for query in relevance.load(edition):
        assert query.text.strip()
        assert query.finds
        assert query.finds <= known, query.text
