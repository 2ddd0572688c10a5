"""Poll the feed and ninjs subscriptions that are due (run it every minute)."""

from django.core.management.base import BaseCommand

from depesche.importers.polling import due_subscriptions, poll


class Command(BaseCommand):
    help = "Import from every subscription whose next poll has come."

    def handle(self, *args, **options) -> None:
        for subscription in due_subscriptions():
            run = poll(subscription)
            summary = run.summary() if run is not None else subscription.last_error
            if subscription.last_error:
                self.stderr.write(f"{subscription}: {subscription.last_error}")
            elif options["verbosity"] > 0:
                self.stdout.write(f"{subscription}: {summary}")
