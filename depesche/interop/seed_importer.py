"""Creates or updates stories from seed-format files, one story per transaction."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from depesche.news.models import StoryPage
from depesche.news.slugs import free_slug
from depesche.reads.models import ReadTally

from . import seed_format
from .report import ImportReport
from .writer import describe

SEED_SUFFIXES = (".txt",)


class SeedImporter:
    """Imports seed-format files into one section of an edition.

    A story is matched on its external id ("seed:" and the file name without suffix), so a
    second run updates what changed and leaves the rest alone.
    """

    external_id_prefix = "seed:"

    def __init__(self, section, *, source="", extra_tags=()):
        self.section = section
        self.source = source
        self.extra_tags = list(extra_tags)

    def import_path(self, path, report=None):
        """Import one file, or every .txt file of a directory; returns the report."""
        report = report or ImportReport()
        path = Path(path)
        files = (
            sorted(p for p in path.iterdir() if p.suffix in SEED_SUFFIXES)
            if path.is_dir()
            else [path]
        )
        for file in files:
            self.import_file(file, report)
        return report

    def import_file(self, path, report, translation_of=None):
        """Import one file; a broken file is reported as failed and changes nothing."""
        path = Path(path)
        try:
            story = seed_format.parse(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, seed_format.SeedFormatError) as error:
            report.failed.append((str(path), str(error)))
            return None
        try:
            with transaction.atomic():
                page, outcome = self.save(
                    story, self.external_id_prefix + path.stem, translation_of
                )
        except (ValidationError, DatabaseError) as error:
            report.failed.append((str(path), describe(error)))
            return None
        if outcome == "skipped":
            report.skipped.append((str(path), _("unchanged")))
        else:
            getattr(report, outcome).append(str(path))
        return page

    def save(self, story, external_id, translation_of):
        page = StoryPage.objects.filter(
            external_id=external_id, locale_id=self.section.locale_id
        ).first()
        fields = {
            "title": story.headline,
            "kind": story.kind,
            "first_published_at": timezone.make_aware(story.published),
            "source": self.source,
            "body": [
                {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}
                for text in story.paragraphs
            ],
        }
        tags = list(dict.fromkeys(story.tags + self.extra_tags))
        if page is None:
            page = StoryPage(
                external_id=external_id, slug=free_slug(self.section, story.headline), **fields
            )
            if translation_of is not None:
                page.translation_key = translation_of.translation_key
            page.tags.set(tags)
            self.section.add_child(instance=page)
            outcome = "created"
        elif self.differs(page, fields, tags) or page.get_parent().pk != self.section.pk:
            if page.get_parent().pk != self.section.pk:
                page.move(self.section, pos="last-child")
                page.refresh_from_db()
            for name, value in fields.items():
                setattr(page, name, value)
            page.tags.set(tags)
            outcome = "updated"
        else:
            outcome = "skipped"
        if outcome != "skipped":
            page.save_revision().publish()
        ReadTally.objects.raise_to(page, story.read_count)
        return page, outcome

    @staticmethod
    def differs(page, fields, tags):
        body = [{"type": b["type"], "value": b["value"]} for b in page.body.get_prep_value()]
        return (
            body != fields["body"]
            or sorted(page.tags.names()) != sorted(tags)
            or any(getattr(page, name) != fields[name] for name in fields if name != "body")
        )
