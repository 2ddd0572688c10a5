"""Counting the database queries a request makes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """Queries of a second GET of `url` (the first fills the per-process memory)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)
