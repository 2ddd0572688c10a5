"""Import stories: `import_stories SOURCE --format wxr|feed|ninjs|page|seed --edition de`."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm
from wagtail.models import Locale

from depesche.importers.models import ImportRun
from depesche.importers.runs import downloaded, run_import
from depesche.importers.web import SourceError
from depesche.news.models import SectionPage


class Command(BaseCommand):
    help = "Import stories from a file or a directory of files into an edition's section."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="A file, a directory of files or a web address.")
        parser.add_argument(
            "--format", choices=ImportRun.Format.values, default="seed", dest="source_format"
        )
        parser.add_argument("--edition", required=True, help="Language code, such as de.")
        parser.add_argument("--section", help="Slug of the section (default: the first one).")
        parser.add_argument("--source-name", default="", help="Source line for the stories.")
        parser.add_argument("--tag", action="append", default=[], help="Add this tag.")
        parser.add_argument(
            "--no-images", action="store_true", help="Do not fetch the images stories refer to."
        )
        parser.add_argument(
            "--draft", action="store_true", help="Feed and ninjs items: keep them as drafts."
        )

    def handle(self, *args, **options) -> None:
        section = self.section(options["edition"], options["section"])
        source = options["source"]
        if source.startswith(("http://", "https://")):
            try:
                with downloaded(source) as path:
                    run = self.run(path, source, section, options)
            except SourceError as error:
                raise CommandError(str(error)) from error
        else:
            path = Path(source)
            if not path.exists():
                raise CommandError(
                    _("Cannot read %(source)s: no such file or directory.") % {"source": path}
                )
            run = self.run(path, source, section, options)
        report = run.report
        for item, reason in report["skipped"]:
            self.stdout.write(_("skipped: %(item)s: %(reason)s") % {"item": item, "reason": reason})
        for item, note in report["notes"]:
            self.stdout.write(f"{item}: {note}")
        for item, reason in report["failed"]:
            self.stderr.write(_("failed: %(item)s: %(reason)s") % {"item": item, "reason": reason})
        self.stdout.write(run.summary())
        if run.problem:
            raise CommandError(run.problem)

    def run(
        self, path: Path, source: str, section: SectionPage, options: dict[str, Any]
    ) -> ImportRun:
        with tqdm(unit=_("items"), file=self.stderr, disable=None) as progress:
            return run_import(
                path,
                options["source_format"],
                section,
                source=source,
                fetch_images=not options["no_images"],
                progress=progress,
                source_name=options["source_name"],
                extra_tags=options["tag"],
                publish=not options["draft"],
            )

    def section(self, language_code: str, slug: str | None) -> SectionPage:
        try:
            locale = Locale.objects.get(language_code=language_code)
        except Locale.DoesNotExist as error:
            codes = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(
                _("Unknown edition %(code)s; the editions are: %(codes)s.")
                % {"code": language_code, "codes": codes}
            ) from error
        sections = SectionPage.objects.filter(locale=locale).order_by("path")
        section = sections.filter(slug=slug).first() if slug else sections.first()
        if section is None:
            raise CommandError(
                _("Edition %(code)s has no section %(slug)s.")
                % {"code": language_code, "slug": slug or ""}
            )
        return section
