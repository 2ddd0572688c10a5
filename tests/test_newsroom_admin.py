"""An editor writes, previews, drafts, schedules, publishes and translates stories in the admin."""

import datetime
import io
import zoneinfo

import pytest
import time_machine
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from lxml import html
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from depesche.news.models import StoryPage
from depesche.news.slugs import ascii_slug
from tests.factories import add_stories, make_video

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 360), "steelblue").save(buffer, "PNG")
    return Image.objects.create(title="Harbour", file=ImageFile(buffer, name="harbour.png"))


@pytest.fixture
def video_file():
    return make_video()


def story_form(title, *, action, photo=None, video_file=None, video_url="", poster=None, **extra):
    blocks = [
        ("paragraph", rich_text("<p>The first paragraph of the story.</p>")),
        ("heading", "What happens next"),
        ("quote", {"quote": "We will build it together.", "attribution": "The harbour master"}),
    ]
    if photo is not None:
        blocks.append(
            (
                "image",
                {
                    "image": {"image": photo.pk, "decorative": False, "alt_text": "The harbour"},
                    "caption": "The new quay at dawn",
                    "credit": "Depesche/Archive",
                },
            )
        )
    if video_file is not None or video_url:
        blocks.append(
            (
                "video",
                {
                    "video": video_file.pk if video_file is not None else "",
                    "url": video_url,
                    "poster": poster.pk if poster is not None else "",
                    "captions": "",
                    "caption": "Arrival",
                    "credit": "Depesche TV",
                },
            )
        )
    data = {
        "title": title,
        "slug": ascii_slug(title),
        "kind": "video",
        "lead": "A lead written by the editor.",
        "body": streamfield(blocks),
        "source": "Depesche",
        "tags": "Hafen, Baku",
        **extra,
    }
    if action:
        data[action] = action
    return nested_form_data(data)


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["news", "storypage", parent.pk])


