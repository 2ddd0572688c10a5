"""Batchers hand each item the result of one handler call for the batch it was in."""

import asyncio
import threading

import pytest

from depesche.core.batches import LoopBatcher, ThreadBatcher
from tests.support.event_loop import run_in_own_thread


class Handler:
    """Doubles each item; fails every batch that holds 13. Records the batches it was given."""

    def __init__(self):
        self.batches = []
        self.threads = set()

    def __call__(self, items):
        self.batches.append(list(items))
        self.threads.add(threading.current_thread().name)
        if 13 in items:
            raise LookupError("13 is refused")
        return [item * 2 for item in items]


def test_the_thread_batcher_answers_each_item_and_passes_errors_on():
    handler = Handler()
    batcher = ThreadBatcher(handler)
    assert [batcher.submit(item) for item in (1, 2)] == [2, 4]
    with pytest.raises(LookupError):
        batcher.submit(13)
    assert batcher.submit(3) == 6  # the worker outlives a failed batch
    assert threading.current_thread().name not in handler.threads


def test_the_thread_batcher_answers_every_one_of_many_concurrent_requests():
    handler = Handler()
    batcher = ThreadBatcher(handler)
    results = {}

    def request(item):
        results[item] = batcher.submit(item)

    threads = [threading.Thread(target=request, args=(item,)) for item in range(100, 140)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {item: item * 2 for item in range(100, 140)}
    assert sorted(item for batch in handler.batches for item in batch) == list(range(100, 140))


def test_the_loop_batcher_handles_what_waits_together_in_one_call_off_the_loop():
    handler = Handler()

    async def submit_together(batcher, *items):
        waiting = [batcher.submit(item) for item in items]
        return await asyncio.gather(*waiting, return_exceptions=True)

    batcher = LoopBatcher(handler)
    assert run_in_own_thread(submit_together(batcher, 1, 2, 3)) == [2, 4, 6]
    assert handler.batches == [[1, 2, 3]]
    failed = run_in_own_thread(submit_together(batcher, 1, 13))
    assert [type(result) for result in failed] == [LookupError, LookupError]
    assert run_in_own_thread(submit_together(batcher, 5)) == [10]
    assert handler.threads == {"batches_0"}


def test_the_loop_batcher_gives_up_on_a_batch_that_takes_too_long(monkeypatch):
    from depesche.core import batches

    monkeypatch.setattr(batches, "WAIT_SECONDS", 0.2)
    release = threading.Event()

    def stuck(items):
        release.wait(5)
        return items

    async def submit_and_then_again(batcher):
        late = await asyncio.gather(batcher.submit(1), return_exceptions=True)
        release.set()
        return late, await batcher.submit(2)

    late, next_result = run_in_own_thread(submit_and_then_again(LoopBatcher(stuck)))
    assert [type(result) for result in late] == [TimeoutError]
    assert next_result == 2


def test_the_loop_batcher_waits_for_items_to_join_a_batch_that_is_not_full():
    handler = Handler()

    async def submit_one_then_another(batcher):
        loop = asyncio.get_running_loop()
        started = loop.time()
        first = asyncio.ensure_future(batcher.submit(1))
        await asyncio.sleep(0.05)  # well within the batch's 20 s of gathering
        second = await batcher.submit(2)
        return [await first, second], loop.time() - started

    batcher = LoopBatcher(handler, gather_seconds=20, full_batch=2)
    results, seconds = run_in_own_thread(submit_one_then_another(batcher))
    assert results == [2, 4]
    assert handler.batches == [[1, 2]]  # the second item joined the first's batch
    assert seconds < 10  # and, the batch being full, it was handed over at once


def test_the_loop_batcher_does_not_wait_for_items_when_the_batch_is_full():
    handler = Handler()

    async def submit_together_timed(batcher):
        loop = asyncio.get_running_loop()
        started = loop.time()
        results = await asyncio.gather(batcher.submit(1), batcher.submit(2))
        return results, loop.time() - started

    batcher = LoopBatcher(handler, gather_seconds=30, full_batch=2)
    results, seconds = run_in_own_thread(submit_together_timed(batcher))
    assert results == [2, 4]
    assert seconds < 10  # not the 30 s a batch that is not full would wait
