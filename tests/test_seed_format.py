"""The seed-format parser: the reference file, every language's dates, and broken files."""

import datetime

import pytest
from django.utils import translation

from depesche.importers import seed_format
from depesche.news.models import StoryKind
from tests.conftest import SEED_FILE


@pytest.mark.skipif(not SEED_FILE.exists(), reason="the reference page ../shared/seed is missing")
def test_reference_file_is_read_as_a_video_story():
    story = seed_format.parse(SEED_FILE.read_text(encoding="utf-8"))
    assert story.headline.startswith("Aserbaidschan und Belarus diskutieren")
    assert not story.headline.endswith("VIDEO")
    assert story.kind == StoryKind.VIDEO
    assert story.published == datetime.datetime(2021, 5, 19, 12, 0)
    assert story.read_count == 1365
    assert len(story.paragraphs) == 15
    assert story.paragraphs[0].startswith("Aserbaidschans Verteidigungsminister")
    assert story.paragraphs[-1].endswith("unterzeichnet.")
    assert story.tags == []


@pytest.mark.parametrize(
    ("date_line", "published", "reads"),
    [
        ("19 Mai 2021    Gelesen: 1365", datetime.datetime(2021, 5, 19, 12, 0), 1365),
        ("3. März 2022 08:15   Gelesen: 7", datetime.datetime(2022, 3, 3, 8, 15), 7),
        ("19 May 2021    Read: 412", datetime.datetime(2021, 5, 19, 12, 0), 412),
        ("1 декабря 2020, 23:59    Прочитано: 5", datetime.datetime(2020, 12, 1, 23, 59), 5),
        ("30 Oktyabr 2023    Oxunub: 954", datetime.datetime(2023, 10, 30, 12, 0), 954),
        ("7 June 2024", datetime.datetime(2024, 6, 7, 12, 0), 0),
    ],
)
def test_date_lines_in_every_edition_language(date_line, published, reads):
    story = seed_format.parse(f"Headline\n{date_line}\nHeadline\n\nBody.\n")
    assert (story.published, story.read_count) == (published, reads)


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Ein Titel - VIDEO", StoryKind.VIDEO),
        ("Ein Titel -   FOTO", StoryKind.PHOTO),
        ("Заголовок - ВИДЕО", StoryKind.VIDEO),
        ("Başlıq - VİDEO", StoryKind.VIDEO),
        ("Pre-season - a title", StoryKind.TEXT),
    ],
)
def test_trailing_marker_sets_the_kind_and_leaves_the_headline(headline, kind):
    story = seed_format.parse(f"{headline}\n1 May 2021\n\nBody.\n")
    assert story.kind == kind
    assert "VIDEO" not in story.headline.upper().replace("VİDEO", "VIDEO")
    assert story.headline in headline


def test_paragraphs_tags_and_furniture():
    text = (
        "Titel\n  2 Juni 2021  Gelesen: 3\nTitel\n\nErster Absatz,\nüber zwei Zeilen.\n\n"
        "Zweiter Absatz.\n\nTags: Baku, Kultur\nMusik\n\nNewsticker\n12:00 Anderes\n"
    )
    story = seed_format.parse(text)
    assert story.paragraphs == ["Erster Absatz, über zwei Zeilen.", "Zweiter Absatz."]
    assert story.tags == ["Baku", "Kultur", "Musik"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", None, "empty"),
        ("Only a headline\n", 1, "date line is missing"),
        ("Headline\nyesterday, maybe\n\nBody.\n", 2, "expected a date"),
        ("Headline\n\n19 Brumaire 2021\n\nBody.\n", 3, "unknown month"),
        ("Headline\n31 Februar 2021\n\nBody.\n", 2, "impossible date"),
        ("Headline\n19 Mai 2021\nHeadline\n\nTags: a\n", 2, "no body paragraphs"),
    ],
)
def test_broken_files_name_the_line_and_the_problem(text, line, message):
    with translation.override("en"), pytest.raises(seed_format.SeedFormatError) as raised:
        seed_format.parse(text)
    assert raised.value.line == line
    assert message in str(raised.value)
    if line:
        assert str(raised.value).startswith(f"line {line}: ")


def test_the_problem_is_told_in_the_editions_language():
    with translation.override("de"), pytest.raises(seed_format.SeedFormatError) as raised:
        seed_format.parse("Only a headline\n")
    assert str(raised.value) == "Zeile 1: nach der Überschrift fehlt die Datumszeile"