def test_admin_speaks_the_editors_language(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert html.fromstring(response.content).get("lang") == "de"


def test_editor_publishes_a_story_with_every_kind_of_block(
    editor_client, client, section, photo, video_file
):
    politics = section("de", "politik")
    form = story_form(
        "Neuer Hafen eröffnet", action="action-publish", photo=photo, video_file=video_file
    )
    response = editor_client.post(add_url(politics), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    story = StoryPage.objects.get(title="Neuer Hafen eröffnet")
    assert story.live and story.first_published_at is not None
    client.logout()
    page = html.fromstring(client.get(story.url).content)
    assert page.cssselect(".story__headline .kind-marker")[0].text_content() == "VIDEO"
    assert page.cssselect(".story__subheading")[0].text_content() == "What happens next"
    assert "We will build it together." in page.cssselect(".quote__text")[0].text_content()
    assert page.cssselect(".figure img")[0].get("alt") == "The harbour"
    assert "Depesche/Archive" in page.cssselect(".figure__caption")[0].text_content()
    assert page.cssselect(".video source")[0].get("src") == video_file.file.url
    assert sorted(a.text_content() for a in page.cssselect(".story__tags a")) == ["Baku", "Hafen"]
    ticker = [a.text_content() for a in page.cssselect(".ticker__link")]
    assert ticker[0] == "Neuer Hafen eröffnet"


def test_a_draft_is_previewable_but_not_public(editor_client, client, section):
    politics = section("de", "politik")
    response = editor_client.post(add_url(politics), story_form("Entwurf zum Hafen", action=""))
    assert response.status_code == 302
    story = StoryPage.objects.get(title="Entwurf zum Hafen")
    assert not story.live
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    form = story_form("Entwurf zum Hafen (Vorschau)", action="")
    assert editor_client.post(preview_url, form).json()["is_valid"]
    preview = editor_client.get(preview_url)
    assert "Entwurf zum Hafen (Vorschau)" in preview.content.decode()
    # The admin's preview panel frames it; the public page itself may not be framed.
    assert "frame-ancestors 'self'" in preview.headers["Content-Security-Policy"]
    assert "'none'" not in preview.headers["Content-Security-Policy"].split("frame-ancestors")[1]
    client.logout()
    assert client.get(f"{politics.url}{story.slug}/").status_code == 404


def test_a_preview_shows_the_story_in_its_editions_language_and_time(editor_client, section):
    """Wagtail renders a preview through the middleware, as a request for the story's own
    address: the edition's language and time zone hold for the preview, not for the admin."""
    published = datetime.datetime(2021, 1, 19, 10, 0, tzinfo=datetime.UTC)
    [story] = add_stories(section("az", "siyaset"), 1, first_published_at=published)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    form = story_form("Bakıda yeni liman", action="")
    assert editor_client.post(preview_url, form).json()["is_valid"]
    preview = html.fromstring(editor_client.get(preview_url).content)
    assert preview.get("lang") == "az"
    assert preview.cssselect(".story__headline")[0].text_content().startswith("Bakıda yeni liman")
    [date] = preview.cssselect(".story__date")
    assert date.text_content() == "19 yanvar 2021, 14:00\N{NO-BREAK SPACE}UTC+4"
    assert timezone.get_current_timezone_name() == settings.TIME_ZONE
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert html.fromstring(edit.content).get("lang") == "de"


def test_a_scheduled_story_goes_live_at_its_time(editor_client, section):
    politics = section("de", "politik")
    # Noon tomorrow, in the edition's time: a clock time that exists once, whatever the day
    # (an hour added to the clock may fall in a daylight saving change).
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    go_live = tomorrow.replace(hour=12, minute=0, second=0, microsecond=0)
    form = story_form(
        "Geplante Meldung",
        action="action-publish",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    assert editor_client.post(add_url(politics), form).status_code == 302
    story = StoryPage.objects.get(title="Geplante Meldung")
    assert not story.live
    assert story.scheduled_revision is not None
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled", verbosity=0)
    story.refresh_from_db()
    assert story.live


def test_the_schedule_is_entered_and_shown_in_the_editions_time_zone(editor_client, section):
    politics = section("az", "siyaset")
    zone = zoneinfo.ZoneInfo(politics.get_parent().specific.time_zone)
    assert zone.key == "Asia/Baku"
    form = story_form(
        "Planlaşdırılmış xəbər", action="action-publish", go_live_at="2030-06-01 15:00"
    )
    assert editor_client.post(add_url(politics), form).status_code == 302
    story = StoryPage.objects.get(title="Planlaşdırılmış xəbər")
    expected = datetime.datetime(2030, 6, 1, 15, 0, tzinfo=zone)
    assert story.scheduled_revision.approved_go_live_at == expected
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    field = html.fromstring(edit.content).cssselect("input[name=go_live_at]")[0]
    assert field.get("value").startswith("2030-06-01 15:00")
    assert "Asia/Baku" in edit.content.decode()


def test_a_story_is_translated_into_another_edition(editor_client, client, section):
    politics = section("de", "politik")
    form = story_form("Übersetzbare Meldung", action="action-publish")
    assert editor_client.post(add_url(politics), form).status_code == 302
    story = StoryPage.objects.get(title="Übersetzbare Meldung")
    english = Locale.objects.get(language_code="en")
    submit = reverse("simple_translation:submit_page_translation", args=[story.pk])
    submitted = editor_client.post(submit, {"locales": [english.pk]}, follow=True)
    [message] = [str(m) for m in submitted.context["messages"] if "erfolgreich" in str(m)]
    assert "Englisch" in message and "English" not in message  # one language per message
    translated = story.get_translation(english)
    assert translated.get_parent().specific == section("en", "politics")
    translated.title = "A translatable report"
    translated.save_revision().publish()
    links = html.fromstring(client.get(story.url).content).cssselect(".story__translations a")
    assert [a.get("hreflang") for a in links] == ["en"]


def test_a_long_headline_gets_a_slug_cut_after_a_whole_word(editor_client, section):
    politics = section("de", "politik")
    words = "Verteidigungsministerien beraten über die Lage an der Grenze und die Folgen"
    headline = (words + " ") * 3 + "x" * (255 - 3 * (len(words) + 1))
    assert len(headline) == 255
    form = story_form(headline, action="")
    form["slug"] = slugify(headline)  # what the admin's script writes from the headline
    assert len(form["slug"]) == 255
    response = editor_client.post(add_url(politics), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    story = StoryPage.objects.get(title=headline)
    assert len(story.slug) <= 80
    assert (
        story.slug == "verteidigungsministerien-beraten-uber-die-lage-an-der-grenze-und-die-folgen"
    )


def test_the_story_editor_asks_for_a_headline(editor_client, section):
    form = html.fromstring(editor_client.get(add_url(section("de", "politik"))).content)
    [title] = form.cssselect("input[name=title]")
    assert title.get("placeholder") == "Schlagzeile*"
    assert "Seitentitel" not in form.text_content()


def test_a_drafts_preview_is_dated_when_it_would_go_out(editor_client, section):
    politics = section("de", "politik")
    editor_client.post(add_url(politics), story_form("Entwurf mit Datum", action=""))
    story = StoryPage.objects.get(title="Entwurf mit Datum")
    assert story.first_published_at is None
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    moment = datetime.datetime(2026, 12, 3, 9, 30, tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=False):
        assert editor_client.post(preview_url, story_form("Entwurf mit Datum", action="")).json()[
            "is_valid"
        ]
        [date] = html.fromstring(editor_client.get(preview_url).content).cssselect(".story__date")
    assert date.text_content().startswith("3. Dezember 2026, 10:30")  # now, in Berlin
    assert date.get("datetime").startswith("2026-12-03T")
    scheduled = story_form("Entwurf mit Datum", action="", go_live_at="2026-12-24 08:00")
    with time_machine.travel(moment, tick=False):
        assert editor_client.post(preview_url, scheduled).json()["is_valid"]
        [date] = html.fromstring(editor_client.get(preview_url).content).cssselect(".story__date")
    assert date.text_content().startswith("24. Dezember 2026, 08:00")  # its schedule
