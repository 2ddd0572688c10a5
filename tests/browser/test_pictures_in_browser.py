"""Chromium chooses the AVIF source of a story's lead image."""

from playwright.sync_api import expect

GIVE_A_STORY_A_LEAD_IMAGE = """
import io
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images.models import Image
from depesche.news.models import StoryPage

buffer = io.BytesIO()
PillowImage.effect_mandelbrot((1600, 900), (-2.2, -1.1, 1.0, 1.1), 200).convert("RGB").save(
    buffer, "JPEG"
)
image = Image.objects.create(title="Fractal", file=ImageFile(buffer, name="fractal.jpg"))
# A text story: photo and video stories lead with their gallery or player.
stories = StoryPage.objects.live().filter(locale__language_code="de", kind="text")
story = stories.order_by("pk").last()
story.lead_image = image
story.lead_image_alt = "Ein Fraktal in Grautönen"
story.save_revision().publish()
print(story.get_url())
"""


def test_chromium_picks_the_avif_source_of_the_lead_image(page, demo_server, demo_manage):
    story_url = demo_manage("shell", "-c", GIVE_A_STORY_A_LEAD_IMAGE).strip().splitlines()[-1]
    story_path = "/" + story_url.split("://", 1)[-1].split("/", 1)[1]  # with or without host
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{demo_server}{story_path}")
    lead = page.locator("picture img.picture--lead")
    expect(lead).to_have_attribute("fetchpriority", "high")
    expect(lead).to_have_js_property("complete", True)
    assert lead.evaluate("img => img.naturalWidth") > 0
    assert lead.evaluate("img => img.currentSrc").endswith(".avif")
