"""What writing stories sets off, done once for every batch of stories in an import.

Each story is still its own transaction; indexing the stories for search and starting a new
content generation (which makes cached pages stale) wait until a batch has been written.
"""

from contextlib import contextmanager

from depesche.news.models import StoryPage
from depesche.news.search_updates import indexing_in_bulk
from depesche.pagecache import generation

BATCH_SIZE = 200


class ImportBatches:
    def __init__(self, search_index, bumps, size):
        self.search_index = search_index
        self.bumps = bumps
        self.size = size
        self.written = 0

    def story_written(self):
        """Count a story (called outside its transaction); a full batch is flushed."""
        self.written += 1
        if self.written >= self.size:
            self.flush()

    def flush(self):
        self.search_index.flush()
        self.bumps.release()
        self.written = 0


@contextmanager
def import_batches(size=BATCH_SIZE):
    """Batches for one import run; the last, partial batch is flushed at the end."""
    with indexing_in_bulk(StoryPage) as search_index, generation.bumps_held_back() as bumps:
        yield ImportBatches(search_index, bumps, size)
