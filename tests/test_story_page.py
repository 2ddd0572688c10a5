"""The seed story's page shows what the seed page shows, in the German edition's language."""

import pytest
from lxml import html

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def text(tree, selector):
    return " ".join(" ".join(el.text_content().split()) for el in tree.cssselect(selector))


def test_headline_with_video_marker(client, seed_story):
    tree = fetch(client, seed_story.url)
    headline = text(tree, "h1.story__headline")
    assert headline.startswith(seed_story.title)
    assert headline.endswith("VIDEO")
    assert text(tree, ".story__headline .kind-marker") == "VIDEO"


def test_german_date_with_time_and_read_counter(client, seed_story):
    tree = fetch(client, seed_story.url)
    assert text(tree, ".story__date").startswith("19. Mai 2021, 12:00")
    assert tree.cssselect(".story__date")[0].get("datetime").startswith("2021-05-19T12:00:00")
    assert text(tree, ".story__reads") == "Gelesen: 1365"


def test_body_paragraphs_and_source_line(client, seed_story):
    tree = fetch(client, seed_story.url)
    paragraphs = tree.cssselect(".story__body > p")
    written = [block.value.source for block in seed_story.body if block.block_type == "paragraph"]
    assert len(paragraphs) == len(written)
    assert paragraphs[0].text_content() == written[0][3:-4]
    assert text(tree, ".story__source") == "Quelle: AzVision.az"


def test_tags_link_to_tag_pages_of_the_edition(client, seed_story):
    tree = fetch(client, seed_story.url)
    links = {a.text_content(): a.get("href") for a in tree.cssselect(".story__tags a")}
    assert links == {
        "Aserbaidschan": "/de/tags/aserbaidschan/",
        "Belarus": "/de/tags/belarus/",
        "Verteidigung": "/de/tags/verteidigung/",
    }
    tag_page = fetch(client, links["Belarus"])
    assert seed_story.title in text(tag_page, ".story-list")


def test_newsticker_lists_the_twelve_latest_with_times(client, seed_story):
    from depesche.news.models import StoryPage

    latest = StoryPage.objects.published().for_edition(seed_story.locale_id).newest_first()[:12]
    tree = fetch(client, seed_story.url)
    items = tree.cssselect(".ticker__item")
    assert len(items) == 12
    assert [item.cssselect("a")[0].get("href") for item in items] == [s.url for s in latest]
    assert all(item.cssselect("time")[0].text_content().strip() for item in items)


def test_translations_are_linked(client, seed_story):
    tree = fetch(client, seed_story.url)
    links = {a.get("hreflang"): a.get("href") for a in tree.cssselect(".story__translations a")}
    assert set(links) == {"en", "ru", "az"}
    english = fetch(client, links["en"])
    assert text(english, ".story__reads").startswith("Read:")
    assert english.get("lang") == "en"


def test_meta_description_falls_back_to_the_start_of_the_body(client, seed_story):
    tree = fetch(client, seed_story.url)
    description = tree.cssselect('meta[name="description"]')[0].get("content")
    first = next(block for block in seed_story.body if block.block_type == "paragraph")
    assert description.startswith(first.value.source[3:40])
    assert len(description) <= 200
