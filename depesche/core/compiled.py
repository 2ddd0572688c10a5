"""ORM queries compiled to SQL once per content generation, then run with new values.

Building a query through the ORM can cost more than running it. Paths that run the same
query for every request (routing a story, checking which stories may count reads) build it
once with stand-in values, remember the SQL until the content changes (view restrictions,
which some queries read while being built, change the generation too) and put the real
values in place of the stand-ins.
"""

from collections.abc import Callable, Hashable, Sequence

from django.db import connection
from django.db.models import QuerySet

from depesche.core.memo import remembered


class CompiledQuery:
    """The SQL of build(*stand_ins) and where the stand-in values sit among its parameters.

    tests/test_compiled_queries.py checks, for every compiled query that serving pages and
    counting reads use, that the SQL run equals the ORM's own SQL for the real values.
    """

    def __init__(self, build: Callable[..., QuerySet], stand_ins: Sequence) -> None:
        queryset = build(*stand_ins)
        self.build = build
        self.model = queryset.model
        self.sql, params = queryset.query.sql_with_params()
        self.params = tuple(params)
        self.positions = tuple(self.params.index(stand_in) for stand_in in stand_ins)

    def params_for(self, values: Sequence) -> list:
        params = list(self.params)
        for position, value in zip(self.positions, values, strict=True):
            params[position] = value
        return params

    def rows(self, values: Sequence) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(self.sql, self.params_for(values))
            return cursor.fetchall()

    def instances(self, values: Sequence) -> list:
        return list(self.model.objects.raw(self.sql, self.params_for(values)))


def compiled(key: Hashable, build: Callable[..., QuerySet], stand_ins: Sequence) -> CompiledQuery:
    """build(*stand_ins)'s query, compiled once per content generation and database."""
    return remembered(("compiled", connection.vendor, key), lambda: CompiledQuery(build, stand_ins))
