"""The ninjs API: documents valid against IPTC's schemas 3.1 and 2.2, polling, bad input."""

import datetime
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from wagtail.models import PageViewRestriction

from depesche.news.models import StoryKind, StoryPage
from tests.factories import add_stories, make_image
from tests.support.queries import count_queries

pytestmark = pytest.mark.django_db


def make_cursor_text(moment, story_id):
    """A cursor as the API encodes one, around any moment (valid or not)."""
    import base64

    raw = json.dumps([moment, story_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ninjs"
GEOJSON = "https://geojson.org/schema/GeoJSON.json"


@pytest.fixture(scope="module")
def validators():
    """{version: validator}, with the GeoJSON reference resolved to the local copy."""
    if not SCHEMAS.is_dir():
        pytest.skip(f"the ninjs schemas are missing: {SCHEMAS} (../shared/data/ninjs)")
    geojson = Resource.from_contents(json.loads((SCHEMAS / "GeoJSON-schema.json").read_text()))
    registry = Registry().with_resource(GEOJSON, geojson)
    return {
        version: Draft202012Validator(
            json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text()), registry=registry
        )
        for version in ("3.1", "2.2")
    }


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["reads"].clear()


def get_json(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, (path, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def valid(validators, version, document):
    errors = sorted(validators[version].iter_errors(document), key=str)
    assert errors == [], [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    return document


def test_the_seed_story_in_both_versions(client, validators, seed_story):
    story = StoryPage.objects.get(pk=seed_story.pk)
    new = valid(validators, "3.1", get_json(client, f"/api/ninjs/3.1/stories/{story.pk}/"))
    old = valid(validators, "2.2", get_json(client, f"/api/ninjs/2.2/stories/{story.pk}/"))
    assert new["uri"] == old["uri"]
    assert new["uri"].startswith("tag:") and new["uri"].endswith(f":story-{story.pk}")
    assert new["type"] == "video"  # the seed story carries the VIDEO marker
    assert new["language"] == "de"
    assert new["headlines"][0]["value"] == story.title
    assert datetime.datetime.fromisoformat(new["firstCreated"]) == story.first_published_at
    assert new["versionCreated"] == old["versioncreated"]
    assert {"Aserbaidschan", "Belarus"} <= {subject["name"] for subject in new["subjects"]}
    assert new["infoSources"] == [{"name": "AzVision.az", "role": "source"}]
    assert old["infosources"] == new["infoSources"]
    paragraphs = [p for p in story.body if p.block_type == "paragraph"]
    assert paragraphs[0].value.source.split(">", 1)[1][:40] in new["bodies"][0]["value"]
    assert new["renditions"][0]["href"].endswith(story.url)
    translations = {a["language"]: a for a in new["associations"] if a["name"].startswith("tr")}
    assert set(translations) == {"en", "ru", "az"}
    assert all(a["rel"] == "translation" for a in translations.values())
    assert all("rel" not in a for a in old["associations"])


def test_a_story_with_a_lead_image_lists_its_renditions(client, validators, section):
    [story] = add_stories(
        section("de", "welt"), 1, kind=StoryKind.PHOTO, lead_image=make_image("Harbour")
    )
    for version in ("3.1", "2.2"):
        document = valid(
            validators, version, get_json(client, f"/api/ninjs/{version}/stories/{story.pk}/")
        )
    assert document["type"] == "picture"
    [image] = [a for a in document["associations"] if a["name"] == "featureimage"]
    renditions = {r["name"]: r for r in image["renditions"]}
    assert set(renditions) == {"original", "thumbnail", "large"}
    assert (renditions["thumbnail"]["width"], renditions["thumbnail"]["height"]) == (640, 360)
    for rendition in renditions.values():
        href = urlsplit(rendition["href"])
        assert href.scheme == "http" and href.path.startswith("/media/")


def test_the_lead_image_carries_its_alt_text_caption_and_credit(client, validators, section):
    [story] = add_stories(
        section("de", "welt"),
        1,
        lead_image=make_image("harbour.png"),
        lead_image_alt="Cranes at the quay",
        lead_image_caption="The new quay at dawn",
        lead_image_credit="Depesche/Archive",
    )
    for version in ("3.1", "2.2"):
        document = valid(
            validators, version, get_json(client, f"/api/ninjs/{version}/stories/{story.pk}/")
        )
        [image] = [a for a in document["associations"] if a["name"] == "featureimage"]
        assert image["descriptions"] == [
            {"role": "alt", "value": "Cranes at the quay"},
            {"role": "caption", "value": "The new quay at dawn"},
        ]
        assert image["by"] == "Depesche/Archive"


def test_an_untranslated_story_without_extras_is_valid(client, validators, section):
    [story] = add_stories(section("ru", "politika"), 1, lead="", source="")
    for version in ("3.1", "2.2"):
        document = valid(
            validators, version, get_json(client, f"/api/ninjs/{version}/stories/{story.pk}/")
        )
        assert "associations" not in document
        assert document["language"] == "ru"


def test_hidden_stories_are_not_served(client, section):
    [private, draft] = add_stories(section("de", "wirtschaft"), 2)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft.unpublish()
    for story in (private, draft):
        answer = get_json(client, f"/api/ninjs/3.1/stories/{story.pk}/", status=404)
        assert "no published story" in answer["error"]
    listed = get_json(client, "/api/ninjs/3.1/stories/?edition=de&limit=100")["items"]
    uris = {item["uri"] for item in listed}
    assert not any(uri.endswith((f"-{private.pk}", f"-{draft.pk}")) for uri in uris)


def poll(client, path):
    """Every item of a listing, following `next` to the end."""
    items, pages = [], 0
    while path:
        answer = get_json(client, path)
        items += answer["items"]
        pages += 1
        path = answer["next"] and urlsplit(answer["next"])._replace(scheme="", netloc="").geturl()
    return items, pages


def test_polling_pages_through_every_change_once(client, validators, section):
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    # One moment for all seven: the cursor must tell them apart by id.
    add_stories(section("de", "sport"), 7, title="Polled", first_published_at=moment)
    since = moment.isoformat().replace("+00:00", "Z")
    items, pages = poll(client, f"/api/ninjs/3.1/stories/?edition=de&since={since}&limit=3")
    assert pages == 3
    assert [item["headlines"][0]["value"] for item in items] == ["Polled"] * 7
    assert len({item["uri"] for item in items}) == 7
    changes = [item["versionCreated"] for item in items]
    assert changes == sorted(changes)
    for item in items:
        valid(validators, "3.1", item)


def test_an_edited_story_comes_again_after_the_last_poll(client, section):
    [story] = add_stories(section("de", "kultur"), 1, title="Before")
    items, _ = poll(client, "/api/ninjs/2.2/stories/?edition=de&limit=100")
    last_change = max(item["versioncreated"] for item in items)
    story = StoryPage.objects.get(pk=story.pk)
    story.title = "After"
    story.save_revision().publish()
    since = last_change.replace("+", "%2B")
    again, _ = poll(client, f"/api/ninjs/2.2/stories/?edition=de&since={since}")
    assert "After" in [item["headlines"][0]["value"] for item in again]


def test_editions_are_kept_apart(client, section):
    add_stories(section("az", "siyaset"), 1, title="Azərbaycanca xəbər")
    german, _ = poll(client, "/api/ninjs/3.1/stories/?edition=de&limit=100")
    assert {item["language"] for item in german} == {"de"}
    azerbaijani, _ = poll(client, "/api/ninjs/3.1/stories/?edition=az&limit=100")
    assert "Azərbaycanca xəbər" in [item["headlines"][0]["value"] for item in azerbaijani]


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/ninjs/9.9/stories/1/", 404, "Unknown ninjs version"),
        ("/api/ninjs/3.1/stories/?edition=xx", 400, "Unknown edition"),
        ("/api/ninjs/3.1/stories/", 422, "edition"),
        ("/api/ninjs/3.1/stories/?edition=de&since=yesterday", 400, "ISO 8601"),
        ("/api/ninjs/3.1/stories/?edition=de&since=2026-13-45", 400, "ISO 8601"),
        ("/api/ninjs/3.1/stories/?edition=de&since=2026-11-27T10:00:00%2B25:00", 400, "ISO"),
        ("/api/ninjs/3.1/stories/?edition=de&since=%00", 400, "ISO 8601"),
        ("/api/ninjs/3.1/stories/?edition=de&since=0001-01-01T00:00:00%2B01:00", 400, "ISO"),
        ("/api/ninjs/3.1/stories/?edition=de&since=9999-12-31T23:59:59-01:00", 400, "ISO"),
        (
            "/api/ninjs/3.1/stories/?edition=de&cursor="
            + make_cursor_text("0001-01-01T00:00:00+01:00", 1),
            400,
            "cursor",
        ),
        (
            "/api/ninjs/3.1/stories/?edition=de&cursor="
            + make_cursor_text("2026-01-01T00:00:00", 1),
            400,
            "cursor",
        ),
        ("/api/ninjs/3.1/stories/?edition=de&cursor=bm90IGEgY3Vyc29y", 400, "cursor"),
        ("/api/ninjs/3.1/stories/?edition=de&cursor=%00%ff", 400, "cursor"),
        ("/api/ninjs/3.1/stories/?edition=de&limit=0", 400, "limit"),
        ("/api/ninjs/3.1/stories/?edition=de&limit=-5", 400, "limit"),
        ("/api/ninjs/3.1/stories/?edition=de&limit=100000000000000000000", 400, "limit"),
        ("/api/ninjs/3.1/stories/?edition=de&limit=abc", 422, "limit"),
        ("/api/ninjs/3.1/stories/99999999999/", 404, "no published story"),
        ("/api/ninjs/3.1/stories/99999999999999999999/", 404, "no published story"),
        ("/api/ninjs/3.1/stories/abc/", 422, "story_id"),
    ],
)
def test_bad_requests_get_a_clear_answer(client, path, status, message):
    answer = get_json(client, path, status=status)
    assert message in json.dumps(answer)


def test_a_listing_costs_the_same_queries_however_many_stories(client, section):
    def count():
        return count_queries(client, "/api/ninjs/3.1/stories/?edition=de&limit=20")

    add_stories(section("de", "politik"), 20)
    before = count()
    for story in add_stories(section("de", "politik"), 40):
        story.tags.add("Menge")
        story.save()
    assert count() == before == 3


def test_the_api_is_rate_limited(client):
    answers = [client.get("/api/ninjs/3.1/stories/0/").status_code for _ in range(121)]
    assert answers[:120] == [404] * 120
    assert answers[120] == 429
    assert client.get("/api/ninjs/3.1/stories/0/", REMOTE_ADDR="198.51.100.9").status_code == 404


def test_the_openapi_description_lists_the_endpoints(client):
    description = get_json(client, "/api/ninjs/openapi.json")
    assert description["openapi"].startswith("3.")
    paths = set(description["paths"])
    assert "/api/ninjs/{version}/stories/" in paths
    assert "/api/ninjs/{version}/stories/{story_id}/" in paths
    parameters = {
        p["name"]
        for p in description["paths"]["/api/ninjs/{version}/stories/"]["get"]["parameters"]
    }
    assert {"edition", "since", "cursor", "limit"} <= parameters


def test_wagtails_api_serves_published_stories_with_their_fields(client, seed_story, section):
    [private] = add_stories(section("de", "wirtschaft"), 1, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listing = "/api/v2/pages/?type=news.StoryPage&fields=lead,kind,source,tags"
    assert get_json(client, f"{listing}&title=Members%20only")["items"] == []
    assert len(get_json(client, listing)["items"]) == 20
    seed = get_json(client, f"/api/v2/pages/{seed_story.pk}/?fields=kind,source,tags")
    assert seed["kind"] == "video"
    assert seed["source"] == "AzVision.az"
    assert {"Aserbaidschan", "Belarus"} <= set(seed["tags"])
    assert client.get("/api/v2/pages/?offset=-1").status_code == 400


def test_a_client_cannot_escape_the_limit_with_forwarded_addresses(client):
    answers = [
        client.get("/api/ninjs/3.1/stories/0/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
        for n in range(121)
    ]
    assert answers[-1] == 429


def test_wagtails_library_endpoints_stay_off(client):
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404
