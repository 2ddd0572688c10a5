"""Every public URL answers odd input with a 4xx or its normal page, never a server error.

Each URL pattern gets its own parameters with odd values, every URL gets odd query strings,
paths and methods; the same URLs then go raw through the production server (granian, the
ASGI entry point and its shortcuts, page cache on).
"""

import http.client
import shutil

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client

from tests.support import servers

ODD_VALUES = [
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "%00",
    "%ff%fe",
    "..%2F..%2Fetc%2Fpasswd",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "x" * 5000,
    "%E2%80%AE",
    "1%00",
    "",
]
ODD_QUERIES = [
    "a" * 20000,
    "&".join(f"k{number}=v" for number in range(2000)),
    "%",
    "%%%",
    "=",
    "page",
    "page=1&page=2&page=abc",
    "%ff%fe=%ff%fe",
    "utm_source=%00",
]
ODD_SUFFIXES = ["%00/", "%ff%fe/", "../../etc/passwd", "..%2F..%2F/", "x" * 3000 + "/", "%/"]
ODD_PATHS = ["/%00", "/%ff%fe/", "/de/%c0%af/", "/" + "%C3%A4" * 500 + "/", "/de//politik//"]
API_V2 = ["limit", "offset", "fields", "type", "order", "search", "child_of", "descendant_of"]
API_V2 += ["locale", "translation_of", "html_path", "search_operator"]
SPECIAL_VALUES = {
    "since": ["2026-13-45T99:99:99Z", "0001-01-01", "9999-12-31T23:59:59%2B14:00"],
    "cursor": ["A" * 64, "MjAyNi0wMS0wMXx4", "%2F%2F%2F%2F"],
    "fields": ["*", "-title,_,x(y)", "body(nonsense)", "_,-id"],
    "offset": ["5&limit=1000", "99999999999&limit=1"],
    "order": ["random", "-nonsense", "title", "title&search=x", "random&offset=5"],
    "search": ["x&order=title", "%00&search_operator=xor", "x&type=news.StoryPage&fields=*"],
    "type": [
        "news.StoryPage",
        "auth.User",
        "nonsense",
        "a.b.c",
        "news.StoryPage&fields=*,-body",
        "news.StoryPage&order=first_published_at",
    ],
    "html_path": ["/de/politik/", "/../"],
    "q": ["OR+AND+NOT+NEAR(a+b)+%22", "a%26b|c!d<->e:*", "%22%22", "%22*%22+^+:+{headline}"],
    "from": ["2026-99-99", "0001-01-01", "9999-12-31", "2026-02-30", "2026-1-1"],
    "to": ["9999-12-31", "0001-01-01", "2026-02-30"],
}
SEARCH = ["q", "edition", "order", "section", "kind", "from", "to", "tag", "page", "per_page"]


def public_urls(story_id):
    """(URL, the query parameters it reads) for every public URL pattern, and a few misses."""
    pages = ["page"]
    return [
        *((f"/{code}/", pages) for code in ("de", "en", "ru", "az")),
        ("/xx/", pages),
        ("/zz-latn/politik/", pages),
        ("/de/politik/", pages),
        ("/ru/politika/", pages),
        ("/de/tags/belarus/", pages),
        ("/de/tags/no-such-tag/", pages),
        ("/de/feeds/rss/", []),
        ("/de/feeds/atom/", []),
        ("/de/feeds/rss/sections/politik/", []),
        ("/de/feeds/atom/tags/belarus/", []),
        ("/de/feeds/rss/tags/no-such-tag/", []),
        ("/robots.txt", []),
        ("/sitemap.xml", []),
        ("/sitemaps/de.xml", ["p"]),
        ("/sitemaps/news-de.xml", ["p"]),
        ("/sitemaps/xx.xml", ["p"]),
        ("/de/ticker/", []),
        ("/de/search/?q=wahl", ["q", "order", "section", "kind", "from", "to", "tag", "page"]),
        ("/ru/search/", ["q"]),
        ("/de/suche/?q=wahl", ["q"]),
        ("/de/most-read/", []),
        (f"/reads/{story_id}/", ["receipt"]),
        (f"/reads/{story_id}/pixel.gif", ["receipt"]),
        ("/reads/99999999999999999999/", ["receipt"]),
        ("/api/ninjs/3.1/stories/?edition=de", ["since", "cursor", "limit", "edition"]),
        ("/api/ninjs/2.2/stories/?edition=ru", ["since", "cursor", "limit"]),
        ("/api/ninjs/3.1/stories/", ["edition"]),
        (f"/api/ninjs/3.1/stories/{story_id}/", []),
        ("/api/ninjs/9.9/stories/", ["edition"]),
        ("/api/ninjs/openapi.json", []),
        ("/api/search/?edition=de&q=baku", SEARCH),
        (
            "/api/search/?edition=ru&q=%22%D0%B1%D0%B0%D0%BA%D1%83%22&order=newest",
            ["page", "section", "tag"],
        ),
        ("/api/v2/pages/", API_V2),
        (f"/api/v2/pages/{story_id}/", ["fields"]),
        ("/api/v2/pages/find/", ["html_path"]),
        ("/admin/login/", ["next"]),
        ("/documents/1/no-such.pdf", []),
    ]


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def odd_requests(story_id):
    """Every odd request as (method, URL)."""
    for url, parameters in public_urls(story_id):
        for name in parameters:
            for value in ODD_VALUES + SPECIAL_VALUES.get(name, []):
                yield "GET", with_query(url, f"{name}={value}")
        for query in ODD_QUERIES:
            yield "GET", with_query(url, query)
        path = url.split("?")[0]
        for suffix in ODD_SUFFIXES:
            yield "GET", path + suffix
            yield "GET", path.rstrip("/") + suffix
        for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"):
            yield method, with_query(url, "page=abc")
    for path in ODD_PATHS:
        yield "GET", path


