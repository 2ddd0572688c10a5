"""Back up the site: `backup_site DEST` (see docs/backups.md)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from depesche.backups import site
from depesche.backups.archive import BackupError


class Command(BaseCommand):
    help = (
        "Back up the database and every media file into DEST, a new directory with a "
        "manifest of counts and checksums; the site may keep running."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("destination", type=Path, metavar="DEST", help="A new directory.")

    def handle(self, *args: Any, destination: Path, **options: Any) -> None:
        try:
            manifest = site.back_up(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        size = sum(record["size"] for record in manifest["files"].values())
        self.stdout.write(
            f"Backed up to {destination} ({size / 1_000_000:.1f} MB): {counts['stories']} stories, "
            f"{counts['revisions']} revisions, {counts['media_files']} media files, "
            f"{counts['reads']} reads."
        )
