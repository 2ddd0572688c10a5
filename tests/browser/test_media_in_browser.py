"""A reader plays a video, pages through a gallery and starts a video from another site,
in Chromium, on stories made for the test in the demo site's database."""

import json
import re
import shutil
import subprocess
import textwrap

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations

THIRD_PARTY = "www.youtube-nocookie.com"
CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:03.000\nDer Hafen im Morgengrauen\n"
# Runs in the demo site (manage.py shell): the test's stories, their URLs printed as JSON.
MAKE_STORIES = """
import io, json, sys
from pathlib import Path
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtailmedia.models import Media
from depesche.news.models import SectionPage, StoryKind
from tests.factories import add_stories, make_image

clip = Path(sys.argv[-1])
section = SectionPage.objects.get(locale__language_code="de", slug="welt")
with clip.open("rb") as handle:
    video = Media.objects.create(title="Clip", file=File(handle, name="clip.webm"), type="video",
                                 duration=3, width=320, height=180)
captions = Document.objects.create(title="Clip captions",
                                   file=ContentFile(CAPTIONS.encode(), name="clip.de.vtt"))
url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
Embed.objects.get_or_create(hash=get_embed_hash(url), defaults=dict(
    url=url, type="video", provider_name="YouTube", title="Bunny",
    html='<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ?feature=oembed"></iframe>'))

def photo(n, size):  # detailed: a plain picture never counts as the largest paint
    buffer = io.BytesIO()
    PillowImage.effect_mandelbrot(size, (-2.2, -1.2, 0.8, 1.2), 50 * n).convert("RGB").save(
        buffer, "JPEG")
    return Image.objects.create(title=f"Photo {n}", file=ImageFile(buffer, name=f"{n}.jpg"))

# Landscape, portrait and wide: the stage keeps its shape for each.
sizes = [(900, 600), (600, 800), (960, 540)]
photos = [{"image": {"image": photo(n, size).pk, "alt_text": f"Boot {n}"},
           "caption": caption, "credit": "Agentur"}
          for n, (size, caption) in enumerate(zip(sizes, PHOTO_CAPTIONS), 1)]
stories = {
    "video": (StoryKind.VIDEO, [{"type": "video", "value": {
        "video": video.pk, "captions": captions.pk, "poster": make_image("Poster").pk}}]),
    "embed": (StoryKind.VIDEO, [{"type": "video", "value": {
        "url": url, "poster": make_image("Poster").pk}}]),
    "gallery": (StoryKind.PHOTO, [
        {"type": "gallery", "value": {"title": "Hafen", "photos": photos}}]),
}
urls = {}
for name, (kind, body) in stories.items():
    [story] = add_stories(section, 1, kind=kind, body=body, slug=f"media-{name}")
    urls[name] = story.url
print(json.dumps(urls))
"""
# The gallery's captions: the second runs over several lines, so that its box must hold it.
PHOTO_CAPTIONS = [
    "Bild 1",
    "Bild 2: Containerschiffe warten vor der Einfahrt, während Schlepper die Fähre aus dem "
    "Becken ziehen und am Kai die Kräne der Frühschicht anlaufen.",
    "Bild 3",
]
# What paging could move: the gallery's height, and where the text after it begins.
GALLERY_BOX = """() => ({
  height: document.querySelector('.gallery').getBoundingClientRect().height,
  leadTop: document.querySelector('.story__lead').getBoundingClientRect().top,
})"""
# What Chromium took for the page's largest paint (LCP).
LARGEST_PAINT = """() => new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const element = list.getEntries().at(-1).element;
    if (!element) resolve('an element no longer in the page');
    else if (element.matches('.gallery__photo--current img')) resolve('the first photo');
    else resolve(element.outerHTML.slice(0, 100));
  }).observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => resolve('nothing after 5 s'), 5000);
})"""


@pytest.fixture(scope="module")
def media_stories(demo_server, demo_manage, tmp_path_factory):
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is missing: apt-get install ffmpeg")
    clip = tmp_path_factory.mktemp("clip") / "clip.webm"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25",
         "-t", "3", "-c:v", "libvpx", "-b:v", "300k", str(clip)],
        check=True,
    )  # fmt: skip
    given = f"CAPTIONS = {CAPTIONS!r}\nPHOTO_CAPTIONS = {PHOTO_CAPTIONS!r}\n"
    code = given + textwrap.dedent(MAKE_STORIES)
    output = demo_manage("shell", "-c", f"import sys; sys.argv.append({str(clip)!r})\n{code}")
    urls = json.loads(output.strip().splitlines()[-1])
    return {name: demo_server + path for name, path in urls.items()}


def test_the_video_plays_with_its_captions_from_the_keyboard(page, media_stories):
    page.goto(media_stories["video"])
    player = page.locator("video.video__player")
    expect(player).to_have_attribute("poster", re.compile(r"^/media/images/"))
    page.wait_for_function(
        "() => { const t = document.querySelector('video').textTracks[0];"
        " return t && t.cues && t.cues.length > 0; }"
    )
    assert player.evaluate("video => video.textTracks[0].mode") == "showing"
    assert player.evaluate("video => video.textTracks[0].cues[0].text") == (
        "Der Hafen im Morgengrauen"
    )
    player.focus()
    page.keyboard.press("Space")  # the native controls: space plays
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.5")
    assert not player.evaluate("video => video.paused")
    page.keyboard.press("Space")
    page.wait_for_function("() => document.querySelector('video').paused")


