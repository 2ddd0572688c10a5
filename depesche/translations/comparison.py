"""The source beside its translation, passage by passage."""

from dataclasses import dataclass

from depesche.news.models import StoryPage

from .models import TranslationRecord
from .passages import ComparedPassage, Passage, compare, story_passages


@dataclass(frozen=True)
class Row:
    source: ComparedPassage | None
    translation: Passage | None


@dataclass(frozen=True)
class Comparison:
    rows: list[Row]
    changed: int  # passages of the source changed since the translation was up to date
    has_baseline: bool  # False: the source's revision at translation time is gone
    source_revision_id: int | None  # the source's revision shown, to mark up to date with


def side_by_side(record: TranslationRecord, translation: StoryPage) -> Comparison:
    """The source as published, marked against the revision last translated, beside the
    translation's latest draft; rows are matched in reading order."""
    source = record.source.specific
    now = story_passages(source)
    baseline = record.source_revision.as_object() if record.source_revision else None
    compared = compare(story_passages(baseline) if baseline else now, now)
    translated = story_passages(translation.get_latest_revision_as_object())
    rows, position = [], 0
    for passage in compared:
        if passage.removed:
            rows.append(Row(passage, None))
            continue
        rows.append(Row(passage, translated[position] if position < len(translated) else None))
        position += 1
    rows += [Row(None, passage) for passage in translated[position:]]
    changed = sum(1 for passage in compared if passage.changed)
    return Comparison(
        rows,
        changed,
        has_baseline=baseline is not None,
        source_revision_id=source.live_revision_id or source.latest_revision_id,
    )
