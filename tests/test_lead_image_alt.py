"""A story with a lead image is published only with a text for readers who cannot see it."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images.models import Image

from depesche.news.models import StoryPage
from depesche.news.story_form import MISSING_ALT_TEXT
from tests.test_newsroom_admin import add_url, story_form

pytestmark = pytest.mark.django_db


def library_image(description=""):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 360), "steelblue").save(buffer, "PNG")
    file = ImageFile(buffer, name="quay.png")
    return Image.objects.create(title="quay.png", file=file, description=description)


def post_story(editor_client, section, title, action, image, alt=""):
    form = story_form(title, action=action, lead_image=image.pk, lead_image_alt=alt)
    return editor_client.post(add_url(section("de", "politik")), form)


def test_publishing_a_lead_image_without_alt_text_is_refused(editor_client, section):
    response = post_story(
        editor_client, section, "Kai ohne Text", "action-publish", library_image()
    )
    assert response.status_code == 200
    assert response.context["form"].errors["lead_image_alt"] == [str(MISSING_ALT_TEXT)]
    assert not StoryPage.objects.filter(title="Kai ohne Text").exists()


def test_publishing_with_alt_text_is_accepted(editor_client, section):
    image = library_image()
    response = post_story(
        editor_client, section, "Kai mit Text", "action-publish", image, alt="Kräne am Kai"
    )
    assert response.status_code == 302
    story = StoryPage.objects.get(title="Kai mit Text")
    assert story.live and story.lead_image_alt == "Kräne am Kai"


def test_the_images_own_description_is_enough(editor_client, section):
    image = library_image(description="Kräne am Kai im Morgenlicht")
    response = post_story(editor_client, section, "Kai beschrieben", "action-publish", image)
    assert response.status_code == 302
    assert StoryPage.objects.get(title="Kai beschrieben").live


def test_a_draft_may_wait_for_its_alt_text(editor_client, section):
    response = post_story(editor_client, section, "Kai im Entwurf", "", library_image())
    assert response.status_code == 302
    assert not StoryPage.objects.get(title="Kai im Entwurf").live


def test_a_story_without_lead_image_needs_no_alt_text(editor_client, section):
    form = story_form("Kai ohne Bild", action="action-publish")
    assert editor_client.post(add_url(section("de", "politik")), form).status_code == 302
