"""The database of a backup, one class per engine: a consistent dump, its restore, counts.

SQLite is copied with its online backup API and PostgreSQL dumped with pg_dump, each from one
snapshot, so a site may keep running (and counting reads) while it is backed up; the counts
in the manifest are taken from that same snapshot.
"""

import os
import shutil
import sqlite3
import subprocess  # nosec B404
from collections.abc import Iterable
from pathlib import Path

from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from depesche.backups.archive import BackupError
from depesche.backups.counts import headline_counts, model_tables, table_rows


class Database:
    """The site's database as a backup sees it."""

    engine = ""
    file_name = ""

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def dump(self, path: Path) -> tuple[dict[str, int], dict[str, int]]:
        """Write the database to `path`; returns (headline counts, rows per table) of it."""
        raise NotImplementedError

    def restore(self, path: Path, replace: bool) -> None:
        raise NotImplementedError

    def table_count(self) -> int:
        """How many tables the database has (0: nothing to overwrite)."""
        with self.connection.cursor() as cursor:
            return len(self.connection.introspection.table_names(cursor))

    def counts(self, tables: Iterable[str]) -> tuple[dict[str, int], dict[str, int]]:
        """(headline counts, rows of those of `tables` it has) of the database as it is now."""
        with self.connection.cursor() as cursor:
            existing = set(self.connection.introspection.table_names(cursor))
            rows = table_rows(cursor, existing.intersection(tables))
            return headline_counts(cursor, rows), rows


class SqliteDatabase(Database):
    engine = "sqlite"
    file_name = "database.sqlite3"

    @property
    def path(self) -> Path:
        return Path(self.connection.settings_dict["NAME"])

    def dump(self, path: Path) -> tuple[dict[str, int], dict[str, int]]:
        # One backup step copies every page under one read lock: a consistent copy even
        # while other processes write.
        source, copy = sqlite3.connect(self.path), sqlite3.connect(path)
        try:
            source.backup(copy)
            cursor = copy.cursor()
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            existing = {name for (name,) in cursor.fetchall()}
            rows = table_rows(cursor, existing.intersection(model_tables()))
            return headline_counts(cursor, rows), rows
        finally:
            source.close()
            copy.close()

    def table_count(self) -> int:
        return super().table_count() if self.path.exists() else 0

    def restore(self, path: Path, replace: bool) -> None:
        """Copy the backup's file into place (the site's processes must be stopped)."""
        self.connection.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        incoming = self.path.with_name(self.path.name + ".restoring")
        shutil.copyfile(path, incoming)
        with incoming.open("rb") as file:
            os.fsync(file.fileno())
        # The old database's write-ahead log must not be replayed into the restored file.
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        incoming.replace(self.path)


class PostgresDatabase(Database):
    engine = "postgresql"
    file_name = "database.pgdump"

    def dump(self, path: Path) -> tuple[dict[str, int], dict[str, int]]:
        # pg_dump reads the snapshot this transaction exported, and the counts are taken in
        # the same transaction: they describe exactly what the dump holds.
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            (snapshot,) = cursor.fetchone()
            self.run(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={path}",
            )
            existing = set(self.connection.introspection.table_names(cursor))
            rows = table_rows(cursor, existing.intersection(model_tables()))
            return headline_counts(cursor, rows), rows

    def restore(self, path: Path, replace: bool) -> None:
        """pg_restore in one transaction: all of the dump or, on an error, nothing."""
        self.connection.close()
        self.run(
            "pg_restore",
            "--exit-on-error",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            *(["--clean", "--if-exists"] if replace else []),
            f"--dbname={self.connection.settings_dict['NAME']}",
            str(path),
        )

    def environment(self) -> dict[str, str]:
        """libpq's variables for the site's connection; the password never goes on a
        command line, where other users of the machine could read it."""
        settings = self.connection.settings_dict
        _arguments, client_env = self.connection.client.settings_to_cmd_args_env(settings, [])
        values = {
            "PGHOST": settings.get("HOST"),
            "PGPORT": settings.get("PORT"),
            "PGUSER": settings.get("USER"),
            "PGDATABASE": settings.get("NAME"),
        }
        own = {name: str(value) for name, value in values.items() if value}
        return {**os.environ, **(client_env or {}), **own}

    def run(self, tool: str, *arguments: str) -> None:
        program = shutil.which(tool)
        if program is None:
            raise BackupError(
                f"{tool} is missing: install PostgreSQL's client tools (apt-get install "
                "postgresql-client), of the server's major version or newer."
            )
        result = subprocess.run(  # noqa: S603 # nosec B603
            [program, *arguments],
            env=self.environment(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise BackupError(f"{tool} failed: {result.stderr.strip()}")


ENGINES: dict[str, type[Database]] = {
    "sqlite": SqliteDatabase,
    "postgresql": PostgresDatabase,
}


def database_of(connection: BaseDatabaseWrapper) -> Database:
    """The backup class for the site's database engine."""
    engine = ENGINES.get(connection.vendor)
    if engine is None:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return engine(connection)


def describe(engine: str) -> str:
    """The engine's name as people write it."""
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(engine, engine)
