"""Work done in batches: requests hand items to one worker thread that takes every item
waiting at that moment and handles them in one call (one transaction, one round trip).

Under load a batch carries dozens of items, so the database and the cache see few round
trips; when idle, a batch is a single item (which the asyncio batcher may keep a moment
for others to join, see LoopBatcher). An item's result is handed back only after its
batch has been handled.
"""

import asyncio
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, NoReturn, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Handles a batch: one result per item, in the items' order.
Handler = Callable[[Sequence[Item]], Sequence[Result]]
WAIT_SECONDS = 10


def handle(
    handler: Handler, items: Sequence[Item]
) -> tuple[Sequence[Result], BaseException | None]:
    """(results, None), or ([], the error) that every item of the batch must learn of."""
    try:
        results = handler(items)
    except BaseException as error:  # every waiting request must learn of it
        return [], error
    if len(results) != len(items):  # a handler's fault must not leave a request waiting
        return [], RuntimeError(f"{len(results)} results for {len(items)} items")
    return results, None


@dataclass
class ThreadWaiter(Generic[Item, Result]):
    """An item from a request thread, waiting for the worker thread."""

    item: Item
    done: threading.Event = field(default_factory=threading.Event)
    result: Result | None = None
    error: BaseException | None = None

    def settle(self, result: Result | None, error: BaseException | None) -> None:
        self.result, self.error = result, error
        self.done.set()

    def wait(self) -> Result:
        if not self.done.wait(WAIT_SECONDS):
            raise TimeoutError("the batch was not handled in time")
        if self.error is not None:
            raise self.error
        return self.result


class ThreadBatcher(Generic[Item, Result]):
    """Batches items from request threads (WSGI) for one worker thread per process."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self._waiting: list[ThreadWaiter] = []
        self._condition = threading.Condition()
        self._worker: threading.Thread | None = None

    def submit(self, item: Item) -> Result:
        """Hand the item over; returns its result once its batch has been handled."""
        waiter = ThreadWaiter(item)
        with self._condition:
            self._waiting.append(waiter)
            self._ensure_worker()
            self._condition.notify()
        return waiter.wait()

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._work_forever, daemon=True)
            self._worker.start()

    def _work_forever(self) -> NoReturn:
        while True:
            with self._condition:
                while not self._waiting:
                    self._condition.wait()
                batch, self._waiting = self._waiting, []
            results, error = handle(self.handler, [waiter.item for waiter in batch])
            for index, waiter in enumerate(batch):
                waiter.settle(None if error else results[index], error)


class LoopBatcher(Generic[Item, Result]):
    """The same for an asyncio server: the event loop never waits for the handler, which
    runs on one worker thread per process."""

    def __init__(self, handler: Handler, gather_seconds: float = 0, full_batch: int = 1) -> None:
        """A batch that holds fewer than `full_batch` items waits up to `gather_seconds` for
        more to join before it is handed over, as a database's commit delay does: when the
        handler's cost is mostly per batch, bigger batches leave the CPU more requests."""
        self.handler = handler
        self.gather_seconds = gather_seconds
        self.full_batch = full_batch
        self._waiting: list[tuple[Item, asyncio.Future]] = []
        self._filled: asyncio.Future | None = None  # set while a batch gathers
        self._flushing = False
        self._flush_task: asyncio.Task | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="batches")

    async def submit(self, item: Item) -> Result:
        """Hand the item over; returns its result once its batch has been handled."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._waiting.append((item, future))
        filled = self._filled
        if filled is not None and len(self._waiting) >= self.full_batch and not filled.done():
            filled.set_result(None)
        if not self._flushing:
            self._flushing = True
            self._flush_task = loop.create_task(self._flush())  # kept from the collector
        return await future

    async def _flush(self) -> None:
        """Hand the waiting items to the worker thread, batch after batch, until none wait.

        The time limit is kept per batch rather than per item (a timer for every request
        would cost more than the rest of a read beacon's work on the loop), so an item that
        arrives while a batch is handled waits at most twice WAIT_SECONDS."""
        loop = asyncio.get_running_loop()
        try:
            while self._waiting:
                if len(self._waiting) < self.full_batch and self.gather_seconds:
                    await self._gather(loop)
                batch, self._waiting = self._waiting, []
                handled = loop.run_in_executor(
                    self._worker, handle, self.handler, [item for item, _future in batch]
                )
                try:
                    results, error = await asyncio.wait_for(handled, WAIT_SECONDS)
                except TimeoutError:
                    results, error = [], TimeoutError("the batch was not handled in time")
                for index, (_item, future) in enumerate(batch):  # on the loop: not thread-safe
                    if future.cancelled():  # its request was given up
                        continue
                    if error is not None:
                        future.set_exception(error)
                    else:
                        future.set_result(results[index])
        finally:
            self._flushing = False

    async def _gather(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wait until the batch is full, or for `gather_seconds` at most."""
        self._filled = loop.create_future()
        try:
            await asyncio.wait([self._filled], timeout=self.gather_seconds)
        finally:
            self._filled = None
