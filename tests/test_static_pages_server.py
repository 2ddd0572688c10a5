"""nginx serves cached pages as files; a publish in another process is visible within a second."""

import http.client
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from tests.support import servers
from tests.support.nginx import nginx, static_pages_site

pytestmark = pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")

PUBLISH = """
from depesche.news.models import StoryPage
story = StoryPage.objects.get(pk={pk})
story.title = {title!r}
story.save_revision().publish()
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("static-pages")
    static_dir = Path(tempfile.mkdtemp(prefix="depesche-pages-"))
    static_dir.chmod(0o755)  # nginx's workers read it as www-data
    env = servers.production_env(var_dir, DEPESCHE_STATIC_PAGES_DIR=static_dir)
    servers.prepare_site(env)
    servers.run_manage(env, "collectstatic", "--no-input", "-v", "0")
    app_port, port = servers.free_port(), servers.free_port()
    app = servers.start_granian(env, app_port, log_path=var_dir / "app.log")
    try:
        servers.wait_until_serving(f"http://127.0.0.1:{app_port}/de/", app)
        headers = servers.run_manage(env, "nginx_security_headers")
        with nginx(port, static_pages_site(static_dir, app_port, headers)):
            yield {"port": port, "env": env, "static_dir": static_dir}
    finally:
        servers.stop(app)
        shutil.rmtree(static_dir, ignore_errors=True)


def get(site, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", site["port"], timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return response, body


def story_path(site):
    _response, front = get(site, "/de/")
    start = front.index('class="front-lead"')
    return front[
        front.index('href="', start) + 6 : front.index('"', front.index('href="', start) + 6)
    ]


def test_second_request_is_served_by_nginx_from_a_file(site):
    path = story_path(site)
    first, body = get(site, path)
    second, again = get(site, path)
    assert first.getheader("X-Cache") == "miss"
    assert second.getheader("X-Cache") == "static"
    assert again == body
    assert "public" in second.getheader("Cache-Control")


def test_pages_served_from_files_carry_the_apps_security_headers(site):
    path = story_path(site)
    from_app, _ = get(site, path + "?from=app")
    get(site, path)
    from_file, _ = get(site, path)
    assert from_file.getheader("X-Cache") == "static"
    for name in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert from_file.getheader(name) == from_app.getheader(name), name
    assert "script-src 'self';" in from_file.getheader("Content-Security-Policy")


def post(site, path, body):
    connection = http.client.HTTPConnection("127.0.0.1", site["port"], timeout=10)
    connection.request("POST", path, body=body, headers={"Content-Type": "text/plain"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_large_bodies_are_refused_except_for_the_admin(site):
    assert post(site, "/de/", b"x" * 100_000) == 413
    assert post(site, "/admin/login/", b"x" * 100_000) == 403  # reached the app: CSRF


def test_editors_and_query_strings_go_to_the_app(site):
    path = story_path(site)
    get(site, path)
    with_session, _ = get(site, path, {"Cookie": "sessionid=abc"})
    assert with_session.getheader("X-Cache") != "static"
    with_query, _ = get(site, path + "?utm_source=x")
    assert with_query.getheader("X-Cache") != "static"


def test_a_publish_in_another_process_is_visible_within_a_second(site):
    path = story_path(site)
    get(site, path)
    assert get(site, path)[0].getheader("X-Cache") == "static"
    _response, html = get(site, path)
    pk = int(html.split('data-read-url="/reads/')[1].split("/")[0])
    title = f"Neue Schlagzeile {time.time():.0f}"
    servers.run_manage(site["env"], "shell", "-c", PUBLISH.format(pk=pk, title=title))
    published = time.monotonic()
    while title not in get(site, path)[1]:
        assert time.monotonic() - published < 1.0, "the change was not visible within a second"
        time.sleep(0.02)
    assert title in get(site, "/de/")[1]
