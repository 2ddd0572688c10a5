"""Videos on other sites: their provider is asked for the player when the editor saves the
story, and pages, JSON-LD and the video sitemap show only what was stored then."""

import datetime
import json
import socket

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from lxml import html
from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from depesche.news.models import StoryKind, StoryPage
from depesche.news.models.blocks import VideoBlock
from tests.factories import add_stories, make_image
from tests.support.embed_finders import INSECURE, YOUTUBE
from tests.test_newsroom_admin import story_form
from tests.test_sitemaps import SITEMAP, VIDEO, fetch
from tests.test_story_media import article_data, video_story

pytestmark = pytest.mark.django_db

# The error in the active language (German: the site's default), as the editor reads it.
NO_PLAYER = (
    "Unter dieser Adresse wurde kein Videoplayer gefunden. Prüfen Sie die Adresse oder laden "
    "Sie stattdessen die Videodatei hoch."
)
UNKNOWN = "https://video.example.org/watch/unknown"


@pytest.fixture
def asked(settings):
    """The addresses any provider is asked about during the test."""
    asked = []
    settings.WAGTAILEMBEDS_FINDERS = [
        {"class": "tests.support.embed_finders.KnownVideos", "asked": asked}
    ]
    return asked


def clean_video_block(url):
    block = VideoBlock()
    return block.clean(block.to_python({"url": url, "poster": make_image("Poster").pk}))


def url_errors(url):
    with pytest.raises(StructBlockValidationError) as raised:
        clean_video_block(url)
    return {name: error.messages for name, error in raised.value.block_errors.items()}


def test_saving_a_video_elsewhere_asks_its_provider_once_and_stores_the_player(asked):
    assert clean_video_block(YOUTUBE)["url"] == YOUTUBE
    embed = Embed.objects.get(hash=get_embed_hash(YOUTUBE))
    assert embed.provider_name == "YouTube"
    assert 'src="https://www.youtube.com/embed/aqz-KE-bpKQ' in embed.html
    clean_video_block(YOUTUBE)  # saved again: the stored answer is current
    assert asked == [YOUTUBE]


@pytest.mark.parametrize("url", [UNKNOWN, INSECURE], ids=["no provider", "no https iframe"])
def test_an_address_without_a_player_is_an_error_on_the_address(asked, url):
    assert url_errors(url) == {"url": [NO_PLAYER]}
    assert asked == [url]


def test_a_provider_that_does_not_answer_is_an_error_on_the_address(settings):
    """Wagtail's own oEmbed finder, with a provider whose endpoint refuses connections."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {"endpoint": f"http://127.0.0.1:{port}/oembed", "urls": [r"^https://video\."]}
            ],
        }
    ]
    assert url_errors(UNKNOWN) == {"url": [NO_PLAYER]}
    assert not Embed.objects.filter(hash=get_embed_hash(UNKNOWN)).exists()


def test_a_story_shows_its_stored_player_after_the_cache_age_and_asks_no_provider(
    asked, client, section
):
    clean_video_block(YOUTUBE)
    Embed.objects.filter(url=YOUTUBE).update(
        cache_until=timezone.now() - datetime.timedelta(days=1)
    )
    asked.clear()
    story = video_story(section, url=YOUTUBE, poster=make_image("Poster").pk)
    response = client.get(story.url)
    facade = html.fromstring(response.content).xpath("//div[@class='video-facade']")
    assert facade[0].get("data-player").startswith("https://www.youtube-nocookie.com/embed/")
    assert article_data(response)["video"]["embedUrl"].startswith("https://www.youtube-nocookie")
    assert "frame-src https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    sitemap = fetch(client, "/sitemaps/video-de.xml")
    [player] = [element.text for element in sitemap.iter(f"{VIDEO}player_loc")]
    assert player.startswith("https://www.youtube-nocookie.com/embed/")
    assert asked == []


def test_a_video_never_resolved_is_a_plain_link_and_asks_no_provider(asked, client, root, section):
    """A story written without the admin (or before saving checked its video) has no player."""
    story = video_story(section, url=YOUTUBE, poster=make_image("Poster").pk)
    response = client.get(story.url)
    tree = html.fromstring(response.content)
    assert tree.xpath("//p[@class='video__link']/a/@href") == [YOUTUBE]
    assert not tree.xpath("//div[@class='video-facade']")
    assert "embedUrl" not in article_data(response)["video"]
    listed = [loc.text for loc in fetch(client, "/sitemaps/video-de.xml").iter(f"{SITEMAP}loc")]
    assert f"{root}{story.url}" not in listed
    assert asked == []


def edit(editor_client, story, video_url):
    form = story_form("Video vom Hafen", action="", video_url=video_url, poster=make_image())
    return editor_client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), form)


def block_errors(response):
    """The errors of the body's blocks, as the edit form hands them to its StreamField."""
    tree = html.fromstring(response.content)
    [stream] = tree.xpath("//*[@data-w-block-arguments-value]")
    _blocks, errors = json.loads(stream.get("data-w-block-arguments-value"))
    return errors["blockErrors"]


def test_the_editor_sees_the_error_and_nothing_is_saved(asked, editor_client, section):
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO)
    revisions = story.revisions.count()
    response = edit(editor_client, story, UNKNOWN)
    assert response.status_code == 200
    with translation.override("de"):
        message = translation.gettext(NO_PLAYER)
    [video_errors] = block_errors(response).values()
    assert video_errors["blockErrors"] == {"url": {"messages": [message]}}
    assert story.revisions.count() == revisions
    assert asked == [UNKNOWN]


def test_the_editor_saves_a_video_with_a_player(asked, editor_client, section):
    [story] = add_stories(section("de", "welt"), 1, kind=StoryKind.VIDEO)
    assert edit(editor_client, story, YOUTUBE).status_code == 302
    draft = StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert [block.value["url"] for block in draft.body if block.block_type == "video"] == [YOUTUBE]
    assert Embed.objects.filter(hash=get_embed_hash(YOUTUBE)).exists()
    assert asked == [YOUTUBE]
