"""An embargoed story appears in no output until its time, then goes out by itself into all.

The outputs: its own address, the front page, its section and tag pages, the ticker, the
feeds, the sitemaps, the ninjs API, Wagtail's API, the search page and API, the live
channel and the CDN. The worker lifting an embargo on an open page is tested in Chromium
(tests/browser/test_live_pages.py).
"""

import datetime
import zoneinfo

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from depesche.channel.models import LiveEvent
from depesche.news.models import StoryPage
from depesche.news.scheduling import run_schedule
from tests.factories import StoryPageFactory
from tests.support.purges import PURGED
from tests.test_newsroom_admin import add_url, story_form

pytestmark = pytest.mark.django_db
WORD = "Sperrfristmeldung"
TITLE = f"{WORD} zur Wahl"  # the search outputs repeat the query, not the title


def outputs(slug, url):
    """{name: path} of every anonymous output the story may appear in."""
    return {
        "front page": "/de/",
        "section": "/de/politik/",
        "tag page": "/de/tags/sperrfrist/",
        "ticker": "/de/ticker/",
        "rss": "/de/feeds/rss/",
        "atom": "/de/feeds/atom/",
        "section feed": "/de/feeds/rss/sections/politik/",
        "sitemap": "/sitemaps/de.xml",
        "news sitemap": "/sitemaps/news-de.xml",
        "ninjs list": "/api/ninjs/3.1/stories/?edition=de",
        "wagtail api list": f"/api/v2/pages/?type=news.StoryPage&slug={slug}",
        "search page": f"/de/suche/?q={WORD}",
        "search api": f"/api/search/?edition=de&q={WORD}",
    }


def documents(story_id, url):
    """{name: path} of the story's own documents: 404 until the embargo is lifted."""
    return {
        "page": url,
        "ninjs": f"/api/ninjs/3.1/stories/{story_id}/",
        "wagtail api": f"/api/v2/pages/{story_id}/",
    }


def seen_in(client, story, url):
    """The outputs that show the story (by its headline or its address); an
    output that answers 404 (a tag page with no story yet, the story's own) shows none."""
    shown = set()
    for name, path in {**outputs(story.slug, url), **documents(story.pk, url)}.items():
        response = client.get(path, follow=True)
        assert response.status_code in (200, 404), (name, response.status_code)
        text = response.content.decode()
        if response.status_code == 200 and (TITLE in text or url in text):
            shown.add(name)
    if LiveEvent.objects.filter(kind="ticker", payload__story=story.pk).exists():
        shown.add("live channel")
    return shown


def everything(story, url):
    return {*outputs(story.slug, url), *documents(story.pk, url), "live channel"}


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.support.purges.RecordingBackend"}}
)
def test_an_embargoed_story_is_nowhere_until_its_time_then_everywhere(
    client, section, django_capture_on_commit_callbacks
):
    PURGED.clear()
    embargo = timezone.now() + datetime.timedelta(minutes=10)
    story = StoryPageFactory(parent=section("de", "politik"), title=TITLE, live=False)
    story.tags.add("Sperrfrist")
    story.embargo_until = embargo
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()  # an editor's "Publish": it is only scheduled
    story = StoryPage.objects.get(pk=story.pk)
    url = story.url
    assert not story.live
    assert story.go_live_at == embargo
    assert seen_in(client, story, url) == set()

    with time_machine.travel(embargo - datetime.timedelta(seconds=1)):
        assert run_schedule(timezone.now()) == (0, 0)
    assert seen_in(client, story, url) == set()

    PURGED.clear()
    with (
        time_machine.travel(embargo + datetime.timedelta(seconds=20)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert run_schedule(timezone.now()) == (1, 0)
    assert seen_in(client, story, url) == everything(story, url)
    assert [purged for purged in PURGED if purged.endswith(url)]


def test_an_editor_publishing_under_embargo_schedules_the_story(editor_client, section):
    politics = section("de", "politik")
    form = story_form(
        f"{WORD} im Editor", action="action-publish", embargo_until="2030-06-01 15:00"
    )
    assert editor_client.post(add_url(politics), form).status_code == 302
    story = StoryPage.objects.get(title=f"{WORD} im Editor")
    expected = datetime.datetime(2030, 6, 1, 15, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    assert not story.live
    assert story.embargo_until == expected  # entered in the edition's time zone
    assert story.scheduled_revision.approved_go_live_at == expected


def test_a_story_already_out_cannot_be_put_under_embargo(section):
    story = StoryPageFactory(parent=section("de", "politik"))
    story.embargo_until = timezone.now() + datetime.timedelta(hours=1)
    with pytest.raises(Exception, match="bereits erschienen"):
        story.save_revision()
    assert StoryPage.objects.get(pk=story.pk).embargo_until is None


def test_a_story_cannot_expire_before_its_embargo(section):
    story = StoryPageFactory(parent=section("de", "politik"), live=False)
    story.embargo_until = timezone.now() + datetime.timedelta(hours=2)
    story.expire_at = timezone.now() + datetime.timedelta(hours=1)
    with pytest.raises(Exception, match="vor ihrer Sperrfrist ab"):
        story.save_revision()


def test_an_embargo_cannot_be_set_behind_an_earlier_schedule(section):
    story = StoryPageFactory(parent=section("de", "politik"), live=False)
    story.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    story.save_revision().publish()  # scheduled in an hour
    story = StoryPage.objects.get(pk=story.pk)
    story.go_live_at = None
    story.embargo_until = timezone.now() + datetime.timedelta(hours=3)
    with pytest.raises(Exception, match="vor ihrer Sperrfrist"):
        story.save_revision()  # a draft: the earlier schedule would still go out
