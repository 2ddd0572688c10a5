"""Every public page needs a fixed number of queries, however many stories there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from depesche.reads.counting import record_reads
from tests.factories import add_stories

pytestmark = pytest.mark.django_db

PINNED = {"front": 21, "section": 13, "tag": 14, "story": 15, "ticker": 3}


def urls(seed_story, section):
    return {
        "front": "/de/",
        "section": section("de", "politik").url,
        "tag": "/de/tags/belarus/",
        "story": seed_story.url,
        "ticker": "/de/ticker/",
    }


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_query_counts_are_pinned_and_do_not_grow(client, seed_story, section, name):
    url = urls(seed_story, section)[name]
    record_reads({seed_story.pk: 3})
    before = count_queries(client, url)
    for slug in ("politik", "wirtschaft", "sport"):
        stories = add_stories(section("de", slug), 15)
        for story in stories:
            story.tags.add("Belarus")
            story.save()
        record_reads({story.pk: 1 for story in stories})
    after = count_queries(client, url)
    assert before == after == PINNED[name]