def address(number):
    """A client address of its own for each request, so no rate limit answers in its place."""
    return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


@pytest.fixture
def fresh_rate_limits():
    """The rate limits' counters live in the reads cache: leave none for later tests."""
    yield
    caches[settings.DEPESCHE_READS["CACHE"]].clear()


@pytest.mark.django_db
def test_odd_requests_get_no_server_error(seed_story, fresh_rate_limits):
    client = Client(raise_request_exception=False, HTTP_USER_AGENT=servers.BROWSER_AGENT)
    requests = list(odd_requests(seed_story.pk))
    statuses = [
        getattr(client, method.lower())(url, REMOTE_ADDR=address(number)).status_code
        for number, (method, url) in enumerate(requests)
    ]
    errors = [
        f"{method} {url[:120]}"
        for (method, url), status in zip(requests, statuses, strict=True)
        if status >= 500
    ]
    assert len(requests) > 1000 and errors == []
    assert 429 not in statuses


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("hostile-input")
    env = servers.production_env(
        var_dir, DEPESCHE_READS_RATE_LIMIT=0, DEPESCHE_API_RATE_LIMIT="1000000/m"
    )
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    port = servers.free_port()
    process = servers.start_granian(env, port, workers=1, log_path=var_dir / "server.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{port}/de/", process)
        yield port, servers.story_ids(env, 1)[0]
    finally:
        servers.stop(process)
        shutil.rmtree(var_dir, ignore_errors=True)


ODD_HEADERS = [
    {"Host": "evil.example"},
    {"Host": "127.0.0.1:99999"},
    {"Host": "[::1"},
    {"If-None-Match": '"' + "x" * 4000},
    {"If-Modified-Since": "yesterday"},
    {"Accept-Language": "xx-%ff;q=abc, *;q=-1"},
    {"Cookie": "sessionid=%ff%fe; csrftoken=" + "x" * 3000},
    {"Cookie": "sessionid=abc"},
    {"X-Forwarded-For": "not-an-address, ::::"},
    {"X-Forwarded-Proto": "https"},
    {"Range": "bytes=999999-0"},
    {"Content-Length": "abc"},
    {"Content-Length": "-1"},
    {"Content-Length": "99999999999999999999"},
    {"Transfer-Encoding": "chunked"},
    {"User-Agent": ""},
    {"User-Agent": "x" * 5000},
    {"Sec-Purpose": "prefetch"},
]


def raw_status(port, method, url, headers=None):
    """The status of a request sent exactly as written, bytes the client would refuse too."""
    headers = {"User-Agent": servers.BROWSER_AGENT, "Content-Length": "0", **(headers or {})}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.putrequest(method, url, skip_host="Host" in headers, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    if headers.get("Transfer-Encoding") == "chunked":
        connection.send(b"0\r\n\r\n")
    status = connection.getresponse().status
    connection.close()
    return status


def test_the_production_server_gives_no_server_error(production_server):
    port, story_id = production_server
    requests = [
        (method, url)
        for method, url in odd_requests(story_id)
        if len(url) < 8000  # longer request lines are the front server's to refuse
    ]
    errors = [
        f"{method} {url[:120]}"
        for method, url in requests * 2  # the second time from the page cache
        if raw_status(port, method, url) >= 500
    ]
    assert errors == []


def test_odd_headers_get_no_server_error(production_server):
    port, story_id = production_server
    paths = [url.split("?")[0] for url, _parameters in public_urls(story_id)]
    errors = [
        f"{method} {path} {headers}"
        for path in paths
        for headers in ODD_HEADERS
        for method in ("GET", "POST")
        if raw_status(port, method, path, headers) >= 500
    ]
    assert errors == []
