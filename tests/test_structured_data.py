"""The JSON-LD of story and front pages carries what schema.org's news types need.

Every block is parsed and every NewsArticle, VideoObject and ImageObject in it checked
against tests/support/structured_data.py's property lists. A page that shows a video must
describe it as a VideoObject; a page that shows a gallery (two or more captioned photos)
must describe its photos as ImageObjects.
"""

import pytest
from django.core.files.base import ContentFile
from lxml import html
from wagtailmedia.models import Media

from depesche.news.models import StoryKind
from tests.factories import add_stories, make_image
from tests.support import site_pages
from tests.support import structured_data as sd

pytestmark = pytest.mark.django_db


def story_paths(client):
    fetch = site_pages.client_fetch(client)
    return [
        site_pages.path_of(page["meta"]["html_url"])
        for edition in site_pages.EDITIONS
        for page in site_pages.stories_of(fetch, edition)
    ]


def shown_media(page: bytes) -> dict[str, int]:
    """How many videos and captioned photos the page's main landmark shows."""
    main = html.fromstring(page).xpath("//main")[0]
    return {
        "videos": len(main.xpath(".//video")),
        "captioned photos": len(main.xpath(".//figure[.//img and .//figcaption]")),
    }


def media_problems(page: bytes, blocks: list[dict]) -> list[str]:
    """Media the page shows but its structured data leaves out."""
    shown = shown_media(page)
    found = []
    if shown["videos"] and not sd.of_type(blocks, "VideoObject"):
        found.append(f"{shown['videos']} video(s) shown, no VideoObject")
    gallery = shown["captioned photos"]
    # The lead photo may be named by URL in NewsArticle.image; a gallery's photos may not.
    if gallery >= 2 and len(sd.of_type(blocks, "ImageObject")) < gallery - 1:
        found.append(f"{gallery} captioned photos shown, too few ImageObjects")
    return found


def story_problems(client, path: str, *, recommended: bool = False) -> list[str]:
    """What the story's NewsArticle (and any media object in its data) lacks."""
    blocks = sd.blocks(story_page(client, path))
    found = [] if sd.of_type(blocks, "NewsArticle") else ["no NewsArticle"]
    return found + sd.problems(blocks, recommended=recommended)


def story_page(client, path: str) -> bytes:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content


def article_problems(client, path: str, *, recommended: bool = False) -> list[str]:
    """Like story_problems(), for the NewsArticle's own properties only."""
    return [
        problem
        for problem in story_problems(client, path, recommended=recommended)
        if not problem.startswith(("VideoObject", "ImageObject"))
    ]


def every_story(client, problems_of) -> dict[str, list[str]]:
    return {path: found for path in story_paths(client) if (found := problems_of(path))}


def test_every_story_page_describes_a_news_article(client):
    assert len(story_paths(client)) > 40
    assert every_story(client, lambda path: article_problems(client, path)) == {}


def test_every_demo_story_names_its_image(client):
    found = every_story(client, lambda path: article_problems(client, path, recommended=True))
    assert found == {}


def test_every_demo_story_describes_its_videos_and_galleries(client):
    def media_problems_of(path):
        page = story_page(client, path)
        blocks = sd.blocks(page)
        found = [p for p in sd.problems(blocks) if p.startswith(("VideoObject", "ImageObject"))]
        return found + media_problems(page, blocks)

    assert every_story(client, media_problems_of) == {}


def test_a_story_with_a_lead_image_has_every_recommended_property(client, section):
    [story] = add_stories(section("de", "welt"), 1, **captioned_lead_image())
    assert story_problems(client, story.url, recommended=True) == []


