"""Running an import from a file into a section, and keeping its record."""

import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import wxr
from .batches import import_batches
from .feed_import import feed_stories, import_entries, ninjs_stories
from .images import ImageFetcher
from .models import ImportRun
from .page_import import page_story
from .report import ImportReport
from .seed_importer import import_seed
from .web import SourceError, read_url
from .writer import StoryWriter

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from tqdm import tqdm

    from depesche.news.models import SectionPage


def run_import(
    path: str | Path, source_format: str, section: "SectionPage", *, source: str | None = None,
    user: "AbstractBaseUser | None" = None, fetch_images: bool = True,
    progress: "tqdm | None" = None, source_name: str = "", extra_tags: Iterable[str] = (),
    publish: bool = True,
) -> ImportRun:  # fmt: skip
    """Import `path` into `section`'s edition; returns the ImportRun with its report."""
    run = ImportRun.begin(source_format, str(source or path), section, user)
    report, problem = ImportReport(), None
    try:
        with import_batches() as batches:
            images = ImageFetcher() if fetch_images else None
            writer = StoryWriter(section.get_parent().specific, section, images, batches)
            if source_format == ImportRun.Format.SEED:
                import_seed(
                    path, writer, report, progress, source=source_name, extra_tags=extra_tags
                )
            else:
                job = ImportJob(Path(path), writer, report, progress, source, publish)
                IMPORTERS[source_format](job)
    except (SourceError, OSError) as error:
        problem = str(error)
    if batches.not_indexed:
        report.notes.append(
            (
                _("search index"),
                ngettext(
                    "%(count)d story is not in the search index; run manage.py update_index",
                    "%(count)d stories are not in the search index; run manage.py update_index",
                    batches.not_indexed,
                )
                % {"count": batches.not_indexed},
            )
        )
    run.record(report, problem)
    return run


@dataclass
class ImportJob:
    """One source file going into a section, with what every format's importer needs."""

    path: Path
    writer: StoryWriter
    report: ImportReport
    progress: "tqdm | None"
    source: str | None
    publish: bool

    def read(self) -> bytes:
        return self.path.read_bytes()


def import_wordpress(job: ImportJob) -> None:
    wxr.import_export(job.path, job.writer, job.report, job.progress)


def import_feed(job: ImportJob) -> None:
    entries = feed_stories(job.read(), publish=job.publish)
    import_entries(entries, job.writer, job.report, job.progress)


def import_ninjs(job: ImportJob) -> None:
    entries = ninjs_stories(job.read(), publish=job.publish)
    import_entries(entries, job.writer, job.report, job.progress)


def import_page(job: ImportJob) -> None:
    source = str(job.source)
    address = source if source.startswith(("http://", "https://")) else ""
    job.writer.write(page_story(job.read(), address=address, publish=job.publish), job.report)


IMPORTERS = {
    ImportRun.Format.WXR: import_wordpress,
    ImportRun.Format.FEED: import_feed,
    ImportRun.Format.NINJS: import_ninjs,
    ImportRun.Format.PAGE: import_page,
}
MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024
DOWNLOAD_TIMEOUT_SECONDS = 30


@contextmanager
def downloaded(url: str) -> Iterator[Path]:
    """The source at a web address, saved to a temporary file for the importers."""
    content, _type = read_url(url, max_bytes=MAX_DOWNLOAD_BYTES, timeout=DOWNLOAD_TIMEOUT_SECONDS)
    with tempfile.TemporaryDirectory(prefix="depesche-source-") as folder:
        path = Path(folder) / "source"
        path.write_bytes(content)
        yield path
