"""A real demo server process and a headless Chromium for the browser tests."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR
from tests.support import servers, site_pages

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


def demo_env(var_dir):
    """The demo site's settings, on its own SQLite database and media folder."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="depesche.settings.dev",
        DEPESCHE_VAR_DIR=str(var_dir),
        PYTHONUNBUFFERED="1",
    )
    env.pop("DATABASE_URL", None)
    return env


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
    var_dir = demo_var_dir
    env = demo_env(var_dir)
    manage = [sys.executable, str(PROJECT_DIR / "manage.py")]
    subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    subprocess.run([*manage, "load_demo", "--stories-per-edition", "14"], env=env, check=True)
    port = servers.free_port()
    log = open(var_dir / "server.log", "w")  # noqa: SIM115 (open for the server's lifetime)
    process = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        servers.wait_until_serving(f"{base_url}/de/", process)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


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