def test_front_pages_describe_the_edition_and_its_leading_stories(client):
    for edition in site_pages.EDITIONS:
        response = client.get(f"/{edition}/")
        blocks = sd.blocks(response.content)
        assert sd.problems(blocks, recommended=True) == [], edition
        [website] = sd.of_type(blocks, "WebSite")
        assert sd.is_absolute_url(website["url"]) and website["url"].endswith(f"/{edition}/")
        assert website["inLanguage"] == edition
        [leading] = sd.of_type(blocks, "ItemList")
        items = leading["itemListElement"]
        assert len(items) >= 5, edition  # lead and top row at least
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        # The list is the page's upper part: lead, top row, video rail and photo strip.
        assert [site_pages.path_of(item["url"]) for item in items] == leading_story_paths(
            response.content
        ), edition


LEADING_PARTS = ("front-lead", "front-top", "rail--video", "rail--photo")


def leading_story_paths(page: bytes) -> list[str]:
    """The headline links of the front page's lead, top row, video rail and photo strip."""
    tree = html.fromstring(page)
    paths = []
    for part in LEADING_PARTS:
        paths += tree.xpath(f"//main//section[contains(@class, '{part}')]//article/*/*/a/@href")
    return paths


def captioned_lead_image():
    return {
        "lead_image": make_image("Harbour at dawn"),
        "lead_image_alt": "Ships at the quay at dawn",
        "lead_image_caption": "The harbour at dawn",
        "lead_image_credit": "Depesche/Photo desk",
    }


def video_and_gallery_story(section):
    video = Media.objects.create(
        title="Harbour video",
        file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="harbour.mp4"),
        type="video",
        duration=12,
    )
    photos = [
        {
            "image": {"image": make_image(f"Harbour {n}").pk, "alt_text": f"Quay {n}"},
            "caption": f"The harbour's quay number {n} at dawn",
            "credit": "Depesche/Photo desk",
        }
        for n in range(1, 4)
    ]
    body = [
        {"type": "paragraph", "value": "<p>The harbour reopened on Monday.</p>"},
        {
            "type": "video",
            "value": {
                "video": video.pk,
                "poster": make_image("Harbour poster").pk,
                "caption": "Ships enter the harbour",
                "credit": "Depesche/Video desk",
            },
        },
        {"type": "gallery", "value": {"title": "The harbour", "photos": photos}},
    ]
    [story] = add_stories(
        section("de", "welt"),
        1,
        kind=StoryKind.VIDEO,
        body=body,
        **captioned_lead_image(),
    )
    return story


def test_a_story_with_a_video_and_a_gallery_describes_both(client, section):
    story = video_and_gallery_story(section)
    response = client.get(story.url)
    assert shown_media(response.content) == {"videos": 1, "captioned photos": 4}  # lead + gallery
    blocks = sd.blocks(response.content)
    found = story_problems(client, story.url, recommended=True)
    assert found + media_problems(response.content, blocks) == []


def test_the_checker_names_what_is_missing_or_malformed():
    article = {
        "@type": "NewsArticle",
        "headline": "A" * 111,
        "datePublished": "2021-05-19T12:00:00",
        "author": {"@type": "Organization", "name": "AzVision.az"},
        "mainEntityOfPage": "/de/story/",
        "video": {"@type": "VideoObject", "name": "Clip", "duration": "90 seconds"},
    }
    found = sd.problems([article], recommended=True)
    for problem in (
        "NewsArticle: no description",
        "NewsArticle: no publisher",
        "NewsArticle: no image",
        "NewsArticle: headline longer than 110 characters",
        "NewsArticle: datePublished '2021-05-19T12:00:00' is not an ISO 8601 date-time with a zone",
        "NewsArticle: mainEntityOfPage '/de/story/' is not an absolute http(s) URL",
        "VideoObject: no contentUrl or embedUrl",
        "VideoObject: duration '90 seconds' is not an ISO 8601 duration",
    ):
        assert problem in found
    logo = {"@type": "ImageObject", "url": "https://example.org/logo.png"}
    publisher = {"@type": "NewsMediaOrganization", "name": "Depesche", "logo": logo}
    assert sd.problems([{"@type": "WebPage", "publisher": publisher}]) == []
