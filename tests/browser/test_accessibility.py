"""axe-core finds no accessibility violations on the public pages, in every edition."""

import pytest

from tests.conftest import PROJECT_DIR

AXE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_RULESETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture
def page(browser):
    """A page whose CSP lets axe-core be injected (the site's own policy forbids that)."""
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin", bypass_csp=True)
    yield context.new_page()
    context.close()


def story_url(page, demo_server, edition):
    page.goto(f"{demo_server}/{edition}/")
    return demo_server + page.locator(".front-lead .teaser__headline a").get_attribute("href")


def tag_url(page, demo_server, edition):
    page.goto(story_url(page, demo_server, edition))
    return demo_server + page.locator(".story__tags a").first.get_attribute("href")


def violations(page):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_RULESETS,
    )
    assert result["passes"], "axe-core checked nothing"
    return [
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("edition", ["de", "ru"])
@pytest.mark.parametrize("kind", ["front", "section", "tag", "story"])
def test_public_pages_have_no_violations(page, demo_server, edition, kind):
    urls = {
        "front": lambda: f"{demo_server}/{edition}/",
        "section": lambda: demo_server + {"de": "/de/politik/", "ru": "/ru/politika/"}[edition],
        "tag": lambda: tag_url(page, demo_server, edition),
        "story": lambda: story_url(page, demo_server, edition),
    }
    url = urls[kind]()
    response = page.goto(url)
    assert response.status == 200, url
    assert violations(page) == []
