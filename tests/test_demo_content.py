"""The demo loader: full editions, a deterministic corpus, translations, and safe re-runs.

A section reads like an agency's day: no two of its stories are the same template with
another place or number, and each story's tags are ones its template lists.
"""

import re
import shutil
from collections import defaultdict

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from depesche.demo import corpus, material
from depesche.importers.models import ImportRun
from depesche.news.models import StoryPage
from tests.conftest import CORPUS_PER_EDITION
from tests.support import site_pages

pytestmark = pytest.mark.django_db

LANGUAGES = ("de", "en", "ru", "az")
LONG_HEADLINE = 140  # characters of the longest headline of every edition, at least
LONG_WORD = 20  # letters of its longest word, at least


def masked(text, language_code):
    """The text with every place and number blanked, so one template reads the same
    whichever place and number filled it."""
    places = material.load().places
    names = {place.locations[language_code] for place in places}
    names |= {place.names[language_code] for place in places}
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "<place>")
    return re.sub(r"\d+", "<n>", text)


def assert_no_repeats(stories):
    """`stories`: (language code, section, lead, body) tuples."""
    leads, bodies = defaultdict(list), defaultdict(list)
    for code, section, lead, body in stories:
        leads[code, section].append(masked(lead, code))
        bodies[code, section].append(masked(body, code))
    for where, texts in [*leads.items(), *bodies.items()]:
        repeated = {text for text in texts if texts.count(text) > 1}
        assert not repeated, f"{where} tells one story twice: {repeated}"


def test_plan_is_deterministic_and_fills_every_edition():
    first, second = corpus.plan(40), corpus.plan(40)
    assert first == second
    assert corpus.plan(40, seed=7) != first
    for code in LANGUAGES:
        planned = [story for story in first if story.language_code == code]
        assert len(planned) >= 40
        assert len({story.section for story in planned}) == 6
        assert {story.kind for story in planned} == {"text", "video", "photo"}
        assert all(story.tags for story in planned)
        assert len({story.headline for story in planned}) == len(planned)


@pytest.mark.parametrize("seed", [corpus.DEFAULT_SEED, 1, 2])
def test_no_section_repeats_a_story_even_with_all_the_material(seed):
    planned = corpus.plan(corpus.capacity(), seed=seed)
    assert_no_repeats(
        (story.language_code, story.section, story.lead, " ".join(story.paragraphs))
        for story in planned
    )


@pytest.mark.parametrize("per_edition", [1, CORPUS_PER_EDITION, 40])
def test_a_template_marked_every_edition_is_told_in_every_edition(per_edition):
    everywhere = {template.key for template in material.load().templates if template.every_edition}
    assert everywhere
    planned = corpus.plan(per_edition)
    for code in LANGUAGES:
        told = [story.template for story in planned if story.language_code == code]
        assert everywhere <= set(told), code
        assert len(told) >= per_edition


def test_every_edition_has_a_long_headline_with_a_long_word_listed_where_it_is_walked(client):
    """The 320 px walk (tests/browser/test_overflow.py) opens this story, its section, a tag
    page and the front page, which all list it in the tests' demo."""
    fetch = site_pages.client_fetch(client)
    for code in LANGUAGES:
        headline = site_pages.longest_headline_story(fetch, code)["title"]
        assert len(headline) >= LONG_HEADLINE, headline
        assert len(max(re.findall(r"\w+", headline), key=len)) >= LONG_WORD, headline
        pages = site_pages.longest_headline_pages(fetch, code)
        assert set(pages) == {
            "longest-headline",
            "longest-headline:section",
            "longest-headline:tag",
            "longest-headline:front",
        }, code


def test_asking_for_more_stories_than_there_are_is_refused():
    with pytest.raises(CommandError, match=f"at most {corpus.capacity()}"):
        call_command("load_demo", stories_per_edition=corpus.capacity() + 1, verbosity=0)


def test_no_section_of_the_loaded_demo_repeats_a_lead_or_a_body():
    stories = StoryPage.objects.select_related("locale")
    assert_no_repeats(
        (
            story.locale.language_code,
            story.get_parent().pk,
            story.lead,
            " ".join(str(block.value) for block in story.body),
        )
        for story in stories
    )


