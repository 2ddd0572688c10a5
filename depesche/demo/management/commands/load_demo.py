"""Load the demo site: editions, sections, the seed story and its translations, a corpus."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser, no_translations
from django.utils import timezone

from depesche.demo import accounts, corpus, info_pages
from depesche.demo.editions import ensure_editions
from depesche.importers.report import ImportReport
from depesche.importers.seed_importer import import_seed_file
from depesche.importers.writer import StoryWriter
from depesche.news.models import SectionPage, StoryPage
from depesche.news.newsroom import ensure_newsroom_groups

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
SEED_DIR = settings.BASE_DIR.parent / "shared" / "seed"
SEED_SECTION = "politics"
SEED_SOURCE = "AzVision.az"
SEED_TAGS = {
    "de": ["Aserbaidschan", "Belarus", "Verteidigung"],
}
TRANSLATIONS = ("en", "ru", "az")


class Command(BaseCommand):
    help = "Create the demo editions, stories and editor account; safe to run again."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stories-per-edition",
            type=int,
            default=40,
            help=f"At least this many stories in each edition, at most {corpus.capacity()}.",
        )
        parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
        parser.add_argument(
            "--seed-dir", type=Path, default=SEED_DIR, help="Folder of seed-format stories."
        )

    @no_translations  # what it prints is for the console, in English like the README
    def handle(self, *args, **options) -> None:
        try:
            planned = corpus.plan(options["stories_per_edition"], options["seed"])
        except corpus.NotEnoughMaterial as error:
            raise CommandError(str(error)) from error
        sections = ensure_editions()
        self.stdout.write(f"Information pages: {info_pages.ensure_info_pages()} new.")
        lead = self.load_seed_story(sections, options["seed_dir"])
        created = corpus.write(planned, sections, seed=options["seed"], now=timezone.now())
        self.stdout.write(f"Demo corpus: {created} new stories ({len(planned)} planned).")
        home = sections["de"][SEED_SECTION].get_parent().specific
        if home.lead_story_id is None and lead is not None:
            home.lead_story = lead
            home.save_revision().publish()
        ensure_newsroom_groups()
        editor = accounts.ensure_demo_editor()
        self.stdout.write(
            f"Demo editor: user {editor.username}, password {accounts.DEMO_EDITOR['password']}"
        )

    def load_seed_story(
        self, sections: dict[str, dict[str, SectionPage]], seed_dir: Path
    ) -> StoryPage | None:
        """The German seed story (the original when it is there) and its translations."""
        report = ImportReport()
        originals = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
        story_file = originals[0] if originals else CONTENT_DIR / "defence-talks.de.txt"
        story = import_seed_file(
            story_file,
            writer_for(sections["de"][SEED_SECTION]),
            report,
            source=SEED_SOURCE,
            extra_tags=SEED_TAGS["de"],
        )
        if story is None:
            raise CommandError(f"Cannot load the seed story: {report.failed}")
        for code in TRANSLATIONS:
            import_seed_file(
                CONTENT_DIR / f"defence-talks.{code}.txt",
                writer_for(sections[code][SEED_SECTION]),
                report,
                source=SEED_SOURCE,
                translation_of=story,
            )
        for item, reason in report.failed:
            self.stderr.write(f"{item}: {reason}")
        self.stdout.write(f"Seed story and translations: {report.summary()}")
        return story


def writer_for(section: SectionPage) -> StoryWriter:
    """Writes stories into `section` (images are never fetched for the seed story)."""
    return StoryWriter(section.get_parent().specific, section)