def test_the_gallery_moves_by_keys_buttons_and_swipes(page, media_stories):
    page.goto(media_stories["gallery"])
    gallery = page.locator(".gallery")
    photos = gallery.locator(".gallery__photo")
    status = gallery.locator(".gallery__status")
    expect(status).to_have_text(re.compile(r"1\D+3"))
    expect(photos.nth(0)).to_be_visible()
    expect(photos.nth(1)).to_be_hidden()
    gallery.locator(".gallery__photos").focus()
    page.keyboard.press("ArrowRight")
    expect(status).to_have_text(re.compile(r"2\D+3"))
    expect(photos.nth(1)).to_be_visible()
    expect(photos.nth(0)).to_be_hidden()
    page.keyboard.press("End")
    expect(status).to_have_text(re.compile(r"3\D+3"))
    page.keyboard.press("ArrowLeft")
    expect(status).to_have_text(re.compile(r"2\D+3"))
    previous = gallery.get_by_role("button", name=re.compile("Previous|Vorherig"))
    previous.click()
    expect(status).to_have_text(re.compile(r"1\D+3"))
    expect(previous).to_be_disabled()
    surface = gallery.locator(".gallery__photos")
    surface.dispatch_event("pointerdown", {"clientX": 300, "clientY": 100, "pointerId": 1})
    surface.dispatch_event("pointerup", {"clientX": 120, "clientY": 105, "pointerId": 1})
    expect(status).to_have_text(re.compile(r"2\D+3"))
    surface.dispatch_event("pointerdown", {"clientX": 100, "clientY": 100, "pointerId": 2})
    surface.dispatch_event("pointerup", {"clientX": 300, "clientY": 100, "pointerId": 2})
    expect(status).to_have_text(re.compile(r"1\D+3"))
    expect(photos.nth(0).locator("figcaption")).to_contain_text("Agentur")


@pytest.mark.parametrize("width", [390, 1366])
def test_the_leading_gallery_moves_nothing_when_its_script_runs_or_it_pages(
    browser, media_stories, width
):
    """Its box is as high without the script (as before it arrives) as with it, on every
    photo; the first photo is the page's largest paint."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="de-DE")
    page = context.new_page()
    try:
        page.route("**/js/gallery.js", lambda route: route.abort())
        page.goto(media_stories["gallery"])
        expect(page.locator(".gallery__photo").nth(0)).to_be_visible()
        expect(page.locator(".gallery__photo").nth(1)).to_be_hidden()
        before_script = page.evaluate(GALLERY_BOX)
        page.unroute("**/js/gallery.js")
        page.reload()
        status = page.locator(".gallery__status")
        expect(status).to_have_text(re.compile(r"1\D+3"))
        assert page.evaluate(GALLERY_BOX) == before_script
        assert page.evaluate(LARGEST_PAINT) == "the first photo"
        page.locator(".gallery__photos").focus()
        for key, shown in [("ArrowRight", 2), ("End", 3), ("Home", 1)]:
            page.keyboard.press(key)
            expect(status).to_have_text(re.compile(rf"{shown}\D+3"))
            assert page.evaluate(GALLERY_BOX) == before_script, f"after {key}"
    finally:
        context.close()


def test_without_javascript_the_gallery_lists_every_photo(browser, media_stories):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(media_stories["gallery"])
        photos = page.locator(".gallery__photo")
        tops = []
        for index in range(3):
            expect(photos.nth(index)).to_be_visible()
            tops.append(photos.nth(index).bounding_box()["y"])
        assert tops == sorted(tops) and len(set(tops)) == 3  # one under the other
        expect(page.locator(".gallery__controls")).to_be_hidden()
    finally:
        context.close()


def test_a_video_elsewhere_asks_its_site_nothing_before_play(page, media_stories):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.route(
        f"https://{THIRD_PARTY}/**",
        lambda route: route.fulfill(
            content_type="text/html", body="<!DOCTYPE html><title>Player</title><p>Player</p>"
        ),
    )
    page.goto(media_stories["embed"])
    page.wait_for_load_state("networkidle")
    assert asked and not [url for url in asked if "youtube" in url]
    button = page.get_by_role("button", name=re.compile("YouTube"))
    expect(page.locator("iframe")).to_have_count(0)
    button.click()
    frame = page.locator(".video-facade iframe")
    expect(frame).to_have_attribute("src", re.compile(rf"^https://{THIRD_PARTY}/embed/"))
    expect(page.frame_locator(".video-facade iframe").locator("p")).to_have_text("Player")
    assert [url for url in asked if THIRD_PARTY in url]
    assert not [url for url in asked if "www.youtube.com" in url]


@pytest.mark.parametrize("name", ["video", "embed", "gallery"])
def test_media_stories_have_no_accessibility_violations(browser, media_stories, name):
    context = browser.new_context(locale="de-DE", bypass_csp=True)  # axe is injected
    page = context.new_page()
    try:
        page.goto(media_stories[name])
        page.wait_for_load_state("networkidle")
        assert violations(page) == []
    finally:
        context.close()
