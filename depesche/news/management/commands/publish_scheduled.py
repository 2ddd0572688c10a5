"""Wagtail's `publish_scheduled`, made safe to run beside the worker: each due revision or
expiry is claimed first, so it is published or unpublished once (news/scheduling.py).
The worker runs this every DEPESCHE_SCHEDULING_SECONDS; the command is for a manual run."""

from django.core.management.base import BaseCommand

from depesche.news.scheduling import run_schedule


class Command(BaseCommand):
    help = "Publish the revisions whose time has come and unpublish what has expired."

    def handle(self, *args, **options) -> None:
        published, unpublished = run_schedule()
        if options["verbosity"] > 0:
            self.stdout.write(f"Published {published}, unpublished {unpublished}.")
