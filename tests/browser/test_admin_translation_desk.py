"""The translation desk in a real browser: the dashboard, the side-by-side view and the
editor's Source tab have no axe-core violations of their own at 390 and 1366 px. What
Wagtail's admin has everywhere (the sidebar at 390 px, taken from its "Aging pages"
report), its filter button with a filter on and its edit forms' minimap toggle are left
out. Wagtail's snippet screens for tags across editions get the level-one heading they
lack from Depesche's templates."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations
from tests.support.admin_login import log_in_as_editor

FILTER_TOGGLE = (
    "label-content-name-mismatch: Elements must have their visible text as part of their "
    "accessible name ([['.w-dropdown__toggle']])"
)
# Wagtail's minimap toggle on its edit forms is smaller than 24 px on a phone.
MINIMAP_TOGGLE = (
    "target-size: All touch targets must be 24px large, or leave sufficient space "
    "([['#w-minimap-toggle']])"
)
CORRECT_A_SOURCE = """
from depesche.translations.models import TranslationRecord
record = TranslationRecord.objects.select_related("source").order_by("page_id").first()
draft = record.source.specific.get_latest_revision_as_object()
draft.lead = draft.lead + " Korrigiert am Abend."
draft.save_revision().publish()
print(record.page_id)
"""


@pytest.fixture
def stale_translation(demo_manage):
    """A demo translation whose source was corrected after it: its page id."""
    return int(demo_manage("shell", "-c", CORRECT_A_SOURCE).split()[-1])


@pytest.mark.parametrize("width", [390, 1366])
def test_the_desk_and_the_side_by_side_view_have_no_violations(
    browser, demo_server, stale_translation, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="de-DE", bypass_csp=True
    )
    page = context.new_page()
    log_in_as_editor(page, demo_server)
    page.goto(f"{demo_server}/admin/reports/aging-pages/")
    wagtails_own = set(violations(page))
    assert all("sidebar" in v or "42px" in v for v in wagtails_own), wagtails_own
    # Wagtail's filter button, once a filter is on, names itself apart from its text.
    wagtails_own.add(FILTER_TOGGLE)

    page.goto(f"{demo_server}/admin/translations/")
    urgent = page.locator(f'.translation-desk-urgent a[href$="/translations/{stale_translation}/"]')
    expect(urgent).to_be_visible()
    assert set(violations(page)) - wagtails_own == set()

    page.goto(f"{demo_server}/admin/translations/?state=stale")
    first_row = page.locator("table.translation-desk tbody tr").first
    stale = first_row.locator(f'.desk-stale a[href$="/translations/{stale_translation}/"]')
    expect(stale).to_have_text("Veraltet")
    assert set(violations(page)) - wagtails_own == set()

    stale.click()
    page.wait_for_url(f"**/admin/translations/{stale_translation}/")
    expect(page.locator(".translation-comparison ins").first).to_contain_text("Korrigiert")
    assert set(violations(page)) - wagtails_own == set()

    page.get_by_role("button", name="Als aktuell markieren").click()
    expect(page.locator(".messages")).to_contain_text("als aktuell markiert")
    page.goto(f"{demo_server}/admin/pages/{stale_translation}/edit/")
    page.get_by_role("tab", name="Vorlage").click()
    expect(page.locator(".translation-source-panel table")).to_be_visible()
    assert set(violations(page)) - wagtails_own == set()
    context.close()


@pytest.mark.parametrize("width", [390, 1366])
def test_tags_across_editions_have_no_violations(browser, demo_server, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="de-DE", bypass_csp=True
    )
    page = context.new_page()
    log_in_as_editor(page, demo_server)
    page.goto(f"{demo_server}/admin/reports/aging-pages/")
    wagtails_own = set(violations(page)) | {FILTER_TOGGLE, MINIMAP_TOGGLE}
    page.goto(f"{demo_server}/admin/snippets/news/taggroup/")
    belarus = page.get_by_role("link", name="Belarus", exact=True)
    expect(belarus).to_be_visible()
    assert set(violations(page)) - wagtails_own == set()
    belarus.click()
    expect(page.locator("#id_name")).to_have_value("Belarus")
    assert set(violations(page)) - wagtails_own == set()
    context.close()