def test_every_story_carries_only_tags_its_template_lists():
    written = material.load()
    templates = {template.key: template for template in written.templates}
    stories = StoryPage.objects.filter(external_id__startswith="demo:").select_related("locale")
    assert stories.count() >= len(LANGUAGES) * CORPUS_PER_EDITION
    for story in stories:
        template = templates[story.external_id.rsplit(":", 1)[1]]
        fitting = written.tag_names(template, story.locale.language_code)
        names = set(story.tags.values_list("name", flat=True))
        assert names, f"{story.title} has no tags"
        assert names <= set(fitting), f"{story.title}: {names - set(fitting)} is not its topic"


def test_every_template_tells_a_story_of_its_own():
    written = material.load()
    assert written.languages == LANGUAGES
    for code in LANGUAGES:
        leads = [masked(template.texts[code].lead, code) for template in written.templates]
        headlines = [masked(template.texts[code].headline, code) for template in written.templates]
        assert len(set(leads)) == len(leads)
        assert len(set(headlines)) == len(headlines)
    used = {key for template in written.templates for key in template.tags}
    assert used == set(written.tags), "every tag belongs to a story"


def test_a_story_missing_a_language_is_named(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(material.CONTENT_DIR, content)
    politics = content / "stories" / "politics.toml"
    text = politics.read_text(encoding="utf-8")
    politics.write_text(text.replace("[stories.az]", "[stories.xx]", 1), encoding="utf-8")
    with pytest.raises(material.MaterialError, match=r"politics\.toml, story 'budget-committee'"):
        material.load(content)


@pytest.mark.parametrize("seed", [corpus.DEFAULT_SEED, 1, 2])
def test_photo_stories_are_exactly_the_stories_with_a_gallery(seed):
    written = {template.key: template for template in material.load().templates}
    planned = corpus.plan(corpus.capacity(), seed=seed)
    for story in planned:
        gallery = written[story.template].gallery
        assert (story.kind == "photo") == bool(gallery), story.template
        assert len(gallery) in (0, *range(material.GALLERY_MIN, 10))
    assert any(story.kind == "photo" for story in planned)


def test_a_gallery_too_small_is_named(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(material.CONTENT_DIR, content)
    media = content / "media.toml"
    text = media.read_text(encoding="utf-8")
    media.write_text(text.replace('"space-exploration-exhibition"]', "]", 1), encoding="utf-8")
    with pytest.raises(material.MaterialError, match="'space-exploration-exhibition' has 2 photos"):
        material.load(content)


def test_events_told_in_several_editions_are_translations(client):
    story = next(
        story
        for story in StoryPage.objects.filter(
            external_id__startswith="demo:", locale__language_code="de"
        )
        if story.get_translations().exists()
    )
    translation = story.get_translations().first()
    assert translation.specific.external_id == story.external_id
    assert translation.get_parent().specific.translation_key == story.get_parent().translation_key


def test_running_the_loader_again_adds_nothing():
    pages_before = Page.objects.count()
    call_command("load_demo", stories_per_edition=14, verbosity=0)
    assert Page.objects.count() == pages_before


def test_the_newest_story_leads_the_german_front_page_not_the_2021_seed(
    client, seed_story, edition_home
):
    home = edition_home("de")
    newest = home.stories().first()
    assert home.lead_story_id is None
    assert newest.pk != seed_story.pk
    lead_area = client.get("/de/").content.decode().split('class="front-section"')[0]
    assert newest.title in lead_area
    assert seed_story.title not in lead_area


def test_the_seed_story_and_its_translations_are_listed_under_imports(editor_client):
    runs = ImportRun.objects.filter(source_format=ImportRun.Format.SEED).order_by("edition")
    assert sorted(run.edition for run in runs) == sorted(LANGUAGES)
    assert all(run.created_count + run.skipped_count + run.updated_count == 1 for run in runs)
    assert all("/" not in run.source for run in runs)  # a file name, no path of the machine
    listing = editor_client.get("/admin/import_runs/").content.decode()
    assert all(run.source in listing for run in runs)
