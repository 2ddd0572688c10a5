"""Load the demo site: editions, sections, the seed story and its translations, a corpus."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser, no_translations
from django.utils import timezone

from depesche.demo import accounts, corpus, info_pages, live_blog, readers, tag_groups
from depesche.demo.editions import ensure_editions, publish
from depesche.demo.media.attach import Dresser, StoryFacts
from depesche.demo.media.build import SEED_CLIP, build
from depesche.demo.media.errors import MediaError
from depesche.importers.models import ImportRun
from depesche.importers.report import ImportReport
from depesche.importers.seed_importer import import_seed_file
from depesche.importers.writer import StoryWriter
from depesche.news.models import SectionPage, StoryKind, StoryPage
from depesche.news.newsroom import ensure_newsroom_groups
from depesche.translations.models import TranslationRecord

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
SEED_DIR = settings.BASE_DIR.parent / "shared" / "seed"
SEED_SECTION = "politics"
SEED_SOURCE = "AzVision.az"
SEED_TAGS = {
    "de": ["Aserbaidschan", "Belarus", "Verteidigung"],
}
SEED_PLACE = "baku"
TRANSLATIONS = ("en", "ru", "az")
TOP_STORIES = 3  # the newest stories of each edition are its top stories


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
        try:
            media = build(clip_places=clip_places(planned))
        except MediaError as error:
            message = f"Cannot build the demo media, so nothing was loaded: {error}"
            raise CommandError(message) from error
        sections = ensure_editions()
        self.stdout.write(f"Information pages: {info_pages.ensure_info_pages()} new.")
        dresser = Dresser(media)
        seed_stories = self.load_seed_story(sections, options["seed_dir"])
        for story in seed_stories:
            code = story.locale.language_code
            facts = StoryFacts(SEED_CLIP, SEED_PLACE, story.kind, code, top_story=True)
            dress_published(dresser, story, facts)
        now = timezone.now()
        top = top_stories(planned)
        created = corpus.write(
            planned,
            sections,
            seed=options["seed"],
            now=now,
            dress=lambda page, story: dresser.dress(page, facts_of(story, top)),
        )
        self.stdout.write(f"Demo corpus: {created} new stories ({len(planned)} planned).")
        stories = []
        for story in planned:
            page = StoryPage.objects.get(
                external_id=corpus.external_id(options["seed"], story),
                locale__language_code=story.language_code,
            )
            dress_published(dresser, page, facts_of(story, top))
            stories.append(page)
        blogs, new_blogs = live_blog.ensure_live_blogs(now)
        for blog in blogs:
            code = blog.locale.language_code
            dress_published(dresser, blog, StoryFacts("live-blog", SEED_PLACE, blog.kind, code))
        self.stdout.write(f"Live blogs: {new_blogs} new.")
        topics = tag_groups.ensure_tag_groups(seed_stories)
        self.stdout.write(f"Tags across editions: {topics} new.")
        # The demo's translations are written from their sources' material and dressed with
        # the same media after them: they start up to date.
        demo_stories = [*seed_stories, *stories, *blogs]
        TranslationRecord.objects.filter(page__in=demo_stories).bring_up_to_date()
        read = readers.seed_reads([*seed_stories, *stories], now)
        self.stdout.write(f"Demo media in {media.root}; reads seeded for {read} stories.")
        ensure_newsroom_groups()
        editor = accounts.ensure_demo_editor()
        self.stdout.write(
            f"Demo editor: user {editor.username}, password {accounts.DEMO_EDITOR['password']}"
        )

    def load_seed_story(
        self, sections: dict[str, dict[str, SectionPage]], seed_dir: Path
    ) -> list[StoryPage]:
        """The German seed story (the original when it is there) and its translations, each
        recorded as an import run as the editors' own imports are."""
        originals = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
        story_file = originals[0] if originals else CONTENT_DIR / "defence-talks.de.txt"
        report = ImportReport()
        story = recorded_seed_import(
            story_file, sections["de"][SEED_SECTION], report, extra_tags=SEED_TAGS["de"]
        )
        if story is None:
            raise CommandError(f"Cannot load the seed story: {report.failed}")
        stories = [story]
        for code in TRANSLATIONS:
            translation = recorded_seed_import(
                CONTENT_DIR / f"defence-talks.{code}.txt",
                sections[code][SEED_SECTION],
                report,
                translation_of=story,
            )
            if translation is not None:
                stories.append(translation)
        for item, reason in report.failed:
            self.stderr.write(f"{item}: {reason}")
        self.stdout.write(f"Seed story and translations: {report.summary()}")
        return stories


def clip_places(planned: list[corpus.PlannedStory]) -> set[str]:
    """The places of the video stories: each gets a clip of its own."""
    return {story.place for story in planned if story.kind == StoryKind.VIDEO}


def top_stories(planned: list[corpus.PlannedStory]) -> set[corpus.PlannedStory]:
    """The newest few stories of each edition."""
    newest = sorted(planned, key=lambda story: story.age_minutes)
    top = set()
    for code in {story.language_code for story in planned}:
        top.update([story for story in newest if story.language_code == code][:TOP_STORIES])
    return top


def facts_of(story: corpus.PlannedStory, top: set[corpus.PlannedStory]) -> StoryFacts:
    return StoryFacts(
        story.template, story.place, story.kind, story.language_code, top_story=story in top
    )


def dress_published(dresser: Dresser, story: StoryPage, facts: StoryFacts) -> None:
    """Give a published story without a lead image its media, in a new revision."""
    if story.lead_image_id is None:
        dresser.dress(story, facts)
        publish(story)


def recorded_seed_import(
    path: Path, section: SectionPage, report: ImportReport, **options: object
) -> StoryPage | None:
    """Import one seed file into `section`, kept as an import run of its own; the run's
    items are added to `report` too."""
    run = ImportRun.begin(ImportRun.Format.SEED, path.name, section)
    run_report = ImportReport()
    story = import_seed_file(path, writer_for(section), run_report, source=SEED_SOURCE, **options)
    run.record(run_report)
    for name in ("created", "updated", "skipped", "failed", "notes"):
        getattr(report, name).extend(getattr(run_report, name))
    return story


def writer_for(section: SectionPage) -> StoryWriter:
    """Writes stories into `section` (images are never fetched for the seed story)."""
    return StoryWriter(section.get_parent().specific, section)
