"""Parametrized cases that are known to fail until a named piece of work lands."""

import pytest


def case(*values: object, missing: str | None = None):
    """A parametrize case; a strict expected failure when `missing` names what it waits for.

    Strict, so that the case turns red once the work has landed and the mark must go.
    """
    marks = [pytest.mark.xfail(strict=True, reason=missing)] if missing else []
    return pytest.param(*values, id="-".join(map(str, values)), marks=marks)
