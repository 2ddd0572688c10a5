"""axe-core finds no accessibility violations on any public page type, in every edition,
on a phone and a desktop screen, in light and dark mode."""

import pytest

from tests.conftest import PROJECT_DIR
from tests.support.expected import case
from tests.support.site_pages import EDITIONS, PAGE_KINDS, WHY_MISSING, of_kind

AXE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_RULESETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = (390, 1366)
SCHEMES = ("light", "dark")

CASES = [
    case(width, scheme, edition, kind)
    for width in WIDTHS
    for scheme in SCHEMES
    for edition in EDITIONS
    for kind in PAGE_KINDS
]


@pytest.fixture(scope="module")
def screens(browser):
    """One page per screen width and colour scheme, opened when first asked for.

    Its CSP lets axe-core be injected (the site's own policy forbids that).
    """
    contexts = {}

    def screen(width, scheme):
        if (width, scheme) not in contexts:
            contexts[width, scheme] = browser.new_context(
                viewport={"width": width, "height": 900},
                color_scheme=scheme,
                locale="de-DE",
                timezone_id="Europe/Berlin",
                bypass_csp=True,
            )
            contexts[width, scheme].new_page()
        return contexts[width, scheme].pages[0]

    yield screen
    for context in contexts.values():
        context.close()


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


@pytest.mark.parametrize(("width", "scheme", "edition", "kind"), CASES)
def test_public_pages_have_no_violations(screens, edition_pages, width, scheme, edition, kind):
    urls = of_kind(edition_pages[edition], kind)
    if not urls:
        pytest.skip(WHY_MISSING[kind])
    page = screens(width, scheme)
    found = {}
    for url in urls:
        response = page.goto(url)
        assert response.status == (404 if kind == "not-found" else 200), url
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (
            scheme == "dark"
        )
        if problems := violations(page):
            found[url] = problems
    assert found == {}
