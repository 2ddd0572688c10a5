"""Every photo is a <picture>: AVIF, WebP and JPEG in several widths, focal point kept."""

import io
import json
import shutil
import subprocess

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import html
from PIL import Image as PillowImage
from wagtail.images.models import Image, Rendition

from depesche.news.models import StoryPage
from depesche.news.pictures import ROLES, role_specs
from tests.factories import add_stories
from tests.test_html_validity import VNU

pytestmark = pytest.mark.django_db

TYPES = ["image/avif", "image/webp"]


def photo(size=(1600, 900), title="Harbour", **fields):
    """An image whose left half is red and right half blue."""
    picture = PillowImage.new("RGB", size, "red")
    picture.paste("blue", (size[0] // 2, 0, size[0], size[1]))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="harbour.png"), **fields)


def render(image, role, alt="The harbour at dawn"):
    """The <picture> element (libxml2 may nest <source>, so search descendants)."""
    template = Template("{% load picture_tags %}{% story_picture image alt role %}")
    markup = template.render(Context({"image": image, "alt": alt, "role": role}))
    return html.fragment_fromstring(markup)


def widths(srcset):
    return [int(entry.rsplit(" ", 1)[1].rstrip("w")) for entry in srcset.split(", ")]


@pytest.mark.parametrize("role", sorted(ROLES))
def test_every_role_renders_a_picture_in_three_formats_and_several_widths(role):
    picture = render(photo(), role)
    assert picture.tag == "picture"
    sources = picture.findall(".//source")
    assert [source.get("type") for source in sources] == TYPES
    for source in sources:
        assert len(widths(source.get("srcset"))) >= 2
        assert source.get("sizes") == ROLES[role].sizes
    assert [s.get("srcset").split(" ", 1)[0].rsplit(".", 1)[1] for s in sources] == [
        "avif",
        "webp",
    ]
    img = picture.find(".//img")
    assert img.get("src").endswith(".jpg")
    assert len(widths(img.get("srcset"))) >= 2
    assert widths(img.get("srcset")) == widths(sources[0].get("srcset"))
    assert img.get("sizes") == ROLES[role].sizes
    assert int(img.get("width")) == max(widths(img.get("srcset")))
    assert int(img.get("height")) > 0
    assert img.get("alt") == "The harbour at dawn"


@pytest.mark.parametrize("role", sorted(ROLES))
def test_only_the_lead_image_or_a_leading_gallery_loads_at_once_with_high_priority(role):
    img = render(photo(), role).find(".//img")
    if role in ("lead", "gallery-lead"):
        assert img.get("fetchpriority") == "high"
        assert img.get("loading") is None
    else:
        assert img.get("loading") == "lazy"
        assert img.get("fetchpriority") is None


def test_lead_image_is_16_to_9_up_to_1200_pixels():
    img = render(photo(), "lead").find(".//img")
    assert widths(img.get("srcset")) == [480, 800, 1200]
    assert (img.get("width"), img.get("height")) == ("1200", "675")


def test_a_small_original_is_not_listed_twice_at_the_same_width():
    img = render(photo(size=(640, 360)), "lead").find(".//img")
    assert widths(img.get("srcset")) == [480, 640]


def test_alt_text_falls_back_to_the_description_never_the_file_name():
    described = photo(description="Cranes at the harbour")
    assert render(described, "teaser", alt="").find(".//img").get("alt") == "Cranes at the harbour"
    assert render(photo(), "teaser", alt="").find(".//img").get("alt") == ""


def left_edge_colour(image):
    rendition = image.get_rendition("fill-480x270-c75|format-jpeg")
    with rendition.file.open() as file:
        return PillowImage.open(file).convert("RGB").getpixel((2, 135))


def test_a_focal_point_set_in_the_admin_moves_the_crop(editor_client):
    image = photo(size=(2400, 600))  # much wider than 16:9: the crop must choose
    assert left_edge_colour(image)[0] > 200  # centred: the red half shows on the left
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "collection": image.collection_id,
            "tags": "",
            "description": "",
            "focal_point_x": 2200,
            "focal_point_y": 300,
            "focal_point_width": 200,
            "focal_point_height": 200,
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.focal_point_x == 2200
    assert left_edge_colour(image)[2] > 200  # the crop moved right, into the blue half
    key = image.get_rendition(role_specs("lead")[0]).focal_point_key
    lead = render(image, "lead")
    srcsets = [source.get("srcset") for source in lead.findall(".//source")]
    urls = [entry.split(" ")[0] for srcset in srcsets for entry in srcset.split(", ")]
    urls += [entry.split(" ")[0] for entry in lead.find(".//img").get("srcset").split(", ")]
    assert key and all(f".{key}." in url for url in urls)  # every format, every width


def test_listings_render_pictures_from_prefetched_renditions(section):
    politics = section("de", "politik")
    images = [photo(title=f"Photo {n}") for n in range(3)]
    for image in images:
        add_stories(politics, 1, lead_image=image)
    stories = list(StoryPage.objects.filter(lead_image__isnull=False).for_listing())
    for story in stories:  # the renditions exist from now on
        render(story.lead_image, "teaser")
        render(story.lead_image, "thumb")
    stories = list(StoryPage.objects.filter(lead_image__isnull=False).for_listing())
    with CaptureQueriesContext(connection) as captured:
        for story in stories:
            render(story.lead_image, "teaser")
            render(story.lead_image, "thumb")
    assert len(captured) == 0


def test_publishing_a_story_renders_its_lead_image_ahead_of_readers(
    section, django_capture_on_commit_callbacks, settings
):
    settings.DEPESCHE_RENDITIONS_ON_PUBLISH = True
    image = photo()
    story = add_stories(section("de", "politik"), 1)[0]
    story.lead_image = image
    story.lead_image_alt = "Cranes at the harbour"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    made = set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))
    wanted = {spec for role in ("lead", "teaser", "thumb") for spec in role_specs(role)}
    assert made == wanted


def test_every_role_is_valid_html(tmp_path):
    if shutil.which("java") is None or not VNU.exists():
        pytest.fail("the HTML checker needs Java and vnu-jar (make test installs both)")
    image = photo()
    template = Template("{% load picture_tags %}{% story_picture image alt role %}")
    pictures = "".join(
        template.render(Context({"image": image, "alt": "The harbour", "role": role}))
        for role in ROLES
    )
    page = tmp_path / "pictures.html"
    page.write_text(f'<!DOCTYPE html><html lang="en"><title>t</title>{pictures}</html>')
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", str(page)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert json.loads(result.stderr or '{"messages": []}')["messages"] == []


def test_a_photo_missing_from_storage_leaves_pages_and_api_working(section, client):
    image = photo()
    story = add_stories(section("de", "politik"), 1, lead_image=image)[0]
    image.file.storage.delete(image.file.name)
    page = client.get(story.url)
    assert page.status_code == 200
    markup = html.fromstring(page.content)
    article = next(
        data
        for data in (
            json.loads(s.text) for s in markup.xpath("//script[@type='application/ld+json']")
        )
        if data.get("@type") == "NewsArticle"
    )
    assert "image" not in article
    api = client.get(f"/api/ninjs/3.1/stories/{story.pk}/")
    assert api.status_code == 200
    feature = api.json()["associations"][0]
    assert [rendition["name"] for rendition in feature["renditions"]] == ["original"]
