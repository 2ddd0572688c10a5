"""The read endpoint counts readers once, ignores robots and prefetches, and rejects bad input."""

import datetime
import time

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from depesche.reads import audience, beacons
from depesche.reads.counting import record_reads
from depesche.reads.models import ReadBucket, ReadTally
from tests.factories import add_stories

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0"
READS = {**settings.DEPESCHE_READS, "REPEAT_WINDOW": 1800, "RATE_LIMIT_PER_MINUTE": 60}


@pytest.fixture(autouse=True)
def empty_reads_cache():
    caches["reads"].clear()


@pytest.fixture(autouse=True)
def clear_of_minute_boundaries():
    """Rate limits count per calendar minute and reader hashes change at midnight UTC: each
    test starts five seconds into a minute, so no run of beacons straddles either."""
    now = timezone.now()
    with time_machine.travel(now + datetime.timedelta(seconds=(65 - now.second) % 60)):
        yield


def send_beacon(client, page, user_agent=BROWSER, address="203.0.113.7", **headers):
    return client.post(
        reverse("read_beacon", args=[page.pk]),
        HTTP_USER_AGENT=user_agent,
        REMOTE_ADDR=address,
        **headers,
    )


def total(page):
    return ReadTally.objects.total_for(page)


def test_a_read_is_counted_and_answered_with_the_fresh_total(client, seed_story):
    before = total(seed_story)
    response = send_beacon(client, seed_story)
    assert response.status_code == 200
    assert response.json() == {"reads": before + 1, "counted": True}
    assert total(seed_story) == before + 1
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


@override_settings(DEPESCHE_READS={**READS, "REPEAT_WINDOW": 1})
def test_a_repeat_read_within_the_window_is_not_counted(client, seed_story):
    before = total(seed_story)
    send_beacon(client, seed_story)
    again = send_beacon(client, seed_story)
    assert again.json() == {"reads": before + 1, "counted": False}
    other_reader = send_beacon(client, seed_story, address="198.51.100.4")
    assert other_reader.json()["counted"] is True
    time.sleep(1.1)  # real time: Redis expires the mark by its own clock
    assert send_beacon(client, seed_story).json()["counted"] is True
    assert total(seed_story) == before + 3


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/130.0 Safari/537.36",
        "",
    ],
)
def test_robots_are_not_counted(client, seed_story, user_agent):
    before = total(seed_story)
    response = send_beacon(client, seed_story, user_agent=user_agent)
    assert response.json() == {"reads": before, "counted": False}
    assert total(seed_story) == before


@pytest.mark.parametrize(
    "header",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_X_PURPOSE": "preview"},
    ],
)
def test_prefetches_and_prerenders_are_not_counted(client, seed_story, header):
    before = total(seed_story)
    assert send_beacon(client, seed_story, **header).json()["counted"] is False
    assert total(seed_story) == before


def test_the_pixel_counts_on_get_but_not_on_head(client, seed_story):
    url = reverse("read_pixel", args=[seed_story.pk])
    before = total(seed_story)
    head = client.head(url, HTTP_USER_AGENT=BROWSER)
    assert head.status_code == 200 and total(seed_story) == before
    get = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert get["Content-Type"] == "image/gif"
    assert total(seed_story) == before + 1


def test_get_and_head_on_the_beacon_url_only_tell_the_total(client, seed_story):
    url = reverse("read_beacon", args=[seed_story.pk])
    before = total(seed_story)
    assert client.get(url, HTTP_USER_AGENT=BROWSER).json() == {"reads": before}
    assert client.head(url, HTTP_USER_AGENT=BROWSER).status_code == 200
    assert total(seed_story) == before


def test_a_story_stops_counting_once_unpublished(client, section):
    [story] = add_stories(section("de", "politik"), 1)
    assert send_beacon(client, story).json()["reads"] == 1
    with CaptureQueriesContext(connection) as queries:  # the story is remembered as countable
        assert send_beacon(client, story, address="192.0.2.8").json()["reads"] == 2
    assert not any("wagtailcore_page" in query["sql"] for query in queries)
    story.unpublish()  # moves the content generation on
    assert send_beacon(client, story, address="192.0.2.9").status_code == 404
    assert total(story) == 2


