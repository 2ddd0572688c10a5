"""The search API: inflected forms per edition, filters, pages, clear 400s, hostile input,
the APIs' rate limit and a query count that does not grow with the results.

Stories use invented words so that the demo corpus does not answer for them.
"""

import datetime
import json
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import caches
from django.utils import timezone
from wagtail.models import PageViewRestriction

from depesche.core import generation
from depesche.news.models import StoryKind
from depesche.news.structure import edition_time_zone
from tests.factories import StoryPageFactory, add_stories
from tests.support.queries import count_queries

pytestmark = pytest.mark.django_db

XSS_CORPUS = Path(__file__).resolve().parent / "data" / "xss_payloads.txt"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["reads"].clear()


def search_json(client, status=200, **parameters):
    response = client.get("/api/search/?" + urlencode(parameters))
    assert response.status_code == status, (parameters, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(client, **parameters):
    return [result["title"] for result in search_json(client, **parameters)["results"]]


@pytest.mark.parametrize(
    ("language", "slug", "headline", "query"),
    [
        ("de", "politik", "Der Verteidigungsminister von Zyrgonien", "Verteidigungsministers"),
        ("de", "politik", "Zyrgoniens Verteidigungsministerium tagt", "Ministerium"),
        ("ru", "politika", "Азербайджан и Зыргония", "Азербайджана"),
        ("az", "siyaset", "Zırqoniya ilə əməkdaşlıq", "əməkdaşlığı"),
        ("en", "politics", "Zyrgonian ferries resume", "ferry"),
    ],
)
def test_a_query_finds_the_inflected_forms_in_its_edition(
    client, root, section, language, slug, headline, query
):
    story = StoryPageFactory(parent=section(language, slug), title=headline, lead="Zyrgo lead")
    answer = search_json(client, edition=language, q=f"  {query}\x00 ")
    assert (answer["edition"], answer["query"]) == (language, f"{query}")
    found = next(result for result in answer["results"] if result["id"] == story.pk)
    assert found["title"] == headline
    assert found["lead"] == "Zyrgo lead"
    assert found["kind"] == "text"
    assert found["section"] == slug
    assert found["url"].startswith(f"{root}/{language}/{slug}/")
    moment = datetime.datetime.fromisoformat(found["first_published"])
    assert moment.utcoffset() is not None
    assert moment == story.first_published_at.replace(microsecond=0)
    other = "en" if language != "en" else "de"
    elsewhere = search_json(client, edition=other, q=query)["results"]
    assert story.pk not in [result["id"] for result in elsewhere]


def test_filters_narrow_by_section_kind_tag_and_dates(client, section):
    politics, economy = section("en", "politics"), section("en", "economy")
    old = timezone.now() - datetime.timedelta(days=40)
    tagged = StoryPageFactory(parent=politics, title="Vexmoor text", first_published_at=old)
    tagged.tags.add("Vexmoor Tag")
    tagged.save()
    StoryPageFactory(parent=economy, title="Vexmoor video", kind=StoryKind.VIDEO)
    recent = (timezone.now() - datetime.timedelta(days=30)).date().isoformat()
    assert titles(client, edition="en", q="vexmoor", section="economy") == ["Vexmoor video"]
    assert titles(client, edition="en", q="vexmoor", kind="video") == ["Vexmoor video"]
    assert titles(client, edition="en", q="vexmoor", tag="vexmoor-tag") == ["Vexmoor text"]
    assert titles(client, edition="en", q="vexmoor", **{"from": recent}) == ["Vexmoor video"]
    assert titles(client, edition="en", q="vexmoor", to=recent) == ["Vexmoor text"]
    day = old.astimezone(edition_time_zone("en")).date().isoformat()
    assert "Vexmoor text" in titles(client, edition="en", q="vexmoor", **{"from": day, "to": day})
    newest = titles(client, edition="en", q="vexmoor", order="newest")
    assert newest == ["Vexmoor video", "Vexmoor text"]


def test_hidden_stories_are_not_found(client, section):
    politics = section("en", "politics")
    draft = StoryPageFactory(parent=politics, title="Grellmark draft")
    draft.unpublish()
    private = StoryPageFactory(parent=politics, title="Grellmark members")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    StoryPageFactory(parent=politics, title="Grellmark public")
    generation.bump()
    assert titles(client, edition="en", q="grellmark") == ["Grellmark public"]


def test_results_come_in_pages_with_the_total(client, section):
    add_stories(section("en", "politics"), 25, title="Snorvik fair")
    pages = [
        search_json(client, edition="en", q="snorvik", per_page="10", page=str(number))
        for number in (1, 2, 3)
    ]
    assert [(page["total"], page["page"], page["pages"]) for page in pages] == [
        (25, 1, 3),
        (25, 2, 3),
        (25, 3, 3),
    ]
    ids = [result["id"] for page in pages for result in page["results"]]
    assert [len(page["results"]) for page in pages] == [10, 10, 5]
    assert len(set(ids)) == 25
    beyond = search_json(client, edition="en", q="snorvik", per_page="10", page="9")
    assert (beyond["total"], beyond["results"]) == (25, [])
    assert len(search_json(client, edition="en", q="snorvik")["results"]) == 20


def test_an_empty_query_finds_nothing(client):
    for query in ("", "   ", '""', "\x00"):
        answer = search_json(client, edition="de", q=query)
        assert (answer["total"], answer["pages"], answer["results"]) == (0, 1, [])
    assert search_json(client, edition="de")["total"] == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q=x", "edition is required"),
        ("edition=&q=x", "edition is required"),
        ("edition=xx&q=x", "Unknown edition 'xx'"),
        ("edition=de%00&q=x", "Unknown edition"),
        ("edition=de&page=0", "page must be a whole number"),
        ("edition=de&page=-1", "page must be"),
        ("edition=de&page=abc", "page must be"),
        ("edition=de&page=%C2%B2", "page must be"),
        ("edition=de&page=99999999999999999999999", "page must be"),
        ("edition=de&per_page=51", "per_page must be"),
        ("edition=de&per_page=0", "per_page must be"),
        ("edition=de&kind=audio", "kind must be one of text, video, photo"),
        ("edition=de&order=oldest", "order must be one of relevance, newest"),
        ("edition=de&from=yesterday", "from must be a date"),
        ("edition=de&from=2026-13-45", "from must be a date"),
        ("edition=de&to=2026-1-1", "to must be a date"),
        ("edition=de&to=%ff%fe", "to must be a date"),
        ("edition=de&from=2026-02-01&to=2026-01-01", "to must not be before from"),
        ("edition=de&section=politics", "section"),
        ("edition=de&section=%00", "section"),
        ("edition=de&tag=no-such-tag-zyx", "tag"),
        ("edition=de&tag=%00%ff", "tag"),
    ],
)
def test_bad_parameters_get_400_naming_them(client, query, message):
    response = client.get(f"/api/search/?{query}")
    assert response.status_code == 400, response.content[:300]
    assert message in response.json()["error"]


