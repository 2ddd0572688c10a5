"""Public pages come from the page cache until something readers see changes."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, PageViewRestriction

from depesche.core import generation
from depesche.reads.counting import record_reads
from tests.factories import StoryPageFactory, add_stories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(DEPESCHE_PAGE_CACHE={**settings.DEPESCHE_PAGE_CACHE, "ENABLED": True}):
        caches["pages"].clear()
        generation.read_again()
        yield


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def draft_story(section, title):
    story = StoryPageFactory.build(title=title, slug=title.lower().replace(" ", "-"), live=False)
    section.add_child(instance=story)
    return story


def test_second_request_is_a_hit_with_http_cache_headers(client):
    first, _ = get(client, "/de/")
    second, _ = get(client, "/de/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control and "s-maxage=60" in control
    assert "stale-while-revalidate=30" in control
    assert second["ETag"] == first["ETag"] and second["Last-Modified"]
    again = client.get("/de/", HTTP_IF_NONE_MATCH=second["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_editions_are_cached_apart(client):
    german, english = get(client, "/de/")[1], get(client, "/en/")[1]
    assert get(client, "/de/")[1] == german and get(client, "/en/")[1] == english
    assert 'lang="de"' in german and 'lang="en"' in english


def test_signed_in_editors_never_get_or_fill_the_cache(client, editor_client):
    get(client, "/de/")
    response, _ = get(editor_client, "/de/")
    assert not response.has_header("X-Cache")
    assert response["Cache-Control"] == "private, no-cache"
    client.logout()
    assert "userbar" not in get(client, "/de/")[1].lower().replace("-", "")


def test_admin_and_read_endpoints_are_never_cached(editor_client, seed_story):
    assert not editor_client.get("/admin/").has_header("X-Cache")
    editor_client.logout()
    assert not editor_client.get(f"/reads/{seed_story.pk}/").has_header("X-Cache")


def test_publishing_a_story_shows_it_at_once(client, section):
    politics = section("de", "politik")
    get(client, "/de/")
    get(client, politics.url)
    story = draft_story(politics, "Cache test publish")
    assert "Cache test publish" not in get(client, politics.url)[1]
    story.save_revision().publish()
    for url in ("/de/", politics.url, "/de/ticker/", "/de/feeds/rss/"):
        assert "Cache test publish" in get(client, url)[1], url


def test_feeds_are_cached_but_not_written_out_as_pages(client):
    first, second = get(client, "/de/feeds/atom/")[0], get(client, "/de/feeds/atom/")[0]
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second["Content-Type"].startswith("application/atom+xml")


def test_unpublishing_editing_moving_and_deleting_show_at_once(client, section):
    politics, sport = section("de", "politik"), section("de", "sport")
    story = draft_story(politics, "Cache test story")
    story.save_revision().publish()
    assert get(client, story.url)[0].status_code == 200
    story.title = "Cache test story, edited"
    story.save_revision().publish()
    assert "Cache test story, edited" in get(client, story.url)[1]
    get(client, sport.url)
    story.move(sport, pos="last-child")
    assert "Cache test story, edited" in get(client, sport.url)[1]
    story.refresh_from_db()
    story.unpublish()
    assert get(client, sport.url + story.slug + "/")[0].status_code == 404
    story.save_revision().publish()
    assert get(client, sport.url + story.slug + "/")[0].status_code == 200
    story.delete()
    assert "Cache test story" not in get(client, sport.url)[1]


def test_a_published_translation_appears_in_the_switcher(client, seed_story, section):
    story = draft_story(section("de", "kultur"), "Nur auf Deutsch")
    story.save_revision().publish()
    assert 'hreflang="en"' not in get(client, story.url)[1].split("<body")[0]
    english = story.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    assert 'hreflang="en"' in get(client, story.url)[1].split("<body")[0]


def test_renaming_a_tag_shows_at_once(client, seed_story):
    assert "Belarus" in get(client, seed_story.url)[1]
    tag = Tag.objects.get(name="Belarus")
    tag.name = "Republik Belarus"
    tag.save()
    assert "Republik Belarus" in get(client, seed_story.url)[1]


def test_a_schedule_firing_shows_at_once(client, section):
    politics = section("de", "politik")
    story = draft_story(politics, "Scheduled for later")
    story.go_live_at = timezone.now() + datetime.timedelta(seconds=20)
    story.save_revision().publish()
    assert "Scheduled for later" not in get(client, politics.url)[1]
    # 30 seconds on: the schedule is due, the cached section page (kept 60 s) is not expired.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=30)):
        call_command("publish_scheduled", verbosity=0)
        assert "Scheduled for later" in get(client, politics.url)[1]


def test_a_view_restriction_shows_at_once(client, seed_story):
    assert get(client, seed_story.url)[0].status_code == 200
    PageViewRestriction.objects.create(page=seed_story, restriction_type="login")
    assert get(client, seed_story.url)[0].status_code in (302, 403)


def test_another_process_bump_is_seen_within_a_quarter_second(client, seed_story):
    get(client, "/de/")
    assert get(client, "/de/")[0]["X-Cache"] == "hit"
    caches["pages"].incr(generation.KEY)  # what a publish in another process does
    generation._seen["next"] -= generation.REREAD_SECONDS  # a quarter of a second later
    assert get(client, "/de/")[0]["X-Cache"] == "miss"


def test_read_counts_do_not_invalidate_pages(client, seed_story):
    get(client, seed_story.url)
    record_reads({seed_story.pk: 5})
    assert get(client, seed_story.url)[0]["X-Cache"] == "hit"


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.support.purges.RecordingBackend"}}
)
def test_publishing_purges_the_cdn_of_every_page_that_lists_the_story(
    section, django_capture_on_commit_callbacks
):
    from tests.support.purges import PURGED

    PURGED.clear()
    politics = section("de", "politik")
    story = draft_story(politics, "Purge test")
    story.tags.add("Hafen")
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    paths = {url.split("://", 1)[1].split("/", 1)[1] for url in PURGED}
    assert {
        story.url.lstrip("/"),
        "de/",
        "de/politik/",
        "de/ticker/",
        "de/most-read/",
        "de/tags/hafen/",
        "de/feeds/rss/",
        "de/feeds/atom/sections/politik/",
        "de/feeds/rss/tags/hafen/",
        "sitemap.xml",
        "sitemaps/de.xml",
        "sitemaps/news-de.xml",
        f"api/ninjs/3.1/stories/{story.pk}/",
        f"api/ninjs/2.2/stories/{story.pk}/",
        f"api/v2/pages/{story.pk}/",
    } <= paths


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.support.purges.RecordingBackend"}}
)
def test_publishing_a_section_purges_its_own_feeds(section, django_capture_on_commit_callbacks):
    from tests.support.purges import PURGED

    PURGED.clear()
    sport = section("de", "sport")
    sport.title = "Sport und Spiel"
    with django_capture_on_commit_callbacks(execute=True):
        sport.save_revision().publish()
    paths = {url.split("://", 1)[1].split("/", 1)[1] for url in PURGED}
    assert {"de/feeds/rss/sections/sport/", "de/feeds/atom/sections/sport/"} <= paths


def test_only_the_page_parameter_makes_a_separate_entry(client, section):
    politics = section("de", "politik")
    get(client, politics.url)
    assert get(client, politics.url + "?utm_source=feed")[0]["X-Cache"] == "hit"
    assert get(client, politics.url + "?page=1")[0]["X-Cache"] == "miss"


def test_sitemap_pages_are_cached_apart(client, monkeypatch):
    from depesche.syndication.sitemaps import EditionSitemap

    monkeypatch.setattr(EditionSitemap, "limit", 10)
    first, first_body = get(client, "/sitemaps/de.xml")
    second, second_body = get(client, "/sitemaps/de.xml?p=2")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "miss")
    assert first_body != second_body
    assert get(client, "/sitemaps/de.xml?p=2")[0]["X-Cache"] == "hit"


def test_only_sitemaps_read_p_and_repeated_api_parameters_keep_their_order(client, section):
    politics = section("de", "politik")
    get(client, politics.url)
    assert get(client, politics.url + "?p=3")[0]["X-Cache"] == "hit"
    from depesche.pagecache.store import cached_query

    assert cached_query("/api/x/", "b=1&a=2&a=1") == "a=2&a=1&b=1"
    assert cached_query("/api/x/", "a=1&a=2") != cached_query("/api/x/", "a=2&a=1")


def test_api_answers_are_cached_by_their_whole_query(client, section):
    one, _ = get(client, "/api/ninjs/3.1/stories/?edition=de&limit=1")
    two, _ = get(client, "/api/ninjs/3.1/stories/?edition=de&limit=2")
    assert (one["X-Cache"], two["X-Cache"]) == ("miss", "miss")
    assert (len(one.json()["items"]), len(two.json()["items"])) == (1, 2)
    again = get(client, "/api/ninjs/3.1/stories/?limit=1&edition=de")[0]
    assert again["X-Cache"] == "hit" and len(again.json()["items"]) == 1
    [story] = add_stories(section("de", "politik"), 1, title="Fresh for the API")
    fresh = get(client, f"/api/ninjs/3.1/stories/{story.pk}/")[0]
    assert fresh.json()["headlines"][0]["value"] == "Fresh for the API"


def test_not_found_pages_are_not_cached_and_get_no_304(client):
    first = client.get("/de/no-such-page/")
    assert first.status_code == 404 and not first.has_header("X-Cache")
    assert client.get("/de/no-such-page/", HTTP_IF_NONE_MATCH="*").status_code == 404


def test_cached_pages_keep_their_security_headers(client):
    first, _ = get(client, "/de/")
    second, _ = get(client, "/de/")
    assert second["X-Cache"] == "hit"
    for name in (
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Security-Policy",
        "Permissions-Policy",
    ):
        assert second[name] == first[name], name
    assert "unsafe-inline" not in second["Content-Security-Policy"]


def test_the_generation_is_bumped_again_after_commit(django_capture_on_commit_callbacks, section):
    story = draft_story(section("de", "politik"), "Commit test")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        before = generation.current()
        story.save_revision().publish()
        during = generation.current()
    assert during > before
    assert callbacks and generation.current() > during


def test_image_document_and_redirect_changes_invalidate(client):
    from wagtail.contrib.redirects.models import Redirect

    get(client, "/de/")
    assert get(client, "/de/")[0]["X-Cache"] == "hit"
    Redirect.objects.create(old_path="/alt", redirect_link="/de/")
    assert get(client, "/de/")[0]["X-Cache"] == "miss"


def test_rendering_images_does_not_invalidate(client, seed_story):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 450), "navy").save(buffer, "PNG")
    picture = Image.objects.create(title="Lead", file=ImageFile(buffer, name="lead.png"))
    seed_story.lead_image = picture
    seed_story.save_revision().publish()
    before = generation.current()
    get(client, seed_story.url)
    get(client, "/de/")
    assert generation.current() == before
    assert get(client, seed_story.url)[0]["X-Cache"] == "hit"