@pytest.mark.django_db(transaction=True)
def test_a_connection_left_idle_is_tested_before_the_next_batch(seed_story, monkeypatch):
    from depesche.reads import counting

    counting.commit_group([(seed_story.pk, None)])
    before = total(seed_story)
    tested, closed = [], []
    monkeypatch.setattr(connection, "is_usable", lambda: tested.append(True) and False)
    monkeypatch.setattr(connection, "close", lambda: closed.append(True))
    monkeypatch.setattr(counting, "IDLE_SECONDS", 3600)  # however slow the machine
    counting.commit_group([(seed_story.pk, None)])  # the connection was used a moment ago
    assert (tested, closed) == ([], [])
    monkeypatch.setattr(counting, "IDLE_SECONDS", 0)  # as if it had been left idle
    assert counting.commit_group([(seed_story.pk, None)]) == {seed_story.pk: before + 2}
    assert (tested, closed) == ([True], [True])  # a broken connection is replaced first


def test_unpublished_and_unknown_stories_are_not_found(client, section, seed_story):
    [draft] = add_stories(section("de", "politik"), 1, live=False)
    assert send_beacon(client, draft).status_code == 404
    assert not ReadTally.objects.filter(page_id=draft.pk, total__gt=0).exists()
    home = seed_story.get_parent().get_parent()
    assert send_beacon(client, home).status_code == 404
    for url in ["/reads/999999/", "/reads/99999999999999999999/", "/reads/abc/", "/reads/-1/"]:
        assert client.post(url, HTTP_USER_AGENT=BROWSER).status_code == 404, url


def test_a_story_restricted_after_its_first_reads_stops_counting(client, section):
    from wagtail.models import PageViewRestriction

    [story] = add_stories(section("de", "sport"), 1)
    assert send_beacon(client, story).status_code == 200
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    assert send_beacon(client, story, address="203.0.113.8").status_code == 404
    assert total(story) == 1


def test_wrong_methods_and_oversized_bodies_change_nothing(client, seed_story):
    url = reverse("read_beacon", args=[seed_story.pk])
    before = total(seed_story)
    for method in (client.put, client.delete, client.patch):
        assert method(url, HTTP_USER_AGENT=BROWSER).status_code == 405
    large = client.post(url, data="x" * 5000, content_type="text/plain", HTTP_USER_AGENT=BROWSER)
    assert large.status_code == 413
    assert total(seed_story) == before


@override_settings(DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 3, "REPEAT_WINDOW": 0})
def test_one_client_cannot_inflate_a_count(client, seed_story):
    before = total(seed_story)
    statuses = [send_beacon(client, seed_story).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert total(seed_story) == before + 3
    assert send_beacon(client, seed_story, address="198.51.100.9").status_code == 200


@override_settings(DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 3, "REPEAT_WINDOW": 0})
def test_lookups_and_robots_are_limited_apart_from_a_readers_reads(client, seed_story):
    bot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    url = reverse("read_beacon", args=[seed_story.pk])
    lookups = [
        client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.7").status_code,
        *(send_beacon(client, seed_story, user_agent=bot).status_code for _ in range(5)),
        send_beacon(client, seed_story, HTTP_SEC_PURPOSE="prefetch").status_code,
    ]
    assert lookups == [200, 200, 200, 200, 200, 200, 429]
    before = total(seed_story)
    reads = [send_beacon(client, seed_story).status_code for _ in range(4)]
    assert reads == [200, 200, 200, 429]
    assert total(seed_story) == before + 3


def test_previews_send_no_read_beacon(client, seed_story):
    from lxml import html

    live = html.fromstring(client.get(seed_story.url).content)
    assert live.cssselect(".story__reads")[0].get("data-read-url") == f"/reads/{seed_story.pk}/"
    request_factory_page = seed_story.make_preview_request()
    preview = html.fromstring(request_factory_page.content)
    assert preview.cssselect(".story__reads")[0].get("data-read-url") is None
    assert not preview.cssselect('script[src$="reads.js"]')


