"""Running a coroutine from a test while a browser test's Playwright may hold an event loop
running in the main thread."""

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor


def run_in_own_thread(coroutine: Coroutine):
    """asyncio.run in a thread of its own, where no loop is running."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
