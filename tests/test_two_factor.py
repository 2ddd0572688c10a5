"""Optional two-factor login: turning it on and off, and the code asked after the password."""

import base64
import io
import logging
import re
from urllib.parse import urlencode

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from depesche.core import generation
from depesche.demo.accounts import DEMO_EDITOR
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/"
VERIFY = "/admin/two-factor/verify/"


def code(device):
    """The code the editor's app shows now (time_machine moves "now" in these tests)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def setup_form(device, password=DEMO_EDITOR["password"]):
    return {"password": password, "code": code(device)}


def password_login(client):
    """A new login with the password only (the client's earlier session ends)."""
    client.logout()
    assert client.login(username=DEMO_EDITOR["username"], password=DEMO_EDITOR["password"])


def turned_on(client):
    """Two-factor login switched on through the setup page; returns the device."""
    assert client.get(SETUP).status_code == 200  # the app is offered a new key
    device = TOTPDevice.objects.get(user__username=DEMO_EDITOR["username"])
    assert client.post(SETUP, setup_form(device)).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_without_it_the_admin_opens_after_the_password(editor_client):
    assert editor_client.get("/admin/").status_code == 200


def test_the_setup_page_shows_a_qr_code_and_the_key(editor_client):
    page = editor_client.get(SETUP)
    assert page.status_code == 200
    html = page.content.decode()
    device = TOTPDevice.objects.get(confirmed=False)
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", html)[1]
    letters = key.replace(" ", "")
    assert base64.b32decode(letters + "=" * (-len(letters) % 8)) == device.bin_key
    assert f"secret={key.replace(' ', '')}" in device.config_url
    assert "<svg" in html and 'role="img"' in html
    assert "issuer=Depesche" in device.config_url


def test_a_wrong_code_does_not_turn_it_on(editor_client):
    editor_client.get(SETUP)
    device = TOTPDevice.objects.get()
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    password = DEMO_EDITOR["password"]
    answer = editor_client.post(SETUP, {"password": password, "code": wrong})
    assert answer.status_code == 200 and answer.context["form"].errors["code"]
    answer = editor_client.post(SETUP, {"password": password, "code": "12ab56"})
    assert answer.context["form"].errors["code"]
    device.refresh_from_db()
    assert not device.confirmed


def test_it_takes_the_password_to_turn_it_on(editor_client):
    editor_client.get(SETUP)
    device = TOTPDevice.objects.get()
    answer = editor_client.post(SETUP, setup_form(device, password="not-the-password"))
    assert answer.context["form"].errors["password"]
    device.refresh_from_db()
    assert not device.confirmed
    assert device.throttling_failure_count == 0, "no code is spent on a wrong password"


def test_reloading_the_setup_page_keeps_one_key(editor_client):
    editor_client.get(SETUP)
    editor_client.get(SETUP)
    assert TOTPDevice.objects.count() == 1


def test_once_on_every_admin_page_waits_for_the_code(editor_client, caplog):
    client = editor_client
    device = turned_on(client)
    assert client.get("/admin/").status_code == 200, "the session that turned it on"
    password_login(client)
    for path in ("/admin/", "/admin/pages/", "/admin/two-factor/"):
        answer = client.get(path)
        assert answer.status_code == 302
        assert answer["Location"].startswith(f"{VERIFY}?next=")
    assert client.post("/admin/pages/search/", {"q": "x"}).status_code == 403
    for loaded_by_the_code_page in ("/admin/sprite/", "/admin/jsi18n/"):
        assert client.get(loaded_by_the_code_page).status_code == 200
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=60), tick=False):
        with caplog.at_level(logging.WARNING, logger="depesche.security.two_factor"):
            wrong = client.post(f"{VERIFY}?next=/admin/pages/", {"code": "000000"})
        assert wrong.status_code == 200 and "Wrong two-factor code" in caplog.text
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=120), tick=False):
        right = client.post(f"{VERIFY}?next=/admin/pages/", {"code": code(device)})
        assert right.status_code == 302 and right["Location"] == "/admin/pages/"
        assert client.get("/admin/").status_code == 200


def test_a_code_is_refused_right_after_wrong_ones_and_never_twice(editor_client):
    client = editor_client
    device = turned_on(client)
    password_login(client)
    later = timezone.now() + timezone.timedelta(seconds=90)
    with time_machine.travel(later, tick=False):
        for _attempt in range(3):
            client.post(VERIFY, {"code": "000000"})
        refused = client.post(VERIFY, {"code": code(device)})
        assert refused.status_code == 200, "throttled after wrong codes"
        assert refused.context["form"].errors["code"] == [
            str(gettext("Too many wrong codes in a row. Wait a moment and try again."))
        ]
        assert client.get("/admin/").status_code == 302
    with time_machine.travel(later + timezone.timedelta(minutes=10), tick=False):
        fresh = code(device)
        assert client.post(VERIFY, {"code": fresh}).status_code == 302
        other = get_user_model().objects.get(username=DEMO_EDITOR["username"])
        device = TOTPDevice.objects.get(user=other)
        assert not device.verify_token(fresh), "a code is good once"


@pytest.mark.parametrize(
    "elsewhere", ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:x"]
)
def test_the_next_address_stays_on_this_site(editor_client, elsewhere):
    client = editor_client
    device = turned_on(client)
    password_login(client)
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=60), tick=False):
        query = urlencode({"next": elsewhere})
        answer = client.post(f"{VERIFY}?{query}", {"code": code(device)})
    assert answer.status_code == 302 and answer["Location"] == "/admin/"


def test_without_the_code_the_public_site_sees_no_login(editor_client, section):
    story = StoryPageFactory(parent=section("de", "politik"), title="Nur für Angemeldete")
    PageViewRestriction.objects.create(page=story, restriction_type="login")
    generation.bump()
    client = editor_client
    device = turned_on(client)
    assert client.get(story.url).status_code == 200, "the session that gave a code"
    password_login(client)
    answer = client.get(story.url)
    assert answer.status_code == 302, "treated as logged out: sent to log in"
    login = client.get(answer["Location"])
    assert login["Location"] == f"{VERIFY}?{urlencode({'next': story.url})}"
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=60), tick=False):
        back = client.post(login["Location"], {"code": code(device)})
        assert back["Location"] == story.url
        assert client.get(story.url).status_code == 200


def test_an_administrator_can_turn_it_off_for_an_editor_who_lost_the_app(editor_client):
    turned_on(editor_client)
    output = io.StringIO()
    call_command("two_factor_reset", DEMO_EDITOR["username"], stdout=output)
    assert not TOTPDevice.objects.exists()
    password_login(editor_client)
    assert editor_client.get("/admin/").status_code == 200
    with pytest.raises(CommandError):
        call_command("two_factor_reset", "nobody")


def test_it_is_turned_off_with_a_code(editor_client):
    device = turned_on(editor_client)
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=60), tick=False):
        assert editor_client.post(SETUP, setup_form(device)).status_code == 302
    assert not TOTPDevice.objects.exists()
    assert editor_client.get("/admin/").status_code == 200


def test_the_account_page_links_to_it(editor_client):
    assert SETUP in editor_client.get("/admin/account/").content.decode()
