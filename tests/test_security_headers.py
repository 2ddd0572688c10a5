"""Every answer carries the security headers; public pages hold a strict policy."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from lxml import html

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/de/", "/en/politics/", "/de/tags/belarus/", "/ru/", "/az/"]


def csp(response):
    return dict(
        (directive.split(" ", 1) + [""])[:2]
        for directive in response["Content-Security-Policy"].split("; ")
    )


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_a_strict_policy_and_the_other_headers(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = csp(response)
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_public_pages_have_no_inline_script_or_style(client, seed_story):
    paths = [seed_story.url, "/de/no-such-page/", *PUBLIC_PAGES]
    pages = [client.get(path).content for path in paths]
    for content in pages:
        tree = html.fromstring(content)
        for script in tree.iter("script"):
            assert script.get("src") or script.get("type") == "application/ld+json"
        assert not tree.xpath("//style | //*[@style]")
        assert not [
            name for element in tree.iter() for name in element.attrib if name.startswith("on")
        ]


def test_not_found_pages_and_api_answers_carry_the_policy(client):
    for path in ("/de/no-such-page/", "/api/ninjs/3.1/stories/?edition=de"):
        response = client.get(path)
        assert "script-src 'self';" in response["Content-Security-Policy"], path


def test_the_admin_has_its_own_policy(client):
    response = client.get("/admin/login/")
    policy = csp(response)
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy["script-src"] and "unsafe-eval" not in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"


def test_nginx_gets_the_headers_the_app_sends(client, capsys):
    response = client.get("/de/")
    call_command("nginx_security_headers")
    lines = capsys.readouterr().out.splitlines()
    sent = {line.split(" ", 2)[1]: line.split(" ", 2)[2] for line in lines}
    assert set(sent) >= {"Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"}
    for name, value in sent.items():
        assert value == f'"{response[name]}" always;', name


@pytest.mark.parametrize("path", ["/de/", "/admin/login/"])
def test_media_on_another_host_are_admitted_for_pictures_and_videos_only(client, path, capsys):
    """Object storage or a CDN (MEDIA_URL) serves the pictures and videos pages show."""
    with override_settings(MEDIA_URL="https://media.example.org/depesche/"):
        policy = csp(client.get(path))
        call_command("nginx_security_headers")
    assert policy["img-src"].endswith(" https://media.example.org")
    assert policy["media-src"].endswith(" https://media.example.org")
    others = [sources for name, sources in policy.items() if name not in ("img-src", "media-src")]
    assert not any("example.org" in sources for sources in others)
    assert "img-src 'self' https://media.example.org;" in capsys.readouterr().out
    assert "example.org" not in client.get(path)["Content-Security-Policy"]