def test_reads_land_in_hourly_buckets_of_the_edition(seed_story):
    at = timezone.now().replace(minute=20)
    record_reads({seed_story.pk: 2}, at=at)
    record_reads({seed_story.pk: 3}, at=at.replace(minute=50))
    record_reads({seed_story.pk: 1}, at=at + datetime.timedelta(hours=1))
    buckets = list(
        ReadBucket.objects.filter(page_id=seed_story.pk)
        .order_by("hour")
        .values_list("hour", "reads")
    )
    assert [reads for _hour, reads in buckets] == [5, 1]
    assert buckets[0][0] == at.replace(minute=0, second=0, microsecond=0)
    assert ReadBucket.objects.get(page_id=seed_story.pk, hour=buckets[0][0]).locale_id == (
        seed_story.locale_id
    )


def test_visitor_hashes_are_salted_and_rotate_daily():
    import hashlib

    meta = {"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": BROWSER}
    reader, address = audience.visitor(meta)
    assert (reader, address) == audience.visitor(meta)
    unsalted = {
        hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        for text in ("\n".join(["", "203.0.113.7", BROWSER]), "\n203.0.113.7", "203.0.113.7")
    }
    assert not {reader, address} & unsalted
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        assert audience.visitor(meta) != (reader, address)


def test_without_a_salt_the_visitor_rules_are_skipped_not_run_unsalted(monkeypatch):
    monkeypatch.setattr(audience, "daily_salt", lambda: None)
    assert audience.visitor({"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": BROWSER}) is None


def test_a_duplicate_receipt_in_one_group_counts_once(seed_story):
    from depesche.reads.counting import commit_group

    before = total(seed_story)
    receipt = "ab" * 16
    totals = commit_group(
        [(seed_story.pk, receipt), (seed_story.pk, receipt), (seed_story.pk, None)]
    )
    assert totals[seed_story.pk] == before + 2


def test_a_group_counts_new_receipts_once_in_one_write_on_postgresql(seed_story, section):
    from depesche.reads.counting import commit_group

    [other] = add_stories(section("de", "sport"), 1)
    seen, fresh = "ab" * 16, "cd" * 16
    commit_group([(seed_story.pk, seen)])
    before = total(seed_story)
    with CaptureQueriesContext(connection) as queries:
        totals = commit_group(
            [
                (seed_story.pk, seen),  # counted in the group before
                (seed_story.pk, fresh),
                (seed_story.pk, fresh),  # the same beacon twice
                (seed_story.pk, None),
                (other.pk, None),
                (other.pk, seen),  # receipts belong to one story
            ]
        )
    assert totals == {seed_story.pk: before + 2, other.pk: 2}
    assert sum(ReadBucket.objects.filter(page=other).values_list("reads", flat=True)) == 2
    writes = [q for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "WITH"))]
    # PostgreSQL: receipts, totals and buckets in one statement (one round trip).
    assert len(writes) == (1 if connection.vendor == "postgresql" else 3)


def test_receipts_belong_to_one_story(client, seed_story, section):
    [other] = add_stories(section("de", "sport"), 1)
    receipt = "cd" * 16
    for story in (seed_story, other):
        url = reverse("read_beacon", args=[story.pk]) + f"?receipt={receipt}"
        before = total(story)
        client.post(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.50")
        assert total(story) == before + 1


def test_a_retried_beacon_passes_the_repeat_rule_but_counts_once(client, seed_story):
    url = reverse("read_beacon", args=[seed_story.pk])
    before = total(seed_story)
    receipt = "ef" * 16
    for _attempt in range(2):
        client.post(f"{url}?receipt={receipt}", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.1")
    assert total(seed_story) == before + 1
    other = client.post(
        f"{url}?receipt={'12' * 16}", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.1"
    )
    assert other.json()["counted"] is False  # a new page view within the window: a repeat


@override_settings(DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 3, "REPEAT_WINDOW": 0})
def test_changing_the_user_agent_does_not_get_round_the_rate_limit(client, seed_story):
    statuses = [
        send_beacon(client, seed_story, user_agent=f"{BROWSER} variant/{n}").status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]


@override_settings(DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 1})
def test_a_beacon_refused_by_the_rate_limit_leaves_no_repeat_mark(client, seed_story):
    [other_story] = add_stories(seed_story.get_parent().specific, 1)
    assert send_beacon(client, seed_story).json()["counted"] is True
    assert send_beacon(client, other_story).status_code == 429
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=61)):
        assert send_beacon(client, other_story).json()["counted"] is True  # not a repeat


