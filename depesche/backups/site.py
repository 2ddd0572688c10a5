"""Backing up a whole site and restoring it: the database first, then the media files."""

import datetime
import shutil
import subprocess  # nosec B404
import tomllib
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections

from depesche.backups import media
from depesche.backups.archive import (
    FORMAT,
    FORMAT_VERSION,
    BackupError,
    directory_in_progress,
    file_record,
    read_manifest,
    verify_files,
    write_manifest,
)
from depesche.backups.databases import database_of, describe
from depesche.core import generation


def back_up(destination: Path) -> dict[str, Any]:
    """Write a backup of the site into the new directory `destination`; returns its manifest."""
    database = database_of(connections[DEFAULT_DB_ALIAS])
    with directory_in_progress(destination) as directory:
        counts, tables = database.dump(directory / database.file_name)
        entries = media.write_archive(default_storage, directory / media.ARCHIVE)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "depesche_version": depesche_version(),
            "commit": source_commit(),
            "database_engine": database.engine,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "counts": {**counts, "media_files": len(entries)},
            "tables": tables,
            "database_file": database.file_name,
            "files": {
                name: file_record(directory / name) for name in (database.file_name, media.ARCHIVE)
            },
            "media": entries,
        }
        write_manifest(directory, manifest)
    return manifest


def restore(source: Path, replace: bool = False) -> dict[str, Any]:
    """Restore the backup in `source` into this site; returns its manifest.

    Everything is checked before anything changes: the manifest, every checksum, the
    engine, and that the site is empty unless `replace` is set.
    """
    manifest = read_manifest(source)
    database = database_of(connections[DEFAULT_DB_ALIAS])
    if manifest["database_engine"] != database.engine:
        raise BackupError(
            f"This backup holds a {describe(manifest['database_engine'])} database and this "
            f"site runs on {describe(database.engine)}; restoring across engines is not "
            "supported. Restore it into a site on the same engine."
        )
    verify_files(source, manifest)
    media.verify_archive(source / media.ARCHIVE, manifest["media"])
    if not replace:
        refuse_unless_empty(database.table_count())
    database.restore(source / manifest["database_file"], replace)
    media.restore_archive(default_storage, source / media.ARCHIVE, replace)
    check_restored(manifest, *database.counts(manifest["tables"]))
    generation.bump()  # no page cached from earlier content is served again
    return manifest


def refuse_unless_empty(tables: int) -> None:
    if tables:
        raise BackupError(
            f"The database already has {tables} tables; restore into an empty database "
            "(created, not migrated) or pass --force to replace what it holds."
        )
    if next(media.stored_names(default_storage), None) is not None:
        raise BackupError(
            "The media storage already holds files; restore into an empty one or pass --force "
            "to replace the files the backup holds."
        )


def check_restored(
    manifest: dict[str, Any], counts: dict[str, int], tables: dict[str, int]
) -> None:
    """Refuse to call the restore done unless the site holds what the manifest counted."""
    expected = {key: value for key, value in manifest["counts"].items() if key != "media_files"}
    differing = [
        f"{name}: {tables.get(name)} rows, the backup counted {rows}"
        for name, rows in manifest["tables"].items()
        if tables.get(name) != rows
    ]
    if counts != expected or differing:
        raise BackupError(
            "The restored database does not hold what the backup counted ("
            + "; ".join(differing or [f"{counts} instead of {expected}"])
            + "). Restore again into an empty database."
        )
    if missing := media.missing_files(default_storage, manifest["media"]):
        raise BackupError(
            f"{len(missing)} media files were not restored, such as {missing[0]}; "
            "check the media storage and restore again."
        )


def depesche_version() -> str | None:
    pyproject = Path(settings.BASE_DIR) / "pyproject.toml"
    if not pyproject.is_file():
        return None
    return tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("version")


def source_commit() -> str | None:
    """The commit of the code running, when it runs from a git checkout."""
    git = shutil.which("git")
    if git is None or not (Path(settings.BASE_DIR) / ".git").exists():
        return None
    result = subprocess.run(  # noqa: S603 # nosec B603
        [git, "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None
