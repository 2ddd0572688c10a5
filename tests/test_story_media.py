"""Videos and photo galleries in story bodies: the player, the facade for videos on other
sites, the gallery, their structured data and the policy that admits a player."""

import json
import re
import shutil
import subprocess

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.test import override_settings
from lxml import html
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from depesche.news.models import StoryKind
from depesche.news.video_embeds import allow_frames, resolve_external_video
from depesche.pagecache import policy
from depesche.syndication.markup import iso_duration
from tests.factories import add_stories, make_image, make_video
from tests.support.embed_finders import YOUTUBE
from tests.test_html_validity import VNU

pytestmark = pytest.mark.django_db

CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:02.000\nDer Hafen im Morgengrauen\n"
# Attributes a browser fetches on its own, without the reader doing anything.
LOADING_ATTRIBUTES = "//@src | //@srcset | //@poster | //@data | //link/@href"


def make_captions():
    return Document.objects.create(
        title="Harbour captions", file=ContentFile(CAPTIONS.encode(), name="harbour.de.vtt")
    )


def store_youtube_player():
    """What saving a story with the YouTube video keeps: its provider's answer (here the test
    finder's, as YouTube's oEmbed endpoint gives it) in Wagtail's Embed table."""
    assert resolve_external_video(YOUTUBE) is not None


def video_story(section, **value):
    body = [{"type": "video", "value": value}]
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO, body=body)
    return story


def gallery_story(section, count=3, kind=StoryKind.PHOTO, **fields):
    photos = [
        {
            "image": {"image": make_image(f"Photo {n}").pk, "alt_text": f"Boat {n}"},
            "caption": f"Caption {n}",
            "credit": f"Agency {n}",
        }
        for n in range(1, count + 1)
    ]
    body = [{"type": "gallery", "value": {"title": "The harbour", "photos": photos}}]
    [story] = add_stories(section("de", "welt"), 1, kind=kind, body=body, **fields)
    return story


def loading(img):
    """How the browser fetches an <img>: at once with high priority, or when near."""
    return img.get("fetchpriority") or img.get("loading")


def article_data(response):
    tree = html.fromstring(response.content)
    [script] = tree.xpath("//script[@type='application/ld+json']")
    return json.loads(script.text)


def test_an_uploaded_video_plays_in_a_player_with_poster_captions_and_size(client, section):
    video, captions, poster = make_video(), make_captions(), make_image("Poster")
    story = video_story(
        section,
        video=video.pk,
        poster=poster.pk,
        captions=captions.pk,
        caption="The harbour",
        credit="AP",
    )
    response = client.get(story.url)
    tree = html.fromstring(response.content)
    [player] = tree.xpath("//video")
    assert player.get("controls") is not None
    assert player.get("preload") in ("metadata", "none")
    assert (player.get("width"), player.get("height")) == ("640", "360")
    assert player.get("poster").startswith("/media/images/")
    [source] = player.xpath(".//source")
    assert source.get("src") == video.url and source.get("type") == "video/mp4"
    [track] = player.xpath(".//track")
    assert track.get("kind") == "captions" and track.get("srclang") == "de"
    assert track.get("label") == "Deutsch" and track.get("default") is not None
    assert track.get("src") == captions.url
    assert tree.xpath("//a[@download]/@href") == [video.url]
    caption = tree.xpath("//figcaption[@class='video__caption']")[0].text_content()
    assert "The harbour" in caption and "AP" in caption
    head = tree.find("head")
    assert head.xpath("link[@rel='stylesheet' and contains(@href, 'css/media.css')]")
    assert not head.xpath("script[contains(@src, 'video.js')]")  # the native player needs none


