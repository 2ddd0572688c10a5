"""Cached pages as files, for nginx to serve without asking the app.

When DEPESCHE_STATIC_PAGES_DIR is set, every page the page cache stores (anonymous GET,
no query string, status 200) is also written to `<dir>/<generation>/<host><path>index.html`,
and `<dir>/current` is a symlink to the current generation's folder. A bump points the
link at a new, empty folder, so nginx (`try_files /current/$host$uri/index.html @app`)
stops serving every old page at once and asks the app, which writes the new ones.
On a machine that publishes nothing, `manage.py follow_content_generation` keeps the link
in step with the shared generation.
"""

import fcntl
import logging
import os
import re
import shutil
import threading
from pathlib import Path

from django.conf import settings
from django.http.request import split_domain_port

CURRENT = "current"
LIVE_FRAGMENTS = {"ticker", "most-read"}
logger = logging.getLogger(__name__)
SAFE_PATH = re.compile(r"/(?:[-\w.~%]+/)*")  # directory-style URLs only, no "..", no query


def root() -> Path | None:
    folder = settings.DEPESCHE_PAGE_CACHE["STATIC_DIR"]
    return Path(folder) if folder else None


def target(folder: Path, generation: int, host: str, path: str) -> Path | None:
    """Where a page goes, or None when its URL cannot be a file safely.

    Only for host names listed in ALLOWED_HOSTS word for word (no patterns), and never for
    the fragments whose content changes without a publish (ticker, most read).
    """
    domain, _port = split_domain_port(host)
    if domain.lower() not in {name.lower() for name in settings.ALLOWED_HOSTS}:
        return None
    if not SAFE_PATH.fullmatch(path) or "/../" in path or "/./" in path:
        return None
    if path.rstrip("/").rsplit("/", 1)[-1] in LIVE_FRAGMENTS:
        return None
    return folder / str(generation) / domain.lower() / path.lstrip("/") / "index.html"


def write(generation: int, host: str, path: str, body: bytes) -> None:
    """Write a page for nginx; atomic, so nginx never serves half a file.

    A failure (full disk, a folder removed by a switch) only means nginx asks the app.
    """
    folder = root()
    destination = target(folder, generation, host, path) if folder else None
    if destination is None:
        return
    temporary = destination.with_name(f".index.html.{os.getpid()}.{threading.get_ident()}")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(body)
        os.replace(temporary, destination)
    except OSError:
        logger.warning("Could not write the static copy of %s", path, exc_info=True)
        temporary.unlink(missing_ok=True)


def served_generation(folder: Path) -> int | None:
    """The generation `current` points at, or None."""
    link = folder / CURRENT
    return int(os.readlink(link)) if link.is_symlink() else None


def switch_to(generation: int) -> None:
    """Point `current` at a newer generation's folder and drop the older folders.

    Only ever forward: a process that has not yet seen a newer generation must not turn
    the link back.
    """
    folder = root()
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one switch at a time, across processes
        served = served_generation(folder)
        if served is not None and served >= generation:
            return
        (folder / str(generation)).mkdir(exist_ok=True)
        temporary = folder / f".{CURRENT}.{os.getpid()}.{threading.get_ident()}"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(str(generation))
        os.replace(temporary, folder / CURRENT)
    for old in folder.iterdir():
        if old.name.isdigit() and int(old.name) < generation:
            shutil.rmtree(old, ignore_errors=True)