@override_settings(
    DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 2, "REPEAT_WINDOW": 0},
    DEPESCHE_CLIENT_ADDRESS={"HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXIES": 1},
)
def test_spoofed_forwarded_addresses_are_not_trusted(client, seed_story):
    statuses = [
        send_beacon(
            client, seed_story, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 198.51.100.77"
        ).status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 429, 429]


def test_chunked_long_bodies_and_long_user_agents_change_nothing(client, seed_story):
    url = reverse("read_beacon", args=[seed_story.pk])
    before = total(seed_story)
    chunked = client.post(url, HTTP_USER_AGENT=BROWSER, HTTP_TRANSFER_ENCODING="chunked")
    assert chunked.status_code == 411
    import time

    started = time.monotonic()
    long_agent = client.post(url, HTTP_USER_AGENT=BROWSER + " x" * 30000)
    assert long_agent.json()["counted"] is False
    assert time.monotonic() - started < 1
    assert total(seed_story) == before


def test_odd_requests_get_clear_answers(client, seed_story):
    pixel = reverse("read_pixel", args=[seed_story.pk])
    assert client.post(pixel, HTTP_USER_AGENT=BROWSER).status_code == 405
    url = reverse("read_beacon", args=[seed_story.pk])
    two = client.post(f"{url}?receipt={'a' * 32}&receipt={'b' * 32}", HTTP_USER_AGENT=BROWSER)
    assert two.status_code == 400
    before = total(seed_story)
    no_slash = client.post(url.rstrip("/"), HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.99")
    assert no_slash.json()["counted"] is True and total(seed_story) == before + 1


@pytest.mark.parametrize(
    ("query", "receipt", "status"),
    [
        ("", None, None),
        ("receipt=" + "ab" * 16, "ab" * 16, None),
        ("v=2&receipt=" + "ab" * 16, "ab" * 16, None),
        ("receipt=" + "ab" * 16 + "&v=2", "ab" * 16, None),
        ("receipt=%61" + "b" * 20, "a" + "b" * 20, None),  # percent-escaped, as parse_qs reads
        ("receipt=" + "ab" * 16 + "&receipt=" + "cd" * 16, None, 400),
        ("receipt=" + "AB" * 16, None, 400),
        ("receipt=abc", None, 400),
        ("receipt=", None, None),  # blank: no receipt
    ],
)
def test_receipts_are_read_from_the_query_string(query, receipt, status):
    found, refusal = beacons.receipt_of(query)
    assert found == receipt
    assert (refusal[0] if refusal else None) == status


def test_asgi_headers_are_named_as_in_a_wsgi_environ():
    from depesche.core.asgi_headers import wsgi_meta

    scope = {
        "method": "POST",
        "path": "/reads/7/",
        "query_string": b"receipt=ab",
        "client": ("192.0.2.1", 4711),
        "headers": [
            (b"user-agent", "Leser/1.0 (Zürich)".encode("latin-1")),
            (b"content-length", b"0"),
            (b"content-type", b"text/plain"),
            (b"x-forwarded-for", b"198.51.100.1"),
            (b"x-forwarded-for", b"198.51.100.2"),
        ],
    }
    assert wsgi_meta(scope) == {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/reads/7/",
        "QUERY_STRING": "receipt=ab",
        "REMOTE_ADDR": "192.0.2.1",
        "HTTP_USER_AGENT": "Leser/1.0 (Zürich)",
        "CONTENT_LENGTH": "0",
        "CONTENT_TYPE": "text/plain",
        "HTTP_X_FORWARDED_FOR": "198.51.100.2",  # a header sent twice keeps its last value
    }


def test_the_wsgi_shortcut_answers_beacons_and_passes_the_rest_on(seed_story):
    from depesche.reads.shortcut import ReadBeaconShortcut

    passed_on = []

    def django(environ, start_response):
        passed_on.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"page"]

    shortcut = ReadBeaconShortcut(django)
    answers = []
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": f"/reads/{seed_story.pk}/",
        "QUERY_STRING": "",
        "HTTP_USER_AGENT": BROWSER,
        "REMOTE_ADDR": "192.0.2.10",
    }
    before = total(seed_story)
    body = shortcut(environ, lambda status, headers: answers.append((status, dict(headers))))
    assert answers[0][0] == "200 OK"
    assert answers[0][1]["Cache-Control"] == "no-store"
    assert b'"counted": true' in body[0] and total(seed_story) == before + 1
    page = shortcut({**environ, "REQUEST_METHOD": "GET", "PATH_INFO": "/de/"}, lambda *a: None)
    assert page == [b"page"]
    assert passed_on == ["/de/"]
    for length, status in (("2048", "413"), ("many", "400")):  # the rule of Django's middleware
        shortcut({**environ, "CONTENT_LENGTH": length}, lambda *answer: answers.append(answer))
        assert answers[-1][0].startswith(status)
    assert total(seed_story) == before + 1


