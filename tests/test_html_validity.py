"""Every public page type of every edition is valid HTML to the Nu Html Checker (vnu.jar)."""

import json
import shutil
import subprocess

import pytest
from lxml import html

from tests.conftest import PROJECT_DIR
from tests.support import site_pages

VNU = PROJECT_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

pytestmark = pytest.mark.django_db


def search_pages(edition):
    """The search page (besides the one with results among the public pages) empty, with
    no results, and with filters it cannot use."""
    return {
        "search-empty": f"/{edition}/search/",
        "search-none": f"/{edition}/search/?q=xqzzyplumb&kind=video&order=newest",
        "search-odd": f"/{edition}/search/?q=%22%3E%3Cb%3E&section=x&from=2026-99-99&page=0",
    }


def public_pages(client):
    """Every public page type of every edition, its search page, and its ticker fragment."""
    fetch = site_pages.client_fetch(client)
    pages = {}
    for edition in site_pages.EDITIONS:
        for name, path in site_pages.public_pages(fetch, edition).items():
            pages[f"{edition}-{name.replace(':', '-')}"] = path
        for name, path in search_pages(edition).items():
            pages[f"{edition}-{name}"] = path
        if not site_pages.ticker_is_a_page(fetch, edition):
            pages[f"{edition}-ticker-fragment"] = f"/{edition}/ticker/"
    return pages


def test_public_pages_are_valid_html(client, tmp_path):
    if shutil.which("java") is None or not VNU.exists():
        pytest.fail("the HTML checker needs Java and vnu-jar (make test installs both)")
    files = []
    for name, url in public_pages(client).items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = response.content
        if name.endswith("ticker-fragment"):  # check it inside a minimal document
            body = b'<!DOCTYPE html><html lang="de"><title>t</title>' + body + b"</html>"
        path = tmp_path / f"{name}.html"
        path.write_bytes(body)
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
    ]
    assert problems == []


def test_public_pages_have_no_inline_scripts_or_styles(client):
    """A strict Content-Security-Policy must be able to hold on every public page."""
    for url in public_pages(client).values():
        tree = html.fromstring(client.get(url).content)
        # JSON-LD is a data block, which browsers never run; anything else must be a file.
        inline = [s for s in tree.iter("script") if not s.get("src")]
        assert [s for s in inline if s.get("type") != "application/ld+json"] == [], url
        assert tree.cssselect("style, [style]") == [], url
        on_handlers = [
            name for el in tree.iter() for name in el.attrib if name.lower().startswith("on")
        ]
        assert on_handlers == [], url
