"""A backup on disk: one directory with a manifest, checksummed files, written atomically."""

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

FORMAT = "depesche-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do."""


class HashingReader:
    """Reads from a file while computing the SHA-256 of what was read."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.hash = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.hash.update(data)
        return data

    def hexdigest(self) -> str:
        return self.hash.hexdigest()


def sha256_of(file: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := file.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def file_record(path: Path) -> dict[str, Any]:
    """Size and SHA-256 of a file of the backup, as the manifest lists them."""
    with path.open("rb") as file:
        return {"size": path.stat().st_size, "sha256": sha256_of(file)}


@contextlib.contextmanager
def directory_in_progress(destination: Path) -> Iterator[Path]:
    """A hidden directory beside `destination` that becomes it only when the block succeeds.

    A backup that fails or is interrupted never has the name of a complete one.
    """
    if destination.exists():
        raise BackupError(f"{destination} already exists; name a new directory for the backup.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(f".{destination.name}.incomplete-{secrets.token_hex(4)}")
    temporary.mkdir()
    try:
        yield temporary
        for path in temporary.iterdir():
            with path.open("rb") as file:
                os.fsync(file.fileno())
        temporary.rename(destination)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def manifest_checksum(manifest: dict[str, Any]) -> str:
    """SHA-256 of the manifest's content (without the checksum itself), in a canonical form."""
    content = {key: value for key, value in manifest.items() if key != "manifest_sha256"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def write_manifest(directory: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest with a checksum of its own, so a damaged one is refused too."""
    signed = {**manifest, "manifest_sha256": manifest_checksum(manifest)}
    text = json.dumps(signed, indent=2, ensure_ascii=False)
    (directory / MANIFEST).write_text(text + "\n", encoding="utf-8")


def read_manifest(directory: Path) -> dict[str, Any]:
    """The manifest of the backup in `directory`, refused unless this version can read it."""
    path = directory / MANIFEST
    if not path.is_file():
        raise BackupError(f"{directory} is not a complete backup: it has no {MANIFEST}.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{path} is damaged: {error}.") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not the manifest of a Depesche backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"The backup has format version {manifest.get('format_version')}; this version of "
            f"Depesche reads version {FORMAT_VERSION}. Restore it with the Depesche version "
            f"that made it ({manifest.get('depesche_version') or 'unknown'})."
        )
    if manifest.get("manifest_sha256") != manifest_checksum(manifest):
        raise BackupError(
            f"{MANIFEST} does not match its checksum in the manifest: the backup is damaged. "
            "Nothing was restored; use another backup."
        )
    return manifest


def verify_files(directory: Path, manifest: dict[str, Any]) -> None:
    """Refuse the backup unless every file the manifest lists has its size and checksum."""
    for name, expected in manifest["files"].items():
        path = directory / name
        if not path.is_file():
            raise BackupError(f"The backup is incomplete: {name} is missing.")
        if file_record(path) != expected:
            raise BackupError(
                f"{name} does not match its checksum in the manifest: the backup is damaged. "
                "Nothing was restored; use another backup."
            )
