"""The newsroom's reports in a real browser: axe-core finds no violations of their own on a
phone or a desktop screen. Wagtail's admin sidebar has one at 390 px (two landmarks without
distinct names), on Wagtail's own reports too; what the admin shows everywhere is taken
from Wagtail's "Aging pages" report at the same width and left out."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations
from tests.support.admin_login import log_in_as_editor


@pytest.fixture(scope="module")
def reads_this_week(demo_manage):
    demo_manage(
        "shell",
        "-c",
        "from depesche.news.models import StoryPage;"
        "from depesche.reads.counting import record_reads;"
        "record_reads({s.pk: 3 + s.pk % 5 for s in StoryPage.objects.live()[:8]})",
    )


@pytest.mark.parametrize("width", [390, 1366])
def test_the_most_read_report_has_no_violations(browser, demo_server, reads_this_week, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="de-DE", bypass_csp=True
    )
    page = context.new_page()
    log_in_as_editor(page, demo_server)
    page.goto(f"{demo_server}/admin/reports/aging-pages/")
    wagtails_own = set(violations(page))
    assert all("sidebar" in v or "42px" in v for v in wagtails_own), wagtails_own
    page.goto(f"{demo_server}/admin/reports/most-read/")
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    assert page.locator("table.listing tbody tr").count() >= 8
    assert set(violations(page)) - wagtails_own == set()
    context.close()
