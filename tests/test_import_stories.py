"""`import_stories --format seed`: creates, re-runs without duplicates, rejects bad files."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from depesche.importers.report import ImportReport
from depesche.importers.writer import IncomingStory, StoryWriter
from depesche.news.models import StoryPage
from depesche.reads.models import ReadTally

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_messages():
    """Commands speak the site's default language; these tests read the English messages."""
    with translation.override("en"):
        yield


STORY = """Fähre nach Aktau fährt wieder - FOTO

  12 März 2024 09:30    Gelesen: 40
  Fähre nach Aktau fährt wieder - FOTO

Die Fährverbindung über das Kaspische Meer ist wieder aufgenommen worden.

Die Überfahrt dauert rund zwanzig Stunden.

Tags: Hafen, Kaspisches Meer

Newsticker
"""


def run(path, *extra):
    call_command("import_stories", str(path), "--edition", "de", "--section", "wirtschaft", *extra)


def test_import_creates_a_published_story_in_the_section(tmp_path, capsys, section):
    path = tmp_path / "faehre.txt"
    path.write_text(STORY, encoding="utf-8")
    run(path, "--source-name", "Depesche", "--tag", "Verkehr")
    story = StoryPage.objects.get(external_id="seed:faehre")
    assert story.live and story.kind == "photo"
    assert story.get_parent().specific == section("de", "wirtschaft")
    assert story.title == "Fähre nach Aktau fährt wieder"
    assert [block.value.source for block in story.body] == [
        "<p>Die Fährverbindung über das Kaspische Meer ist wieder aufgenommen worden.</p>",
        "<p>Die Überfahrt dauert rund zwanzig Stunden.</p>",
    ]
    assert sorted(story.tags.names()) == ["Hafen", "Kaspisches Meer", "Verkehr"]
    assert story.source == "Depesche"
    assert ReadTally.objects.total_for(story) == 40
    assert "created: 1" in capsys.readouterr().out


def test_rerun_creates_no_duplicate_and_updates_what_changed(tmp_path, capsys):
    path = tmp_path / "faehre.txt"
    path.write_text(STORY, encoding="utf-8")
    run(path)
    run(path)
    assert "skipped: 1" in capsys.readouterr().out.splitlines()[-1]
    path.write_text(STORY.replace("rund zwanzig", "etwa achtzehn"), encoding="utf-8")
    run(path)
    assert "updated: 1" in capsys.readouterr().out
    story = StoryPage.objects.get(external_id="seed:faehre")
    assert "etwa achtzehn" in story.body[1].value.source
    assert StoryPage.objects.filter(external_id="seed:faehre").count() == 1
    assert story.revisions.count() == 2


def test_read_count_never_goes_down_on_reimport(tmp_path):
    path = tmp_path / "faehre.txt"
    path.write_text(STORY, encoding="utf-8")
    run(path)
    story = StoryPage.objects.get(external_id="seed:faehre")
    ReadTally.objects.filter(page_id=story.pk).update(total=90)
    run(path)
    assert ReadTally.objects.total_for(story) == 90


def test_a_broken_file_fails_alone_and_changes_nothing(tmp_path, capsys):
    (tmp_path / "a-good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b-broken.txt").write_text("Headline only\n", encoding="utf-8")
    (tmp_path / "c-binary.txt").write_bytes(b"\xff\xfe\x00broken")
    before = StoryPage.objects.count()
    run(tmp_path)
    captured = capsys.readouterr()
    assert "b-broken.txt: line 1: the date line is missing" in captured.err
    assert "c-binary.txt" in captured.err
    assert "created: 1, updated: 0, skipped: 0, failed: 2" in captured.out
    assert StoryPage.objects.count() == before + 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.txt", "--edition", "de"], "no such file"),
        (["{dir}", "--edition", "fr"], "Unknown edition fr"),
        (["{dir}", "--edition", "de", "--section", "nope"], "has no section nope"),
    ],
)
def test_unusable_arguments_stop_with_a_clear_error(tmp_path, arguments, message):
    arguments = [a.replace("{dir}", str(tmp_path)) for a in arguments]
    with pytest.raises(CommandError, match=message):
        call_command("import_stories", *arguments)


def test_an_overlong_headline_is_shortened_and_said_so(tmp_path, capsys):
    (tmp_path / "a-long.txt").write_text(STORY.replace("Fähre nach Aktau", "Sehr " * 60), "utf-8")
    (tmp_path / "b-good.txt").write_text(STORY, encoding="utf-8")
    run(tmp_path)
    captured = capsys.readouterr()
    assert "a-long.txt: headline shortened to 255 characters" in captured.out
    assert "created: 2, updated: 0, skipped: 0, failed: 0" in captured.out
    assert len(StoryPage.objects.get(external_id="seed:a-long").title) == 255


def test_a_read_counter_beyond_any_real_count_is_refused(tmp_path, capsys):
    (tmp_path / "huge.txt").write_text(
        STORY.replace("Gelesen: 40", "Gelesen: " + "9" * 25), "utf-8"
    )
    run(tmp_path)
    assert "the read counter 9999999999999999999999999 is beyond" in capsys.readouterr().err
    assert not StoryPage.objects.filter(external_id="seed:huge").exists()


def test_a_story_the_database_refuses_is_rolled_back_whole(section):
    """The page is saved before its read count; the count cannot be stored, so neither is."""
    politics = section("de", "wirtschaft")
    writer = StoryWriter(politics.get_parent().specific, politics)
    report = ImportReport()
    tallies_before = ReadTally.objects.count()
    for external_id, read_count in (("too-many", 2**64), ("fine", 12)):
        incoming = IncomingStory(
            external_id=external_id,
            label=external_id,
            title=f"Story {external_id}",
            body_html="<p>Text.</p>",
            published=None,
            read_count=read_count,
        )
        writer.write(incoming, report)
    assert [label for label, _reason in report.failed] == ["too-many"]
    assert report.created == ["fine"]
    assert not StoryPage.objects.filter(external_id="too-many").exists()
    fine = StoryPage.objects.get(external_id="fine")
    assert ReadTally.objects.count() == tallies_before + 1
    assert ReadTally.objects.total_for(fine) == 12


def test_importing_into_another_section_moves_the_story(tmp_path, capsys, section):
    path = tmp_path / "faehre.txt"
    path.write_text(STORY, encoding="utf-8")
    run(path)
    call_command("import_stories", str(path), "--edition", "de", "--section", "sport")
    story = StoryPage.objects.get(external_id="seed:faehre")
    assert story.get_parent().specific == section("de", "sport")
    assert "updated: 1" in capsys.readouterr().out
