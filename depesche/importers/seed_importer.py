"""Stories from seed-format files, written like every other import by the StoryWriter."""

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.html import escape

from depesche.news.models import StoryPage

from . import seed_format
from .report import ImportReport
from .writer import IncomingStory, StoryWriter

if TYPE_CHECKING:
    from tqdm import tqdm

SEED_SUFFIXES = (".txt",)
EXTERNAL_ID_PREFIX = "seed:"  # and the file name without suffix


def seed_files(path: str | Path) -> list[Path]:
    """The file, or every .txt file of a directory."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in SEED_SUFFIXES)
    return [path]


def import_seed(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    progress: "tqdm | None" = None,
    *,
    source: str = "",
    extra_tags: Iterable[str] = (),
) -> None:
    """Import one seed file or a directory of them."""
    for file in seed_files(path):
        import_seed_file(file, writer, report, source=source, extra_tags=extra_tags)
        if progress is not None:
            progress.update(1)


def import_seed_file(
    path: str | Path,
    writer: StoryWriter,
    report: ImportReport,
    *,
    source: str = "",
    extra_tags: Iterable[str] = (),
    translation_of: StoryPage | None = None,
) -> StoryPage | None:
    """Import one file (as a translation of `translation_of`, when given); returns the
    story, or None when the file is broken or the story could not be saved."""
    path = Path(path)
    try:
        story = seed_format.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, seed_format.SeedFormatError) as error:
        report.failed.append((str(path), str(error)))
        return None
    incoming = IncomingStory(
        external_id=EXTERNAL_ID_PREFIX + path.stem,
        label=path.name,
        title=story.headline,
        kind=story.kind,
        body_html="".join(f"<p>{escape(text)}</p>" for text in story.paragraphs),
        published=timezone.make_aware(story.published),
        source=source,
        tags=[*story.tags, *extra_tags],
        read_count=story.read_count,
        translation_of=translation_of,
    )
    if writer.write(incoming, report) == "failed":
        return None
    return StoryPage.objects.get(external_id=incoming.external_id, locale_id=writer.home.locale_id)
