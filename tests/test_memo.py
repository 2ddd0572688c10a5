"""The per-process memo: kept for a content generation, and no longer than a cached page."""

from depesche.core import generation, memo
from depesche.core.memo import remembered


def counter():
    """A compute function that answers how often it has been called."""
    calls = []

    def compute():
        calls.append(True)
        return len(calls)

    return compute


def test_a_value_is_computed_again_when_the_generation_moves_on():
    compute = counter()
    assert remembered("answer", compute) == 1
    assert remembered("answer", compute) == 1
    generation.bump()
    assert remembered("answer", compute) == 2


def test_a_value_lasts_no_longer_than_a_cached_page(monkeypatch, settings):
    # If a change's move of the generation was lost (the shared cache out of reach just
    # then), what the memo holds must still age out, as the cached pages do.
    clock = [1000.0]
    monkeypatch.setattr(memo, "monotonic", lambda: clock[0])
    lifetime = settings.DEPESCHE_PAGE_CACHE["SECONDS"]
    compute = counter()
    assert remembered("answer", compute) == 1
    clock[0] += lifetime - 1
    assert remembered("answer", compute) == 1
    clock[0] += 1
    assert remembered("answer", compute) == 2
