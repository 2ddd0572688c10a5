"""Restore a backup into this site: `restore_site SOURCE [--force]` (see docs/backups.md)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from depesche.backups import site
from depesche.backups.archive import BackupError


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: its database, then its media files, then "
        "check both against its manifest. Stop the site's processes first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path, metavar="SOURCE", help="A backup directory.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace what a database or media storage that is not empty holds.",
        )

    def handle(self, *args: Any, source: Path, force: bool, **options: Any) -> None:
        try:
            manifest = site.restore(source, replace=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} from {source}: "
            f"{counts['stories']} stories, {counts['revisions']} revisions, "
            f"{counts['media_files']} media files, {counts['reads']} reads in "
            f"{counts['read_buckets']} hourly buckets. Every count and checksum matches "
            "the backup's manifest."
        )
