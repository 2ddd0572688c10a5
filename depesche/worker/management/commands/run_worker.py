"""Run the worker: the periodic jobs and the tasks the app queues. Production runs one or
more of these beside the app processes; `make demo` starts one."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from depesche.worker import periodic


class Command(BaseCommand):
    help = (
        "Run the periodic jobs (scheduled publishing, subscription polling, daily clean-ups) "
        "and the queued tasks. Any number may run: each job and task runs once."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="seconds between looks at the queue when it is empty (default: 1)",
        )

    def handle(self, *args, **options) -> None:
        if not periodic.can_schedule():
            raise CommandError(
                "The task backend runs every task at once; the worker needs one that queues "
                "them (TASKS in the settings: django_tasks_db.DatabaseBackend)."
            )
        for name in periodic.schedule_all():
            if options["verbosity"] > 1:
                self.stdout.write(f"Scheduled {name}")
        call_command(
            "db_worker",
            queue_name="*",
            interval=options["interval"],
            reload=False,
            verbosity=options["verbosity"],
        )
