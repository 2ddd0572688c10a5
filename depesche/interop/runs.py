"""Running an import from a file into a section, and keeping its record."""

import tempfile
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from . import wxr
from .feed_import import SourceError, feed_stories, import_entries, ninjs_stories
from .images import ImageFetcher
from .models import ImportRun
from .page_import import page_story
from .report import ImportReport
from .seed_importer import SeedImporter
from .writer import StoryWriter


def run_import(
    path, source_format, section, *, source=None, user=None, fetch_images=True, progress=None,
    source_name="", extra_tags=(), publish=True,
):  # fmt: skip
    """Import `path` into `section`'s edition; returns the ImportRun with its report."""
    run = ImportRun.objects.create(
        source_format=source_format,
        source=str(source or path)[:500],
        edition=section.locale.language_code,
        section=section,
        started_by=user,
    )
    report, problem = ImportReport(), None
    if source_format == ImportRun.Format.WXR:
        home = section.get_parent().specific
        writer = StoryWriter(home, section, images=ImageFetcher() if fetch_images else None)
        try:
            wxr.import_export(path, writer, report, progress)
        except wxr.WxrError as error:
            problem = str(error)
    elif source_format in (ImportRun.Format.FEED, ImportRun.Format.NINJS):
        read = feed_stories if source_format == ImportRun.Format.FEED else ninjs_stories
        home = section.get_parent().specific
        writer = StoryWriter(home, section, images=ImageFetcher() if fetch_images else None)
        try:
            entries = read(Path(path).read_bytes(), publish=publish)
            import_entries(entries, writer, report, progress)
        except (SourceError, OSError) as error:
            problem = str(error)
    elif source_format == ImportRun.Format.PAGE:
        home = section.get_parent().specific
        writer = StoryWriter(home, section, images=ImageFetcher() if fetch_images else None)
        try:
            address = str(source) if str(source).startswith(("http://", "https://")) else ""
            story = page_story(Path(path).read_bytes(), address=address, publish=publish)
            writer.write(story, report)
        except (SourceError, OSError) as error:
            problem = str(error)
    elif source_format == ImportRun.Format.SEED:
        importer = SeedImporter(section, source=source_name, extra_tags=extra_tags)
        importer.import_path(path, report)
    else:
        problem = _("Unknown format %(format)s.") % {"format": source_format}
    run.record(report, problem)
    return run


MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024
DOWNLOAD_TIMEOUT_SECONDS = 30


@contextmanager
def downloaded(url):
    """The source at a web address, saved to a temporary file for the importers."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise SourceError(_("Only http and https addresses can be imported."))
    request = urllib.request.Request(url, headers={"User-Agent": "Depesche importer"})  # noqa: S310
    with tempfile.TemporaryDirectory(prefix="depesche-source-") as folder:
        path = Path(folder) / "source"
        try:
            with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT_SECONDS) as answer:  # noqa: S310
                content = answer.read(MAX_DOWNLOAD_BYTES + 1)
        except (OSError, ValueError) as error:
            raise SourceError(
                _("Cannot read %(source)s: %(problem)s") % {"source": url, "problem": error}
            ) from error
        if len(content) > MAX_DOWNLOAD_BYTES:
            raise SourceError(_("%(source)s is larger than 100 MB.") % {"source": url})
        path.write_bytes(content)
        yield path
