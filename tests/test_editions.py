"""Each edition speaks its language; the switcher leads to the same story or the front page."""

from urllib.parse import urlsplit

import pytest
from lxml import html

from depesche.news.models import StoryPage

pytestmark = pytest.mark.django_db

READ_LABELS = {"de": "Gelesen:", "en": "Read:", "ru": "Прочитано:", "az": "Oxunub:"}


def tree_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


@pytest.mark.parametrize("code", ["de", "en", "ru", "az"])
def test_every_edition_has_a_front_page_sections_and_stories(client, code):
    tree = tree_of(client, f"/{code}/")
    assert tree.get("lang") == code
    assert tree.cssselect(".front-lead .teaser__headline a")
    assert len(tree.cssselect(".sections__list a")) == 6
    assert len(tree.cssselect(".front-section")) == 6


@pytest.mark.parametrize("code", ["de", "en", "ru", "az"])
def test_story_pages_use_the_editions_words(client, code):
    story = StoryPage.objects.published().filter(locale__language_code=code).first()
    tree = tree_of(client, story.url)
    assert " ".join(tree.cssselect(".story__reads")[0].text_content().split()).startswith(
        READ_LABELS[code]
    )


def test_dates_are_written_the_editions_way(client, seed_story):
    dates = {}
    for translation in seed_story.get_translations(inclusive=True).specific():
        tree = tree_of(client, translation.url)
        dates[translation.locale.language_code] = tree.cssselect(".story__date")[0].text_content()
    # The same instant, each edition in its own time zone.
    assert dates["de"].startswith("19. Mai 2021, 12:00\N{NO-BREAK SPACE}")
    assert dates["en"].startswith("19 May 2021, 11:00\N{NO-BREAK SPACE}")
    assert dates["ru"].startswith("19 мая 2021, 13:00\N{NO-BREAK SPACE}")
    assert dates["az"] == "19 may 2021, 14:00\N{NO-BREAK SPACE}UTC+4"


def switcher(tree):
    return {a.get("hreflang"): a.get("href") for a in tree.cssselect(".editions a")}


def test_switcher_goes_to_the_same_story_in_another_edition(client, seed_story):
    links = switcher(tree_of(client, seed_story.url))
    english = seed_story.get_translation(
        seed_story.locale.__class__.objects.get(language_code="en")
    )
    assert links["en"].endswith(english.url)
    assert links["de"].endswith(seed_story.url)


def test_switcher_falls_back_to_the_front_page(client):
    untranslated = next(
        story
        for story in StoryPage.objects.published().filter(locale__language_code="de")
        if not story.get_translations().exists()
    )
    links = switcher(tree_of(client, untranslated.url))
    assert links["ru"].endswith("/ru/")
    assert links["az"].endswith("/az/")


def test_root_redirects_to_an_edition(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_untranslated_story_has_no_translation_block(client):
    untranslated = next(
        story
        for story in StoryPage.objects.published().filter(locale__language_code="de")
        if not story.get_translations().exists()
    )
    tree = tree_of(client, untranslated.url)
    assert tree.cssselect(".story__translations") == []
    assert tree.cssselect('link[rel="alternate"][hreflang]')[0].get("hreflang") == "de"


def test_ticker_dates_read_naturally_in_russian():
    import datetime

    from django.utils import timezone, translation

    from depesche.ticker.templatetags.ticker_tags import ticker_time

    moment = timezone.make_aware(datetime.datetime(2026, 11, 3, 9, 5))
    with translation.override("ru"):
        assert ticker_time(moment) == "3 ноября, 9:05"
    with translation.override("de"):
        assert ticker_time(moment) == "3. November, 09:05"


@pytest.mark.parametrize(("code", "tag"), [("ru", "Беларусь"), ("az", "Müdafiə")])
def test_tags_in_any_script_have_working_pages(client, code, tag):
    story = StoryPage.objects.published().filter(locale__language_code=code).first()
    story.tags.add(tag)
    story.save_revision().publish()
    tree = tree_of(client, story.url)
    href = next(a.get("href") for a in tree.cssselect(".story__tags a") if a.text == tag)
    assert href == f"/{code}/tags/{tag.lower()}/"
    tag_page = tree_of(client, href)
    assert story.title in tag_page.cssselect(".story-list")[0].text_content()
    alternates = tag_page.cssselect('link[rel="alternate"][hreflang]')
    assert code in [link.get("hreflang") for link in alternates]
    for link in alternates:  # the topic's pages in other editions (tags across editions)
        assert client.get(urlsplit(link.get("href")).path).status_code == 200