def test_dates_at_the_calendars_ends_are_no_bounds(client, section):
    StoryPageFactory(parent=section("de", "politik"), title="Quelvarnachricht")
    far = {"from": "0001-01-01", "to": "9999-12-31"}
    assert titles(client, edition="de", q="quelvarnachricht", **far) == ["Quelvarnachricht"]


def xss_payloads():
    lines = XSS_CORPUS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("# ")]


HOSTILE = [
    "a\x00b\x01c",
    "é" * 10_000,
    'OR AND NOT NEAR(a b) "',
    '"*" ^ : {headline} -x',
    "' OR 1=1 --",
    "a&b|c!d<->e:*",
]


def test_hostile_queries_are_answered_never_a_server_error(client, section, settings):
    settings.DEPESCHE_API_RATE_LIMIT = "10000/m"
    StoryPageFactory(parent=section("en", "politics"), title="Quelvar news")
    for query in [*HOSTILE, *xss_payloads()]:
        for edition in ("en", "de"):
            response = client.get(f"/api/search/?edition={edition}&q=quelvar+{quote(query)}")
            assert response.status_code == 200, query
            assert response["Content-Type"].startswith("application/json")
            answer = response.json()
            assert len(answer["query"]) <= 200
            assert "\x00" not in answer["query"]
            if edition == "en" and query in HOSTILE:  # a payload's "…" is a phrase to match
                assert answer["results"][0]["title"] == "Quelvar news", query
    for raw in ("%ff%fe", "%ff%fe%00quelvar", "%C0%AF", "%ed%a0%80", "quelvar%"):
        response = client.get(f"/api/search/?edition=en&q={raw}")
        assert response.status_code == 200, raw
    for name in ("section", "tag", "kind", "order", "page", "per_page", "from", "to"):
        for payload in xss_payloads()[:10]:
            response = client.get(f"/api/search/?edition=en&q=x&{name}={quote(payload)}")
            assert response.status_code == 400, (name, payload)
            assert name in response.json()["error"]