def test_captions_are_served_inline_as_webvtt(client):
    captions = make_captions()
    response = client.get(captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert b"".join(response.streaming_content).decode() == CAPTIONS


def test_a_video_elsewhere_loads_nothing_from_its_site_before_play(client, root, section):
    store_youtube_player()
    story = video_story(section, url=YOUTUBE, poster=make_image("Poster").pk)
    response = client.get(story.url)
    tree = html.fromstring(response.content)
    loaded = [str(value) for value in tree.xpath(LOADING_ATTRIBUTES)]
    elsewhere = [url for url in loaded if re.match(r"(https?:)?//", url) and root not in url]
    assert loaded and not elsewhere
    assert not tree.xpath("//iframe")
    [facade] = tree.xpath("//div[@class='video-facade']")
    assert facade.get("data-player").startswith(
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?"
    )
    assert "autoplay=1" in facade.get("data-player")
    [play] = facade.xpath("a[@class='video-facade__play']")
    assert play.get("href") == YOUTUBE  # without JavaScript: the video's own page
    assert "YouTube" in play.text_content()
    assert facade.xpath(".//img[contains(@src, '/media/images/')]")
    assert tree.xpath("//head/script[contains(@src, 'js/video.js')][@defer]")


def test_only_a_page_with_a_video_elsewhere_admits_its_player(client, section):
    """The page cache keeps the page's own policy; nginx never gets it as a file."""
    store_youtube_player()
    story = video_story(section, url=YOUTUBE, poster=make_image("Poster").pk)
    policy = client.get(story.url)["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com" in policy
    assert "youtube" not in policy.split("frame-src")[0]  # no scripts, images or media
    assert "frame-src" not in client.get("/de/")["Content-Security-Policy"]
    with override_settings(DEPESCHE_PAGE_CACHE={**settings.DEPESCHE_PAGE_CACHE, "ENABLED": True}):
        caches["pages"].clear()
        assert client.get(story.url)["X-Cache"] == "miss"
        cached = client.get(story.url)
    assert cached["X-Cache"] == "hit"
    assert cached["Content-Security-Policy"] == policy


def test_a_video_elsewhere_without_a_known_player_is_a_plain_link(client, section):
    url = "https://video.example.org/watch/1"
    Embed.objects.create(url=url, hash=get_embed_hash(url), type="link", html="")
    story = video_story(section, url=url, poster=make_image("Poster").pk)
    response = client.get(story.url)
    tree = html.fromstring(response.content)
    assert tree.xpath("//p[@class='video__link']/a/@href") == [url]
    assert "frame-src" not in response["Content-Security-Policy"]


def test_the_video_object_has_duration_size_thumbnail_and_content_url(client, root, section):
    video, poster = make_video(), make_image("Poster")
    story = video_story(section, video=video.pk, poster=poster.pk, caption="At dawn", credit="AP")
    data = article_data(client.get(story.url))["video"]
    assert data["@type"] == "VideoObject"
    assert data["name"] == story.title and data["description"] == "At dawn"
    assert data["duration"] == "PT1M5S"
    assert (data["width"], data["height"]) == (640, 360)
    assert data["contentUrl"] == f"{root}{video.url}"
    [thumbnail] = data["thumbnailUrl"]
    assert thumbnail.startswith(f"{root}/media/images/")
    assert data["uploadDate"] and data["creditText"] == "AP"


def test_the_video_object_of_a_video_elsewhere_names_its_player(client, section):
    store_youtube_player()
    story = video_story(section, url=YOUTUBE, poster=make_image("Poster").pk)
    data = article_data(client.get(story.url))["video"]
    assert data["embedUrl"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?feature=oembed"
    assert data["url"] == YOUTUBE and "contentUrl" not in data
    assert data["thumbnailUrl"]


def test_iso_durations():
    assert iso_duration(0) == "PT0S"
    assert iso_duration(59.6) == "PT1M"
    assert iso_duration(3725) == "PT1H2M5S"
    assert iso_duration(7200) == "PT2H"


def test_a_gallery_lists_every_photo_with_caption_credit_and_controls(client, section):
    story = gallery_story(section, count=3)
    tree = html.fromstring(client.get(story.url).content)
    [gallery] = tree.xpath("//section[@class='gallery']")
    assert gallery.get("aria-label") == "The harbour"
    photos = gallery.xpath(".//li[contains(@class, 'gallery__photo')]")
    assert len(photos) == 3  # without JavaScript: all of them, one under the other
    # The first is the current photo of the paged gallery from the first paint on.
    assert [photo.get("class").split() for photo in photos] == [
        ["gallery__photo", "gallery__photo--current"],
        ["gallery__photo"],
        ["gallery__photo"],
    ]
    assert [photo.xpath(".//img/@alt")[0] for photo in photos] == ["Boat 1", "Boat 2", "Boat 3"]
    assert "Caption 2" in photos[1].text_content() and "Agency 2" in photos[1].text_content()
    [controls] = gallery.xpath(".//div[@class='gallery__controls']")
    assert controls.get("hidden") is not None  # the script shows them
    labels = controls.xpath("button/@aria-label")
    assert len(labels) == 2 and all(labels)
    assert controls.xpath("p[@aria-live='polite']")
    assert "{current}" in gallery.get("data-status") and "{total}" in gallery.get("data-status")
    assert tree.xpath("//head/script[contains(@src, 'js/gallery.js')][@defer]")


def test_a_photo_story_leads_with_its_gallery_in_place_of_its_lead_image(client, section):
    story = gallery_story(section, lead_image=make_image("Lead"), lead_image_alt="The quay")
    tree = html.fromstring(client.get(story.url).content)
    [lead] = tree.xpath("//main//*[contains(@class, 'story__lead-media')]")
    assert lead.xpath("section[@class='gallery']")
    assert not tree.xpath("//img[@alt='The quay']")  # the lead image is not shown twice
    assert len(tree.xpath("//main//section[@class='gallery']")) == 1
    images = lead.xpath(".//img")
    assert [img.get("alt") for img in images] == ["Boat 1", "Boat 2", "Boat 3"]
    # The first photo is the page's largest paint; the others load when they are shown.
    assert [loading(img) for img in images] == ["high", "lazy", "lazy"]
    assert images[0].get("loading") is None


def test_a_gallery_further_down_the_story_loads_every_photo_lazily(client, section):
    story = gallery_story(section, kind=StoryKind.TEXT, lead_image=make_image("Lead"))
    tree = html.fromstring(client.get(story.url).content)
    assert tree.xpath("//*[contains(@class, 'story__lead-image')]//img")
    [gallery] = tree.xpath("//div[contains(@class, 'story__body')]/section[@class='gallery']")
    assert [loading(img) for img in gallery.xpath(".//img")] == ["lazy", "lazy", "lazy"]


def test_gallery_photos_and_the_lead_image_are_image_objects(client, root, section):
    story = gallery_story(section, count=2)
    story.lead_image = make_image("Lead")
    story.lead_image_alt = "The quay"
    story.lead_image_caption = "The quay at noon"
    story.lead_image_credit = "Reuters"
    story.save_revision().publish()
    images = article_data(client.get(story.url))["image"]
    assert [image["@type"] for image in images] == ["ImageObject"] * 3
    lead, first, _second = images
    assert lead["caption"] == "The quay at noon" and lead["creditText"] == "Reuters"
    assert first["caption"] == "Caption 1" and first["creditText"] == "Agency 1"
    for image in images:
        assert image["contentUrl"] == image["url"]
        assert image["url"].startswith(f"{root}/media/images/")
        assert image["width"] > 0 and image["height"] > 0


def test_a_story_without_media_loads_no_media_assets(client, section):
    [story] = add_stories(section("de", "welt"), 1)
    head = html.fromstring(client.get(story.url).content).find("head")
    assert not head.xpath("link[contains(@href, 'media.css')] | script[contains(@src, 'video')]")


def test_front_pages_have_a_description_in_their_language(client):
    for path in ("/de/", "/en/"):
        tree = html.fromstring(client.get(path).content).find("head")
        [description] = tree.xpath("meta[@name='description']/@content")
        assert len(description) > 50
        assert tree.xpath("meta[@property='og:description']/@content") == [description]
        assert tree.xpath("meta[@name='twitter:description']/@content") == [description]
        assert tree.xpath("meta[@name='twitter:title']/@content")


def test_media_stories_are_valid_html(client, section, tmp_path):
    if shutil.which("java") is None or not VNU.exists():
        pytest.fail("the HTML checker needs Java and vnu-jar (make test installs both)")
    store_youtube_player()
    poster = make_image("Poster")
    stories = {
        "video": video_story(
            section, video=make_video().pk, poster=poster.pk, captions=make_captions().pk
        ),
        "embed": video_story(section, url=YOUTUBE, poster=poster.pk, caption="Bunny"),
        "gallery": gallery_story(section),
    }
    files = []
    for name, story in stories.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(story.url).content)
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [f"{m['url'].rsplit('/', 1)[-1]}: {m['message']}" for m in messages] == []


def test_a_page_that_frames_a_player_is_not_written_out_for_nginx(rf):
    """nginx sends every file with the fixed policy, which admits no player."""
    page, with_player = rf.get("/de/welt/a/"), rf.get("/de/welt/b/")
    allow_frames(with_player, "https://www.youtube-nocookie.com")
    response = HttpResponse("<!DOCTYPE html>", content_type="text/html; charset=utf-8")
    assert policy.served_as_file(page, response)
    assert not policy.served_as_file(with_player, response)
