"""Nothing scrolls sideways at 320 px: every page type of every edition fits the screen."""

import pytest

from tests.support.site_pages import EDITIONS, PAGE_KINDS, WHY_MISSING, of_kind

NARROWEST_PHONE = {"width": 320, "height": 640}

# The elements whose right edge passes the viewport's (leaving out those inside a container
# that scrolls or clips sideways), innermost first, so that a failure names the headline or
# image that is too wide rather than only its containers.
OVERFLOW = """() => {
  const width = window.innerWidth;
  const describe = (el) => el.tagName.toLowerCase()
    + (el.id ? '#' + el.id : '')
    + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const clipped = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
    .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
    .slice(0, 8)
    .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px`
      + `: ${(el.textContent || '').trim().slice(0, 60)})`);
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits};
}"""


@pytest.fixture(scope="module")
def narrow_page(browser):
    context = browser.new_context(viewport=NARROWEST_PHONE, locale="de-DE")
    yield context.new_page()
    context.close()


CASES = [(edition, kind) for edition in EDITIONS for kind in PAGE_KINDS]


@pytest.mark.parametrize(("edition", "kind"), CASES)
def test_no_page_scrolls_sideways_at_320_px(narrow_page, edition_pages, edition, kind):
    urls = of_kind(edition_pages[edition], kind)
    if not urls:
        pytest.skip(WHY_MISSING[kind])
    too_wide = {}
    for url in urls:
        narrow_page.goto(url)
        found = narrow_page.evaluate(OVERFLOW)
        if found["scrollWidth"] > found["innerWidth"]:
            too_wide[url] = found
    assert not too_wide, "\n".join(
        f"{url}: {found['scrollWidth']}px wide, past the edge: {found['culprits']}"
        for url, found in too_wide.items()
    )