def test_the_search_api_shares_the_apis_rate_limit(client):
    answers = [client.get("/api/search/?edition=de&q=zyx").status_code for _ in range(60)]
    answers += [client.get("/api/ninjs/3.1/stories/0/").status_code for _ in range(60)]
    assert answers == [200] * 60 + [404] * 60
    limited = client.get("/api/search/?edition=de&q=zyx")
    assert limited.status_code == 429
    assert limited.json() == {"error": "Too many requests."}
    assert int(limited["Retry-After"]) > 0
    assert client.get("/api/search/?edition=de", REMOTE_ADDR="198.51.100.9").status_code == 200


def test_a_search_costs_the_same_queries_however_many_results(client, section):
    def count():
        return count_queries(client, "/api/search/?edition=de&q=plumbatschrift&per_page=50")

    add_stories(section("de", "politik"), 2, title="Plumbatschrift")
    few = count()
    for story in add_stories(section("de", "wirtschaft"), 40, title="Plumbatschriften"):
        story.tags.add("Menge")
        story.save()
    assert search_json(client, edition="de", q="plumbatschrift", per_page="50")["total"] == 42
    assert count() == few == 4  # vocabulary, spelling, match, stories


def test_answers_are_cached_briefly_as_the_apis_are(client, settings):
    settings.DEPESCHE_PAGE_CACHE = {**settings.DEPESCHE_PAGE_CACHE, "ENABLED": True}
    caches["pages"].clear()
    try:
        search = client.get("/api/search/?edition=de&q=zyx")
        ninjs = client.get("/api/ninjs/3.1/stories/?edition=de&limit=1")
    finally:
        caches["pages"].clear()
    assert search["Cache-Control"] == ninjs["Cache-Control"]
    assert "public" in search["Cache-Control"]
    assert "s-maxage=" in search["Cache-Control"]


def test_only_get_is_answered(client):
    assert client.post("/api/search/?edition=de&q=x").status_code == 405


def test_the_openapi_description_lists_the_search(client):
    description = client.get("/api/ninjs/openapi.json").json()
    operation = description["paths"]["/api/search/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"edition", "q", "order", "section", "kind", "from", "to", "tag"} <= names
    assert {"page", "per_page"} <= names
    json.dumps(description)


def test_a_misspelt_query_comes_with_a_suggestion(client, section):
    add_stories(section("de", "politik"), 1, title="Plumbatschrift")
    assert search_json(client, edition="de", q="plumbatschirft")["suggestion"] == "plumbatschrift"
    assert search_json(client, edition="de", q="plumbatschrift")["suggestion"] is None
