"""Generate a large corpus for load tests: `generate_corpus --stories 100000`."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from tqdm import tqdm

from depesche.demo.bulk import BulkCorpus
from depesche.demo.editions import ensure_editions


class Command(BaseCommand):
    help = "Add many stories across editions, sections, kinds, tags and five years of dates."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        editions = ensure_editions()
        sections = [
            (code, key, section)
            for code, by_key in editions.items()
            for key, section in by_key.items()
        ]
        corpus = BulkCorpus(sections, options["seed"], timezone.now())
        with tqdm(total=options["stories"], unit="stories", file=self.stderr._out) as progress:
            corpus.write(options["stories"], progress)
        self.stdout.write(f"Added {options['stories']} stories.")
