"""Live blogs: entries as records of their own, newest first with key events on top, older
ones on demand, several editors at once, LiveBlogPosting data, closing the blog.

Entries appearing, changing and leaving on an open page are tested in Chromium
(tests/browser/test_live_pages.py).
"""

import datetime
import json

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from lxml import html
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from depesche.channel.models import LiveEvent
from depesche.demo.accounts import DEMO_EDITOR
from depesche.news.models import LiveEntry, StoryKind, StoryPage
from tests.factories import add_stories
from tests.support.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(section):
    story = add_stories(section("de", "politik"), 1, title="Wahlabend live", kind=StoryKind.LIVE)
    return StoryPage.objects.get(pk=story[0].pk)


def body(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def add_entries(blog, count, start=None, **fields):
    """`count` entries a minute apart, the last one newest (bulk: no events)."""
    start = start or timezone.now() - datetime.timedelta(minutes=count)
    LiveEntry.objects.bulk_create(
        LiveEntry(
            story=blog,
            body=body(f"Eintrag {number}"),
            created_at=start + datetime.timedelta(minutes=number),
            **fields,
        )
        for number in range(count)
    )


def page_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return html.fromstring(response.content)


def entry_texts(tree):
    """What follows "Eintrag" in each entry shown, in order."""
    entries = tree.cssselect(".live-entry")
    return [entry.text_content().split("Eintrag ")[1].split()[0] for entry in entries]


def test_a_blog_shows_key_events_and_its_newest_entries_first(client, blog):
    add_entries(blog, 45)
    LiveEntry.objects.create(
        story=blog, headline="Erste Hochrechnung", pinned=True, body=body("Eintrag Hoch")
    )
    page = page_of(client, blog.url)
    assert page.cssselect(".story__headline .kind-marker")[0].text == "LIVE"
    keys = page.cssselect(".live-blog__key-list a")
    assert [key.text_content().split(" ", 1)[1] for key in keys] == ["Erste Hochrechnung"]
    assert keys[0].get("href").startswith("#entry-")
    shown = entry_texts(page)
    assert shown == ["Hoch", *[str(n) for n in range(44, 25, -1)]]
    older = page.cssselect("a[data-older]")[0].get("href")
    more = html.fromstring(f"<div>{client.get(older).content.decode()}</div>")
    assert entry_texts(more) == [str(n) for n in range(25, 5, -1)]
    last = html.fromstring(
        f"<div>{client.get(more.cssselect('a[data-older]')[0].get('href')).content.decode()}</div>"
    )
    assert entry_texts(last) == ["5", "4", "3", "2", "1", "0"]
    assert not last.cssselect("a[data-older]")


def test_a_thousand_entries_cost_no_more_queries_than_thirty(client, blog, section):
    add_entries(blog, 30)
    few = count_queries(client, blog.url)
    add_entries(blog, 970, start=timezone.now() - datetime.timedelta(days=2))
    assert count_queries(client, blog.url) == few


@pytest.mark.parametrize("before", ["abc", "-1", "99999999999999999999", "", "²", "１"])
def test_a_malformed_request_for_older_entries_is_a_404(client, blog, before):
    add_entries(blog, 3)
    path = reverse("live_blog_entries", args=[blog.pk])
    assert client.get(f"{path}?before={before}").status_code == 404


def test_older_entries_of_a_story_that_is_no_blog_are_a_404(client, seed_story):
    path = reverse("live_blog_entries", args=[seed_story.pk])
    assert client.get(f"{path}?before=1").status_code == 404


def entry_form(blog, text, **extra):
    return nested_form_data(
        {
            "story": blog.pk,
            "headline": "",
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            **extra,
        }
    )


def test_an_editor_adds_an_entry_and_open_pages_hear_of_it(editor_client, client, blog):
    response = editor_client.post(reverse("live_entries:add"), entry_form(blog, "Wahllokale zu"))
    assert response.status_code == 302, response.content.decode()[-2000:]
    entry = LiveEntry.objects.get(story=blog)
    assert entry.author.username == DEMO_EDITOR["username"]
    event = LiveEvent.objects.filter(kind="liveblog").latest("id")
    assert event.payload["story"] == blog.pk
    assert event.payload["entry"] == entry.pk
    assert "Wahllokale zu" in event.payload["html"]
    assert "Wahllokale zu" in client.get(blog.url).content.decode()


def test_a_key_event_needs_a_headline(editor_client, blog):
    response = editor_client.post(
        reverse("live_entries:add"), entry_form(blog, "Ohne Titel", pinned="on")
    )
    assert response.status_code == 200
    assert "Ein Schlüsselereignis braucht eine Überschrift." in response.content.decode()
    assert not LiveEntry.objects.filter(story=blog).exists()


def test_entries_go_only_into_live_blogs(editor_client, seed_story):
    response = editor_client.post(reverse("live_entries:add"), entry_form(seed_story, "Falsch"))
    assert response.status_code == 200
    assert "Diese Meldung ist kein Liveblog." in response.content.decode()
    assert not LiveEntry.objects.filter(story=seed_story).exists()


def test_two_editors_at_once_do_not_overwrite_each_other(editor_client, client, blog):
    entry = LiveEntry.objects.create(story=blog, body=body("Erste Fassung"))
    other = get_user_model().objects.get(username=DEMO_EDITOR["username"])
    second_editor = client.__class__()
    second_editor.force_login(other)
    edit = reverse("live_entries:edit", args=[entry.pk])
    seen = {"seen_version": entry.version}
    first = editor_client.post(edit, entry_form(blog, "Fassung A", **seen))
    assert first.status_code == 302
    second = second_editor.post(edit, entry_form(blog, "Fassung B", **seen))
    assert second.status_code == 200
    assert "Jemand anderes hat diesen Eintrag geändert" in second.content.decode()
    entry.refresh_from_db()
    assert "Fassung A" in str(entry.body.raw_data)
    assert entry.version == 1


def test_entries_of_a_blog_not_yet_out_announce_nothing(section):
    draft = add_stories(section("de", "politik"), 1, kind=StoryKind.LIVE)[0]
    StoryPage.objects.filter(pk=draft.pk).update(live=False)
    before = LiveEvent.objects.filter(kind="liveblog").count()
    LiveEntry.objects.create(story=draft, body=body("Geheim"))
    assert LiveEvent.objects.filter(kind="liveblog").count() == before


def test_deleting_an_entry_takes_it_off_open_pages(blog):
    entry = LiveEntry.objects.create(story=blog, body=body("Falsch gemeldet"))
    entry_id = entry.pk
    entry.delete()
    # Readers catching up get its removal, never its text.
    assert not LiveEvent.objects.filter(payload__entry=entry_id, payload__removed=False).exists()
    event = LiveEvent.objects.filter(kind="liveblog").latest("id")
    assert event.payload == {
        "story": blog.pk,
        "entry": entry_id,
        "pinned": False,
        "headline": "",
        "removed": True,
        "html": "",
    }


def structured_data(client, url):
    page = page_of(client, url)
    return json.loads(page.cssselect('script[type="application/ld+json"]')[0].text)


def test_a_blog_is_a_live_blog_posting_with_its_coverage_and_newest_entries(client, blog):
    add_entries(blog, 12)
    data = structured_data(client, blog.url)
    assert data["@type"] == ["NewsArticle", "LiveBlogPosting"]
    assert data["coverageStartTime"] == timezone.localtime(blog.first_published_at).isoformat()
    assert "coverageEndTime" not in data
    updates = data["liveBlogUpdate"]
    assert len(updates) == 10
    assert updates[0]["articleBody"] == "Eintrag 11"
    assert updates[0]["@type"] == "BlogPosting"
    newest = LiveEntry.objects.filter(story=blog).first()
    assert updates[0]["url"].endswith(f"{blog.url}#entry-{newest.pk}")


def test_an_editor_closes_the_blog(client, blog):
    ended = timezone.now().replace(microsecond=0)
    blog.coverage_ended_at = ended
    blog.save_revision().publish()
    page = page_of(client, blog.url)
    assert "Die Live-Berichterstattung endete am" in page.cssselect(".live-blog__ended")[0].text
    assert not page.cssselect(".live-blog__on")
    assert (
        structured_data(client, blog.url)["coverageEndTime"]
        == timezone.localtime(ended).isoformat()
    )


def test_the_page_editor_leads_to_the_blogs_entries(editor_client, blog, seed_story):
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[blog.pk])).content.decode()
    assert f"/admin/live_entries/?story={blog.pk}" in edit
    other = editor_client.get(reverse("wagtailadmin_pages:edit", args=[seed_story.pk]))
    assert "/admin/live_entries/?story=" not in other.content.decode()


@override_settings(
    DEPESCHE_PAGE_CACHE={**settings.DEPESCHE_PAGE_CACHE, "ENABLED": True, "NEVER": ("/admin/",)}
)
def test_each_batch_of_older_entries_is_cached_apart(client, blog):
    add_entries(blog, 45)
    entries = list(LiveEntry.objects.filter(story=blog))  # newest first: 44, 43, ...
    path = reverse("live_blog_entries", args=[blog.pk])
    expected = {
        entries[19].pk: [str(n) for n in range(24, 4, -1)],
        entries[39].pk: ["4", "3", "2", "1", "0"],
    }
    for before in [*expected, *expected]:  # the second round comes from the page cache
        answer = client.get(f"{path}?before={before}").content.decode()
        assert entry_texts(html.fromstring(f"<div>{answer}</div>")) == expected[before]
