"""Keep this machine's static page folder in step with the shared content generation."""

import time

from django.core.management.base import BaseCommand

from depesche.pagecache import generation, static_files


class Command(BaseCommand):
    help = (
        "On every machine whose nginx serves DEPESCHE_STATIC_PAGES_DIR: re-read the shared "
        "content generation twice a second and switch the folder nginx serves when it changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=0.5)

    def handle(self, *args, **options):
        while True:
            static_files.switch_to(generation.current())
            time.sleep(options["interval"])
