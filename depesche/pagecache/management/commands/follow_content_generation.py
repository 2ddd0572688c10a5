"""Keep this machine's static page folder in step with the shared content generation."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from depesche.core import generation
from depesche.pagecache import static_files


class Command(BaseCommand):
    help = (
        "On every machine whose nginx serves DEPESCHE_STATIC_PAGES_DIR: re-read the shared "
        "content generation twice a second and switch the folder nginx serves when it "
        "changes; and start a new generation when the pages are older than "
        "DEPESCHE_PAGE_CACHE_SECONDS, so the times and most-read lists in them stay fresh."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=0.5)

    def handle(self, *args, **options) -> None:
        lifetime = settings.DEPESCHE_PAGE_CACHE["SECONDS"]
        started = time.monotonic()
        while True:
            if time.monotonic() - started >= lifetime:
                generation.bump()
                started = time.monotonic()
            static_files.switch_to(generation.shared())
            time.sleep(options["interval"])
