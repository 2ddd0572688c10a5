"""Running an import from a file into a section, and keeping its record."""

from django.utils.translation import gettext as _

from . import wxr
from .images import ImageFetcher
from .models import ImportRun
from .report import ImportReport
from .seed_importer import SeedImporter
from .writer import StoryWriter


def run_import(
    path, source_format, section, *, source=None, user=None, fetch_images=True, progress=None,
    source_name="", extra_tags=(),
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
    elif source_format == ImportRun.Format.SEED:
        importer = SeedImporter(section, source=source_name, extra_tags=extra_tags)
        importer.import_path(path, report)
    else:
        problem = _("Unknown format %(format)s.") % {"format": source_format}
    run.record(report, problem)
    return run
