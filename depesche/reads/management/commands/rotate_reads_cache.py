"""Empty the reads cache: yesterday's salt and every visitor hash go. Run it daily."""

from django.core.management.base import BaseCommand

from depesche.reads.audience import empty_reads_cache


class Command(BaseCommand):
    help = (
        "Delete the reads cache (daily salts, repeat marks, rate counters). The file cache "
        "deletes an expired entry only when it is read again, so run this daily (shortly "
        "after midnight) to keep the privacy promise; Redis expires entries by itself. On "
        "Redis only the reads cache's keys are deleted."
    )

    def handle(self, *args, **options) -> None:
        empty_reads_cache()
        self.stdout.write("The reads cache is empty.")
