"""The reads app's periodic job: empty the reads cache daily (see docs/read-counts.md,
"Privacy", and depesche/worker/periodic.py)."""

import datetime

from depesche.worker.periodic import periodic

from .audience import empty_reads_cache


@periodic(every=datetime.timedelta(days=1))
def rotate_reads_cache() -> None:
    empty_reads_cache()
