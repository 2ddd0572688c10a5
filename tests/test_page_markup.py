"""Canonical URLs, Open Graph and Twitter tags and JSON-LD on the pages."""

import datetime
import json

import pytest
from lxml import html

from depesche.news.models import StoryKind
from tests.factories import add_stories, make_image, make_video

pytestmark = pytest.mark.django_db


def head(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return html.fromstring(response.content).find("head")


def meta(tree):
    """{key: [contents]} of the meta tags, by property or name."""
    found = {}
    for element in tree.xpath("meta[@property or @name]"):
        key = element.get("property") or element.get("name")
        found.setdefault(key, []).append(element.get("content"))
    return found


def json_ld(tree):
    [script] = tree.xpath("script[@type='application/ld+json']")
    return json.loads(script.text)


def test_the_seed_story_describes_itself_as_a_news_article(client, root, seed_story):
    tree = head(client, seed_story.url)
    article = json_ld(tree)
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert seed_story.title.startswith(article["headline"].rstrip("…"))
    assert len(article["headline"]) <= 110
    published = datetime.datetime.fromisoformat(article["datePublished"])
    assert published == seed_story.first_published_at
    assert datetime.datetime.fromisoformat(article["dateModified"]) >= published
    assert article["author"] == {"@type": "Organization", "name": "AzVision.az"}
    assert article["publisher"]["name"] == "Depesche"
    logo = article["publisher"]["logo"]
    assert logo["url"].startswith(f"{root}/static/img/publisher-logo")
    assert (logo["width"], logo["height"]) == (600, 60)
    assert article["inLanguage"] == "de"
    assert article["articleSection"] == "Politik"
    assert {"Aserbaidschan", "Belarus"} <= set(article["keywords"])
    assert article["url"] == article["mainEntityOfPage"] == f"{root}{seed_story.url}"


def test_the_seed_story_has_canonical_open_graph_and_twitter_tags(client, root, seed_story):
    tree = head(client, seed_story.url)
    [canonical] = tree.xpath("link[@rel='canonical']/@href")
    assert canonical == f"{root}{seed_story.url}"
    tags = meta(tree)
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == [seed_story.title]
    assert tags["og:url"] == [canonical]
    assert tags["og:locale"] == ["de_DE"]
    assert set(tags["og:locale:alternate"]) == {"en_GB", "ru_RU", "az_AZ"}
    assert tags["description"] == [seed_story.summary()] == tags["og:description"]
    assert tags["article:section"] == ["Politik"]
    assert {"Aserbaidschan", "Belarus"} <= set(tags["article:tag"])
    assert tags["twitter:card"] == ["summary_large_image"]  # it has a lead image
    assert tags["twitter:title"] == [seed_story.title]


def test_a_lead_image_becomes_the_share_image(client, root, section):
    [story] = add_stories(section("de", "welt"), 1, lead_image=make_image("Harbour at dawn"))
    tree = head(client, story.url)
    tags = meta(tree)
    assert tags["twitter:card"] == ["summary_large_image"]
    [image_url] = tags["og:image"]
    assert image_url.startswith(f"{root}/media/images/")
    assert tags["og:image:alt"] == ["Harbour at dawn"]
    assert int(tags["og:image:width"][0]) == 800  # the original is smaller than 1200
    [image] = json_ld(tree)["image"]
    assert image["@type"] == "ImageObject"
    assert image["url"] == image["contentUrl"] == image_url
    assert (image["width"], image["height"]) == (800, 450)


def test_a_video_story_carries_a_video_object(client, root, section):
    video = make_video()
    body = [{"type": "video", "value": {"video": video.pk, "caption": "The harbour at dawn"}}]
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO, body=body)
    article = json_ld(head(client, story.url))
    assert article["video"]["@type"] == "VideoObject"
    assert article["video"]["name"] == story.title
    assert article["video"]["description"] == "The harbour at dawn"
    assert article["video"]["contentUrl"].startswith(f"{root}/")
    assert article["video"]["contentUrl"].endswith(".mp4")
    assert datetime.datetime.fromisoformat(article["video"]["uploadDate"])


def test_hostile_text_cannot_break_out_of_the_json_ld(client, section):
    title = '</script><script>alert("x")</script> & <!-- more'
    [story] = add_stories(section("de", "welt"), 1, title=title, lead="<b>lead</b>")
    response = client.get(story.url)
    raw = response.content.decode()
    data_block = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block
    assert json.loads(data_block)["headline"] == title
    assert "<script>alert" not in raw


def test_listing_pages_have_canonical_urls_with_their_page_number(client, root, section):
    politics = section("de", "politik")
    add_stories(politics, 25)
    assert head(client, "/de/").xpath("link[@rel='canonical']/@href") == [f"{root}/de/"]
    assert head(client, politics.url).xpath("link[@rel='canonical']/@href") == [
        f"{root}{politics.url}"
    ]
    second = head(client, f"{politics.url}?page=2")
    assert second.xpath("link[@rel='canonical']/@href") == [f"{root}{politics.url}?page=2"]
    tag_page = head(client, "/de/tags/belarus/")
    assert tag_page.xpath("link[@rel='canonical']/@href") == [f"{root}/de/tags/belarus/"]
    assert meta(tag_page)["og:type"] == ["website"]
