"""Breaking news: editors set an alert for N minutes; every page of the edition shows it,
cached pages included, until it ends; open pages hear of it on the live channel.

The banner appearing and leaving on an open page is tested in Chromium
(tests/browser/test_live_pages.py).
"""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from lxml import html
from wagtail.models import Locale

from depesche.breaking.models import BreakingAlert
from depesche.channel.models import LiveEvent
from tests.factories import add_stories

pytestmark = pytest.mark.django_db
ADD_URL = reverse("breaking_news:add")


def locale(code):
    return Locale.objects.get(language_code=code)


def banner_links(client, path):
    page = html.fromstring(client.get(path).content)
    return [
        (link.text, link.get("href"))
        for link in page.cssselect("[data-breaking] .breaking a.breaking__link")
    ]


def set_alert(client, **fields):
    data = {"locale": locale("de").pk, "story": "", "text": "", "link": "", "minutes": 30}
    data.update(fields)
    return client.post(ADD_URL, data)


def latest_breaking_event():
    return LiveEvent.objects.filter(kind="breaking").order_by("-id").first()


def test_a_story_marked_breaking_shows_on_every_page_of_its_edition(
    editor_client, client, section, seed_story
):
    story = add_stories(section("de", "politik"), 1, title="Regierung tritt zurück")[0]
    response = set_alert(editor_client, story=story.pk, minutes=45)
    assert response.status_code == 302, response.content.decode()[-3000:]
    alert = BreakingAlert.objects.get()
    assert alert.ends_at - timezone.now() > datetime.timedelta(minutes=44)
    for path in ("/de/", seed_story.url, "/de/politik/"):
        assert banner_links(client, path) == [("Regierung tritt zurück", story.url)], path
    assert banner_links(client, "/en/") == []
    event = latest_breaking_event()
    assert event.locale.language_code == "de"
    assert "Regierung tritt zurück" in event.payload["html"]
    assert "Eilmeldung" in event.payload["html"]


def test_a_one_line_alert_with_a_link_is_escaped(editor_client, client):
    hostile = '<img src=x onerror="alert(1)"> Erdbeben'
    assert (
        set_alert(editor_client, text=hostile, link="https://example.org/beben").status_code == 302
    )
    page = client.get("/de/").content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Erdbeben" in page
    assert "<img src=x" not in latest_breaking_event().payload["html"]
    assert banner_links(client, "/de/")[0][1] == "https://example.org/beben"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"text": "Nur Text"}, "Wählen Sie eine Meldung oder schreiben Sie eine Zeile Text mit"),
        ({"link": "javascript:alert(1)", "text": "X"}, "Gib eine gültige URL ein."),
        ({"minutes": -5}, "Dieser Wert muss größer oder gleich 0 sein."),
    ],
)
def test_an_incomplete_alert_is_refused_and_nothing_is_saved(editor_client, fields, message):
    # The demo editor's admin speaks German.
    refused = editor_client.post(ADD_URL, {"locale": locale("de").pk, "minutes": 30, **fields})
    assert refused.status_code == 200
    assert message in refused.content.decode()
    assert BreakingAlert.objects.count() == 0
    assert LiveEvent.objects.filter(kind="breaking").count() == 0


def test_a_story_of_another_edition_is_refused(editor_client, section):
    english = add_stories(section("en", "politics"), 1)[0]
    response = set_alert(editor_client, story=english.pk)
    assert response.status_code == 200
    assert "Die Meldung gehört nicht zu dieser Ausgabe." in response.content.decode()
    assert BreakingAlert.objects.count() == 0


def test_an_editor_ends_an_alert_and_the_banner_goes(editor_client, client):
    set_alert(editor_client, text="Sturmwarnung", link="https://example.org/")
    alert = BreakingAlert.objects.get()
    assert banner_links(client, "/de/") == [("Sturmwarnung", "https://example.org/")]
    edit = reverse("breaking_news:edit", args=[alert.pk])
    data = {"locale": alert.locale_id, "text": "Sturmwarnung", "link": "https://example.org/"}
    assert editor_client.post(edit, {**data, "minutes": 0}).status_code == 302
    assert banner_links(client, "/de/") == []
    assert latest_breaking_event().payload["html"] == ""


def test_an_alert_leaves_by_itself_when_its_time_is_up(editor_client, client):
    set_alert(editor_client, text="Kurz", link="https://example.org/", minutes=10)
    assert banner_links(client, "/de/") == [("Kurz", "https://example.org/")]
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
        assert banner_links(client, "/de/") == []


def test_only_editors_who_publish_the_edition_set_its_alerts(client, section):
    user = get_user_model().objects.create_user("ressort", password="Ressort-Leitung-2026")
    user.groups.add(Group.objects.get(name="Editors en"))
    client.force_login(user)
    form = html.fromstring(client.get(ADD_URL).content)
    editions = [option.text for option in form.cssselect("select[name=locale] option[value]")]
    assert [e for e in editions if e.strip("-")] == ["Englisch"]  # in the admin's German
    response = set_alert(client, text="Fremd", link="https://example.org/")
    assert response.status_code == 200
    assert BreakingAlert.objects.count() == 0
