"""Lighthouse on the pages the quality goals name: accessibility, best practices and SEO
score 1 and nothing shifts while the page loads (mobile, default settings).

Performance depends on the machine's load, so it is measured by `make bench-lighthouse`
and not asserted here.
"""

import pytest

from tests.support import lighthouse, site_pages

ASSERTED = ("accessibility", "best-practices", "seo")


@pytest.fixture(scope="module")
def goal_pages(demo_server):
    return lighthouse.pages(site_pages.http_fetch(demo_server))


@pytest.mark.parametrize("name", ["front page", "seed story", "photo story"])
def test_lighthouse_scores_the_page_fully(demo_server, goal_pages, name):
    path = goal_pages[name]
    if path is None:
        pytest.skip(lighthouse.NO_GALLERY)
    report = lighthouse.audit(demo_server + path)
    scores = lighthouse.scores(report)
    shortfalls = {
        category: lighthouse.failed_audits(report, category)
        for category in ASSERTED
        if scores[category] < 1
    }
    assert shortfalls == {}
    assert lighthouse.metrics(report)["CLS"] == 0