def screened(page, address="203.0.113.7", receipt=None, user_agent=BROWSER):
    from depesche.reads.beacons import screen

    query = f"receipt={receipt}" if receipt else ""
    meta = {"REMOTE_ADDR": address, "HTTP_USER_AGENT": user_agent, "QUERY_STRING": query}
    return screen(meta, page.pk)


@override_settings(DEPESCHE_READS={**READS, "RATE_LIMIT_PER_MINUTE": 3})
def test_a_batch_is_judged_in_order_and_answered_in_order(seed_story, section):
    from depesche.reads.beacons import answer_batch

    [other] = add_stories(section("de", "sport"), 1)
    before, other_before = total(seed_story), total(other)
    answers = answer_batch(
        [
            screened(seed_story),
            screened(seed_story),  # the same reader again: a repeat
            screened(other, user_agent="Googlebot/2.1 (+http://www.google.com/bot.html)"),
            screened(other),  # the address's third beacon this minute: the limit is 3
            screened(other, address="198.51.100.9", receipt="ab" * 16),
            screened(other),  # its fourth: over the limit
        ]
    )
    assert [status for status, _payload in answers] == [200, 200, 200, 200, 200, 429]
    assert [payload.get("counted") for _status, payload in answers[:5]] == [
        True,
        False,
        False,
        True,
        True,
    ]
    assert answers[0][1]["reads"] == answers[1][1]["reads"] == before + 1
    assert answers[4][1]["reads"] == other_before + 2
    assert (total(seed_story), total(other)) == (before + 1, other_before + 2)


def test_a_batch_that_cannot_be_recorded_is_answered_503_and_a_retry_counts(
    seed_story, monkeypatch
):
    from depesche.reads.counting import DatabaseError

    before = total(seed_story)

    def database_gone(_beacons):
        raise DatabaseError("the database is gone")

    with monkeypatch.context() as patched:
        patched.setattr(beacons, "commit_group", database_gone)
        answers = beacons.answer_batch([screened(seed_story), screened(seed_story, "192.0.2.1")])
    assert [status for status, _payload in answers] == [503, 503]
    assert total(seed_story) == before
    retried = beacons.answer_batch([screened(seed_story)])  # its repeat mark was dropped
    assert retried == [(200, {"reads": before + 1, "counted": True})]


def test_a_batch_whose_reads_cache_is_unreachable_is_answered_503(seed_story, monkeypatch):
    def unreachable(_visits):
        raise ConnectionError("the reads cache is gone")

    waiting = screened(seed_story)
    monkeypatch.setattr(beacons.audience, "judge", unreachable)
    before = total(seed_story)
    assert [status for status, _ in beacons.answer_batch([waiting, waiting])] == [503, 503]
    assert total(seed_story) == before


@override_settings(DEPESCHE_READS=READS)
def test_beacons_without_a_visitor_pass_the_rules_beside_tracked_ones(seed_story):
    from dataclasses import replace

    from depesche.reads.beacons import answer_batch

    tracked = screened(seed_story)
    untracked = replace(tracked, visitor=None)  # as when no salt can be kept
    before = total(seed_story)
    answers = answer_batch([tracked, untracked, tracked])
    assert [payload["counted"] for _status, payload in answers] == [True, True, False]
    assert total(seed_story) == before + 2
