"""The demo media: maps, photos and clips built from the pinned sources, and the cache."""

import json
import re
import shutil
import subprocess
import time

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from PIL import Image

from depesche.demo import corpus, material
from depesche.demo.media import build, maps, sources
from depesche.demo.media.errors import MediaError
from depesche.news.models import StoryPage
from depesche.reads.most_read import most_read
from tests.conftest import CORPUS_PER_EDITION

CUE_TIMES = re.compile(r"^(\d\d):(\d\d):(\d\d\.\d\d\d) --> (\d\d):(\d\d):(\d\d\.\d\d\d)$", re.M)


@pytest.fixture(scope="session")
def media():
    return build.build(clip_places=["minsk"])


def place(key):
    return next(place for place in material.load().places if place.key == key)


def near(colour, expected, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=False))


@pytest.mark.parametrize("key", ["minsk", "berlin", "ganja"])
def test_a_locator_map_highlights_the_place_s_country(media, key):
    where = place(key)
    for code in where.names:
        with Image.open(media.map(key, code)) as image:
            assert image.size == (1600, 900)
            rgb = image.convert("RGB")
        countries = maps.read_countries(
            media.root.parent / f"sources-{sources.requirements_key()}" / build.SHAPE_FILES[0]
        )
        view = maps.View(where.latitude, where.longitude, maps.span_for(countries, where.country))
        x, y = view.project(where.longitude, where.latitude)
        assert near(rgb.getpixel((round(x), round(y))), maps.DOT)
        assert near(rgb.getpixel((round(x) - 8, round(y) + 24)), maps.HIGHLIGHT)
        assert near(rgb.getpixel((5, 5)), maps.SEA) or near(rgb.getpixel((5, 5)), maps.LAND)


def probe(path):
    return json.loads(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries"]
            + ["format=duration:stream=codec_name,width,height,r_frame_rate", "-of", "json"]
            + [str(path)],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    )


def last_cue_end(text):
    hours, minutes, seconds = CUE_TIMES.findall(text)[-1][3:]
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_the_seed_clip_plays_as_long_as_recorded_with_poster_and_captions(media):
    clip = media.clip(build.SEED_CLIP)
    assert 13 <= clip.duration <= 14
    facts = probe(clip.mp4)
    assert abs(float(facts["format"]["duration"]) - clip.duration) < 0.2
    assert facts["streams"][0]["codec_name"] == "h264"
    assert (facts["streams"][0]["width"], facts["streams"][0]["height"]) == (960, 540)
    assert clip.mp4.stat().st_size < 1_000_000
    assert not list(clip.mp4.parent.glob("*.webm")), "only the MP4 is used, so only it is made"
    with Image.open(clip.poster) as poster:
        assert poster.format == "JPEG"
        assert poster.size == (960, 540)
    assert sorted(clip.captions) == ["az", "de", "en", "ru"]
    for code, path in clip.captions.items():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("WEBVTT\n\n")
        cues = CUE_TIMES.findall(text)
        assert len(cues) == 3, code
        assert abs(last_cue_end(text) - clip.duration) < 0.2
    assert "Minsk" in clip.captions["de"].read_text(encoding="utf-8")
    assert "Минск" in clip.captions["ru"].read_text(encoding="utf-8")


def test_a_place_clip_is_short_and_light_with_captions_naming_the_place(media):
    clip = media.clip("minsk")
    assert 6 <= clip.duration <= 8
    facts = probe(clip.mp4)
    assert facts["streams"][0]["codec_name"] == "h264"
    assert facts["streams"][0]["r_frame_rate"] == "24/1"
    assert clip.mp4.stat().st_size < 400_000
    for code, path in clip.captions.items():
        text = path.read_text(encoding="utf-8")
        assert place("minsk").names[code] in text
        assert len(CUE_TIMES.findall(text)) == 2
        assert abs(last_cue_end(text) - clip.duration) < 0.2


def test_a_second_build_reuses_the_cache(media):
    files = [path for path in media.root.rglob("*") if path.is_file()]
    written = {path: path.stat().st_mtime_ns for path in files}
    started = time.monotonic()
    again = build.build(clip_places=["minsk"])
    assert time.monotonic() - started < 3
    assert again.root == media.root
    assert {path: path.stat().st_mtime_ns for path in files} == written


