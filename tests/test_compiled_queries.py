"""Compiled queries run exactly the SQL the ORM would write for the real values."""

from unittest import mock

import pytest

from depesche.core import compiled as compiled_module
from depesche.core.compiled import CompiledQuery
from depesche.core.memo import forget_all
from depesche.reads.counting import record_reads
from tests.factories import add_stories

pytestmark = pytest.mark.django_db


class RecordedQuery(CompiledQuery):
    """A compiled query that remembers the values it was run with."""

    made = []

    def __init__(self, build, stand_ins):
        super().__init__(build, stand_ins)
        self.runs = []
        self.made.append(self)

    def params_for(self, values):
        self.runs.append(tuple(values))
        return super().params_for(values)


def test_every_compiled_query_runs_the_orms_sql(client, seed_story, section):
    politics = section("de", "politik")
    stories = add_stories(politics, 3)
    RecordedQuery.made.clear()
    forget_all()
    with mock.patch.object(compiled_module, "CompiledQuery", RecordedQuery):
        for url in (seed_story.url, politics.url, stories[0].url, "/de/politik/nothing-here/"):
            client.get(url)
        record_reads({seed_story.pk: 1, stories[1].pk: 2})
        record_reads({stories[2].pk: 1})
    builds = {query.build.__qualname__ for query in RecordedQuery.made}
    assert {"tags_of_story", "ReadTallyQuerySet.totals_query", "countable_query"} <= builds
    assert sum("live_page_at" in name for name in builds) == 1  # sections and stories
    for query in RecordedQuery.made:
        assert query.runs, query.build
        for values in list(query.runs):
            sql, params = query.build(*values).query.sql_with_params()
            assert (query.sql, tuple(CompiledQuery.params_for(query, values))) == (sql, params)
