"""A real demo server process and a headless Chromium for the browser tests."""

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from lxml import html

from tests.conftest import PROJECT_DIR
from tests.support import demo_site, site_pages
from tests.support.demo_site import demo_env

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def demo_var_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-var")


@pytest.fixture(scope="session")
def demo_database(demo_var_dir):
    return demo_var_dir / "depesche.sqlite3"


@pytest.fixture(scope="session")
def demo_manage(demo_var_dir):
    """Runs a management command on the demo site; returns what it printed."""

    def manage(*arguments):
        return subprocess.run(
            [sys.executable, str(PROJECT_DIR / "manage.py"), *arguments],
            env=demo_env(demo_var_dir),
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    return manage


@pytest.fixture(scope="session")
def demo_server(demo_var_dir):
    """The demo site in its own process, on its own SQLite database and media folder."""
    with demo_site.running_demo(demo_var_dir) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def seed_story_url(demo_server):
    """The German seed story's address: the one story the tag Belarus leads to."""
    with urllib.request.urlopen(f"{demo_server}/de/tags/belarus/") as response:  # noqa: S310
        tree = html.fromstring(response.read())
    return demo_server + tree.cssselect(".teaser__headline a")[0].get("href")


@pytest.fixture(scope="session")
def edition_pages(demo_server):
    """One URL of every public page type, by edition and name (see tests/support/site_pages)."""
    fetch = site_pages.http_fetch(demo_server)
    return {
        edition: {
            name: demo_server + path
            for name, path in site_pages.public_pages(fetch, edition).items()
        }
        for edition in site_pages.EDITIONS
    }
