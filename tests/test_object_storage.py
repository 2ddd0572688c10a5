"""Media on S3-compatible object storage: moto's server is the bucket, the pages read as
a reader's browser would, and the objects are listed and fetched from the bucket itself."""

import io
import json
import runpy
import urllib.error
import urllib.request

import boto3
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import FileSystemStorage, storages
from django.test import override_settings
from lxml import html
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from depesche.core.media_storage import MediaStorage
from depesche.settings import object_storage
from tests.factories import add_stories
from tests.support.s3_server import CREDENTIALS, REGION, throwaway_s3
from tests.test_production_settings import GOOD_KEY

pytestmark = pytest.mark.django_db

BUCKET = "depesche-media"
CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:02.000\nDer Hafen im Morgengrauen\n"
FORMATS = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg"}
# The bucket policy of docs/object-storage.md: anyone may read images and videos; documents
# only through the site, which keeps private collections private.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicMedia",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/{folder}/*"
                for folder in ("original_images", "images", "media", "media_thumbnails")
            ],
        }
    ],
}


def environment(endpoint, **more):
    """What an operator sets for a bucket on an S3-compatible server."""
    return {
        "DEPESCHE_MEDIA_BUCKET": BUCKET,
        "AWS_ENDPOINT_URL_S3": endpoint,
        "AWS_DEFAULT_REGION": REGION,
        **more,
    }


@pytest.fixture(scope="module")
def s3_endpoint():
    with (
        pytest.MonkeyPatch.context() as patch,
        throwaway_s3() as endpoint,
    ):
        for name, value in CREDENTIALS.items():
            patch.setenv(name, value)  # as the app's machines have them
        client = boto3.client("s3", endpoint_url=endpoint, region_name=REGION)
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
        yield endpoint


@pytest.fixture
def bucket(s3_endpoint):
    """The media bucket as the default storage, emptied after the test."""
    env = environment(s3_endpoint)
    media = {**settings.STORAGES, "default": object_storage.s3_storage(env)}
    with override_settings(STORAGES=media, MEDIA_URL=object_storage.media_url(env)):
        the_bucket = boto3.resource("s3", endpoint_url=s3_endpoint, region_name=REGION).Bucket(
            BUCKET
        )
        yield the_bucket
    the_bucket.objects.all().delete()


def keys(bucket, prefix=""):
    return sorted(item.key for item in bucket.objects.filter(Prefix=prefix))


def photo(title="Harbour"):
    picture = PillowImage.new("RGB", (1600, 900), "red")
    picture.paste("blue", (800, 0, 1600, 900))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="harbour.png"))


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (moto on loopback)
        return response.status, response.headers, response.read()


def lead_picture_urls(markup):
    picture = html.fromstring(markup).xpath("//figure[contains(@class, 'story__lead-image')]")[0]
    srcsets = picture.xpath(".//source/@srcset | .//img/@srcset")
    urls = [entry.rsplit(" ", 1)[0] for srcset in srcsets for entry in srcset.split(", ")]
    return {*urls, *picture.xpath(".//img/@src")}


def policy(response, directive):
    for part in response["Content-Security-Policy"].split("; "):
        name, *sources = part.split()
        if name == directive:
            return sources
    return []


def test_a_story_page_shows_its_lead_image_from_the_bucket(client, section, bucket):
    image = photo()
    [story] = add_stories(section("de", "welt"), 1, lead_image=image, lead_image_alt="Hafen")
    assert keys(bucket, "original_images/") == [image.file.name]
    assert keys(bucket, "images/") == []

    response = client.get(story.url)
    assert response.status_code == 200
    renditions = keys(bucket, "images/")
    assert {key.rsplit(".", 1)[1] for key in renditions} >= set(FORMATS)
    urls = lead_picture_urls(response.content)
    assert urls and all(url.startswith(settings.MEDIA_URL) for url in urls)
    assert {url.removeprefix(settings.MEDIA_URL) for url in urls} <= set(renditions)
    for extension, content_type in FORMATS.items():
        url = next(url for url in sorted(urls) if url.endswith(f".{extension}"))
        status, headers, body = fetch(url)
        assert status == 200 and body
        assert headers["Content-Type"] == content_type
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    origin = settings.MEDIA_URL.removesuffix(f"/{BUCKET}/")
    assert origin in policy(response, "img-src") and origin in policy(response, "media-src")


def test_captions_come_from_the_bucket_through_the_site_as_webvtt(client, bucket):
    captions = Document.objects.create(
        title="Harbour captions", file=ContentFile(CAPTIONS.encode(), name="harbour.de.vtt")
    )
    [key] = keys(bucket, "documents/")
    assert key == captions.file.name and key.endswith(".vtt")
    assert bucket.Object(key).content_type == "text/vtt"
    assert captions.url.startswith("/documents/")  # the page's own origin, as <track> needs
    response = client.get(captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert b"".join(response.streaming_content).decode() == CAPTIONS
    with pytest.raises(urllib.error.HTTPError) as refused:  # not from the bucket itself
        fetch(settings.MEDIA_URL + key)
    assert refused.value.code == 403


def test_deleting_an_image_deletes_its_objects(bucket, django_capture_on_commit_callbacks):
    image = photo()
    image.get_renditions("width-400|format-webp", "width-400|format-jpeg")
    other = photo("Another harbour")
    assert len(keys(bucket, "images/")) == 2
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert keys(bucket) == [other.file.name]


def test_a_file_uploaded_again_under_a_deleted_name_gets_a_new_one(bucket):
    """Caches may keep an object for a year: its name is never given to another file."""
    first = photo().file.name
    default = storages["default"]
    default.delete(first)
    assert photo().file.name != first
    assert first.startswith("original_images/harbour_") and first.endswith(".png")


@pytest.fixture
def production_env(monkeypatch):
    for name in ("DJANGO_DEBUG", "DEPESCHE_MEDIA_BUCKET", "DEPESCHE_MEDIA_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DJANGO_SECRET_KEY", GOOD_KEY)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "news.example.org")
    return monkeypatch


def test_production_keeps_media_on_disk_without_a_bucket(production_env):
    production = runpy.run_module("depesche.settings.production")
    media = storages.create_storage(production["STORAGES"]["default"])
    assert isinstance(media, FileSystemStorage)
    assert production["MEDIA_URL"] == "/media/"


def test_production_with_a_bucket_stores_media_there(production_env, s3_endpoint):
    cdn = "https://media.news.example.org/"
    for name, value in environment(s3_endpoint, DEPESCHE_MEDIA_URL=cdn).items():
        production_env.setenv(name, value)
    production = runpy.run_module("depesche.settings.production")
    assert production["MEDIA_URL"] == cdn
    assert production["STORAGES"]["staticfiles"]["BACKEND"].endswith("ManifestStaticFilesStorage")
    media = storages.create_storage(production["STORAGES"]["default"])
    assert isinstance(media, MediaStorage)
    assert (media.querystring_auth, media.file_overwrite, media.default_acl) == (False, False, None)
    # Wagtail's file deletion tasks carry the storage's options into the task queue's table.
    assert CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in json.dumps(media.deconstruct())

    name = media.save("documents/report.pdf", ContentFile(b"%PDF-1.7"))
    assert media.url(name) == f"{cdn}{name}"
    stored = boto3.resource("s3", endpoint_url=s3_endpoint, region_name=REGION).Object(BUCKET, name)
    assert stored.get()["Body"].read() == b"%PDF-1.7"
    assert stored.cache_control == "public, max-age=86400"
    assert stored.content_type == "application/pdf"
    media.delete(name)
