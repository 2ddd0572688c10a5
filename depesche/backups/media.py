"""Every file of the default storage as one tar archive, read and written through Django's
storage API, so it works the same on a local folder and on object storage."""

import posixpath
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.files import File
from django.core.files.storage import Storage

from depesche.backups.archive import BackupError, HashingReader, sha256_of

ARCHIVE = "media.tar"


def stored_names(storage: Storage, directory: str = "") -> Iterator[str]:
    """Names of every file in the storage, folder by folder."""
    try:
        folders, files = storage.listdir(directory)
    except FileNotFoundError:  # a site without any media yet
        return
    for name in sorted(files):
        yield posixpath.join(directory, name)
    for folder in sorted(folders):
        yield from stored_names(storage, posixpath.join(directory, folder))


def write_archive(storage: Storage, path: Path) -> list[dict[str, Any]]:
    """Write every stored file into a tar archive; returns name, size and SHA-256 of each."""
    entries = []
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as archive:
        for name in stored_names(storage):
            try:
                file = storage.open(name, "rb")
            except FileNotFoundError:  # deleted since it was listed (a replaced file)
                continue
            with file:
                info = tarfile.TarInfo(name)
                info.size, info.mtime = file.size, int(time.time())
                reader = HashingReader(file)
                archive.addfile(info, reader)
            entries.append({"name": name, "size": info.size, "sha256": reader.hexdigest()})
    return entries


def verify_archive(path: Path, entries: list[dict[str, Any]]) -> None:
    """Refuse the archive unless it holds exactly the listed files with their checksums."""
    expected = {entry["name"]: entry for entry in entries}
    seen = set()
    try:
        with tarfile.open(path, "r:") as archive:
            for member in archive:
                entry = expected.get(member.name)
                if entry is None or not member.isfile() or member.name in seen:
                    raise BackupError(f"{ARCHIVE} holds {member.name!r}, which it should not.")
                with archive.extractfile(member) as data:
                    digest = sha256_of(data)
                if (member.size, digest) != (entry["size"], entry["sha256"]):
                    raise BackupError(
                        f"The media file {member.name} does not match its checksum in the "
                        "manifest: the backup is damaged."
                    )
                seen.add(member.name)
    except tarfile.TarError as error:
        raise BackupError(f"{ARCHIVE} is damaged: {error}.") from error
    if missing := expected.keys() - seen:
        raise BackupError(f"{ARCHIVE} lacks {len(missing)} files, such as {min(missing)}.")


def restore_archive(storage: Storage, path: Path, replace: bool) -> None:
    """Save every file of the archive under its own name (replacing one only if asked)."""
    with tarfile.open(path, "r:") as archive:
        for member in archive:
            if replace and storage.exists(member.name):
                storage.delete(member.name)
            with archive.extractfile(member) as data:
                saved = storage.save(member.name, File(data, name=member.name))
            if saved != member.name:
                raise BackupError(
                    f"{member.name} already exists in the media storage (saved as {saved}); "
                    "restore into an empty storage or pass --force."
                )


def missing_files(storage: Storage, entries: list[dict[str, Any]]) -> list[str]:
    """Listed files that the storage lacks or holds with another size."""
    return [
        entry["name"]
        for entry in entries
        if not storage.exists(entry["name"]) or storage.size(entry["name"]) != entry["size"]
    ]
