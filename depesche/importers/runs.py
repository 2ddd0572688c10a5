"""Running an import from a file into a section, and keeping its record."""

import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

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
    run = ImportRun.objects.create(
        source_format=source_format,
        source=str(source or path)[:500],
        edition=section.locale.language_code,
        section=section,
        started_by=user,
    )
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
                IMPORTERS[source_format](path, writer, report, progress, source, publish)
    except (SourceError, OSError) as error:
        problem = str(error)
    if batches.not_indexed:
        report.notes.append(
            (
                _("search index"),
                _("%(count)d stories are not in the search index; run manage.py update_index")
                % {"count": batches.not_indexed},
            )
        )
    run.record(report, problem)
    return run


def import_wordpress(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None",
    source: str | None,
    publish: bool,
) -> None:
    wxr.import_export(path, writer, report, progress)


def import_feed(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None",
    source: str | None,
    publish: bool,
) -> None:
    entries = feed_stories(Path(path).read_bytes(), publish=publish)
    import_entries(entries, writer, report, progress)


def import_ninjs(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None",
    source: str | None,
    publish: bool,
) -> None:
    entries = ninjs_stories(Path(path).read_bytes(), publish=publish)
    import_entries(entries, writer, report, progress)


def import_page(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None",
    source: str | None,
    publish: bool,
) -> None:
    address = str(source) if str(source).startswith(("http://", "https://")) else ""
    writer.write(page_story(Path(path).read_bytes(), address=address, publish=publish), report)


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