def test_broken_shapes_give_a_clear_error(media, tmp_path):
    source = media.root.parent / f"sources-{sources.requirements_key()}"
    broken = tmp_path / source.name
    shutil.copytree(source, broken)
    shapes = broken / build.SHAPE_FILES[0]
    shapes.write_bytes(shapes.read_bytes()[:200])
    with pytest.raises(MediaError, match="Cannot read the Natural Earth shapes"):
        build.build(cache=tmp_path)


def test_an_artefact_whose_hash_does_not_match_is_refused(tmp_path):
    pins = tmp_path / "demo-media.txt"
    pins.write_text("geopandas==0.14.4 --hash=sha256:" + "0" * 64 + "\n")
    with pytest.raises(MediaError, match="Cannot fetch the demo media's source artefacts"):
        sources.fetch({"geopandas": build.SHAPE_FILES}, tmp_path, requirements=pins)


@pytest.mark.django_db
def test_load_demo_stops_before_writing_when_the_media_cannot_be_built(media, tmp_path):
    source = media.root.parent / f"sources-{sources.requirements_key()}"
    shutil.copytree(source, tmp_path / source.name)
    (tmp_path / source.name / build.SHAPE_FILES[0]).write_bytes(b"not a shapefile")
    stories = StoryPage.objects.count()
    with (
        override_settings(DEPESCHE_DEMO_MEDIA_DIR=tmp_path),
        pytest.raises(CommandError, match="Cannot build the demo media, so nothing was loaded"),
    ):
        call_command("load_demo", stories_per_edition=14, seed=7, verbosity=0)
    assert StoryPage.objects.count() == stories


@pytest.mark.django_db
def test_every_demo_story_has_a_lead_image_and_its_kind_s_media():
    stories = StoryPage.objects.filter(external_id__regex=r"^(demo|seed):").specific()
    assert stories
    for story in stories:
        assert story.lead_image_id and story.lead_image_alt and story.lead_image_credit
    seed = StoryPage.objects.get(locale__language_code="ru", external_id__startswith="seed:")
    video = seed.body[0]
    assert video.block_type == "video"
    assert video.value["captions"].file.name.endswith(".ru.vtt")
    assert video.value["video"].duration > 10


def demo_stories(kind):
    """The loaded corpus's stories of one kind, each with its plan (place, template)."""
    planned = {
        (corpus.external_id(corpus.DEFAULT_SEED, story), story.language_code): story
        for story in corpus.plan(CORPUS_PER_EDITION)
    }
    stories = StoryPage.objects.filter(external_id__startswith="demo:", kind=kind)
    found = [
        (story, planned[story.external_id, story.locale.language_code])
        for story in stories.select_related("locale").specific()
    ]
    assert found, f"the demo has {kind} stories"
    return found


@pytest.mark.django_db
def test_every_video_story_plays_a_clip_of_its_own_place():
    for story, plan in demo_stories("video"):
        code = plan.language_code
        block = story.body[0]
        assert block.block_type == "video", story.title
        assert block.value["video"].title == f"Video {plan.place}"
        assert block.value["video"].file.name.endswith(".mp4")
        assert block.value["captions"].file.name.endswith(f"{plan.place}.{code}.vtt")
        assert place(plan.place).names[code] in block.value["caption"]
        assert block.value["poster"] is not None


@pytest.mark.django_db
def test_every_photo_story_shows_a_gallery_of_photos_that_fit_it():
    photos = material.read(build.WORDS)["photos"]
    for story, plan in demo_stories("photo"):
        code = plan.language_code
        fitting = {
            photo["title"][code]: photo for photo in photos if plan.template in photo["gallery_for"]
        }
        block = story.body[0]
        assert block.block_type == "gallery", story.title
        figures = block.value["photos"]
        assert len(figures) >= material.GALLERY_MIN
        for figure in figures:
            photo = fitting[figure["image"].title]
            assert figure["image"].contextual_alt_text == photo["alt"][code]
            assert figure["caption"] == photo["caption"][code]
        assert story.lead_image.title in fitting


@pytest.mark.django_db
def test_most_read_is_filled_on_a_fresh_demo(edition_home):
    for code in ("de", "en", "ru", "az"):
        assert most_read(edition_home(code).locale_id, "day")
