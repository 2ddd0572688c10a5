"""One topic, one tag per edition: tag pages link the topic's pages in the other editions
(switcher and hreflang), and editors map tags in the admin."""

import pytest
from django.urls import reverse
from lxml import html
from taggit.models import Tag
from wagtail.models import Locale

from depesche.news.models import StoryPage, TagGroup, TagInEdition

pytestmark = pytest.mark.django_db


def tree_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def test_the_demo_maps_the_seed_storys_topics(db):
    belarus = TagGroup.objects.get(name="Belarus")
    names = {entry.locale.language_code: entry.tag.name for entry in belarus.names.all()}
    assert names == {"de": "Belarus", "en": "Belarus", "ru": "Беларусь", "az": "Belarus"}


def test_a_tag_page_links_the_same_topic_in_the_other_editions(client, root):
    ru_story = StoryPage.objects.published().filter(locale__language_code="ru").first()
    ru_story.tags.add("Беларусь")
    ru_story.save_revision().publish()
    de_story = StoryPage.objects.published().filter(locale__language_code="de").first()
    de_story.tags.add("Belarus")
    de_story.save_revision().publish()
    ru_slug = Tag.objects.get(name="Беларусь").slug
    tree = tree_of(client, "/de/tags/belarus/")
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in tree.cssselect('link[rel="alternate"][hreflang]')
    }
    assert alternates["de"] == f"{root}/de/tags/belarus/"
    assert alternates["ru"] == f"{root}/ru/tags/{ru_slug}/"
    switcher = {a.get("lang"): a.get("href") for a in tree.cssselect("nav.editions a")}
    assert switcher.get("ru") == f"/ru/tags/{ru_slug}/"
    ru_tree = tree_of(client, f"/ru/tags/{ru_slug}/")
    back = {link.get("hreflang"): link.get("href") for link in ru_tree.cssselect("link[hreflang]")}
    assert back["de"] == f"{root}/de/tags/belarus/"


def test_an_edition_without_stories_on_the_topic_gets_no_link_to_an_empty_page(client, root):
    story = StoryPage.objects.published().filter(locale__language_code="de").first()
    story.tags.add("Verteidigung")
    story.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    defence = Tag.objects.get(name="Defence")
    StoryPage.objects.filter(locale=english, tagged_items__tag=defence).update(live=False)
    tree = tree_of(client, "/de/tags/verteidigung/")
    hreflangs = [link.get("hreflang") for link in tree.cssselect("link[hreflang]")]
    assert "en" not in hreflangs and "de" in hreflangs
    assert "ru" in hreflangs  # the seed story's Russian edition carries "Оборона"


def test_editors_map_tags_in_the_admin(editor_client):
    listing = editor_client.get(reverse("wagtailsnippets_news_taggroup:list"))
    assert listing.status_code == 200
    de = Locale.objects.get(language_code="de")
    ru = Locale.objects.get(language_code="ru")
    floods = Tag.objects.create(name="Hochwasser")
    floods_ru = Tag.objects.create(name="Наводнение")
    form = {
        "name": "Floods",
        "names-TOTAL_FORMS": "2",
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "1",
        "names-MAX_NUM_FORMS": "1000",
        "names-0-locale": de.pk,
        "names-0-tag": floods.pk,
        "names-1-locale": ru.pk,
        "names-1-tag": floods_ru.pk,
    }
    response = editor_client.post(reverse("wagtailsnippets_news_taggroup:add"), form)
    assert response.status_code == 302
    group = TagGroup.objects.get(name="Floods")
    assert set(group.names.values_list("tag__name", flat=True)) == {"Hochwasser", "Наводнение"}

    again = dict(form, name="Floods again")  # the same tag cannot stand for two topics
    refused = editor_client.post(reverse("wagtailsnippets_news_taggroup:add"), again)
    assert refused.status_code == 200
    assert not TagGroup.objects.filter(name="Floods again").exists()
    assert TagInEdition.objects.filter(tag=floods).count() == 1


def test_mapping_a_tag_shows_on_cached_tag_pages_at_once(client):
    story = StoryPage.objects.published().filter(locale__language_code="de").first()
    story.tags.add("Hafen")
    story.save_revision().publish()
    ru_story = StoryPage.objects.published().filter(locale__language_code="ru").first()
    ru_story.tags.add("Порт")
    ru_story.save_revision().publish()
    first = tree_of(client, "/de/tags/hafen/")
    assert "ru" not in [link.get("hreflang") for link in first.cssselect("link[hreflang]")]
    group = TagGroup.objects.create(name="Harbour")
    for code, name in (("de", "Hafen"), ("ru", "Порт")):
        TagInEdition.objects.create(
            group=group,
            locale=Locale.objects.get(language_code=code),
            tag=Tag.objects.get(name=name),
        )
    again = tree_of(client, "/de/tags/hafen/")
    assert "ru" in [link.get("hreflang") for link in again.cssselect("link[hreflang]")]
