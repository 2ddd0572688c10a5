"""What writing stories sets off, done once for every batch of stories in an import.

Each story is still its own transaction; indexing the stories for search, starting a new
content generation (which makes cached pages stale) and purging the CDN wait until a batch
of stories has been written or a few seconds have passed. A story that narrows who may see
it (restricted, unpublished) has its batch flushed at once.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager

from depesche.core import generation
from depesche.core.generation import HeldBackBumps
from depesche.news.models import StoryPage
from depesche.news.search_updates import BulkIndexing, indexing_in_bulk

BATCH_SIZE = 200
BATCH_SECONDS = 5.0


class ImportBatches:
    def __init__(
        self, search_index: BulkIndexing, bumps: HeldBackBumps, size: int, seconds: float
    ) -> None:
        self.search_index = search_index
        self.bumps = bumps
        self.size = size
        self.seconds = seconds
        self.written = 0
        self.started = time.monotonic()
        self.not_indexed = 0

    def story_written(self, at_once: bool = False) -> None:
        """Count a story (called outside its transaction); flush when `at_once`, when the
        batch is full or when it is older than `seconds`."""
        self.written += 1
        too_old = time.monotonic() - self.started >= self.seconds
        if at_once or too_old or self.written >= self.size:
            self.flush()

    def flush(self) -> None:
        self.not_indexed += self.search_index.flush()
        self.bumps.release()
        self.written = 0
        self.started = time.monotonic()


@contextmanager
def import_batches(
    size: int = BATCH_SIZE, seconds: float = BATCH_SECONDS
) -> Iterator[ImportBatches]:
    """Batches for one import run; the last, partial batch is indexed, then shown, at the end."""
    with generation.bumps_held_back() as bumps, indexing_in_bulk(StoryPage) as search_index:
        batches = ImportBatches(search_index, bumps, size, seconds)
        try:
            yield batches
        finally:
            batches.flush()
