"""The admin door: failed logins lock an address out and are logged; passwords are validated."""

import logging

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import reverse

from depesche.demo.accounts import DEMO_EDITOR

pytestmark = pytest.mark.django_db


def log_in(client, password, username=DEMO_EDITOR["username"], address="203.0.113.50"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_address_out_and_are_logged(caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger="axes"):
        failures = [log_in(client, f"wrong-{n}").status_code for n in range(3)]
    assert failures == [200, 200, 429]  # the form again, then the lockout page
    locked = log_in(client, DEMO_EDITOR["password"])
    assert locked.status_code == 429, "the right password does not open a locked door"
    assert "Zu viele fehlgeschlagene Anmeldungen" in locked.content.decode()
    assert "für 30 Minuten gesperrt" in locked.content.decode()  # the cool-off, in plural
    assert "Locking out" in caplog.text and "203.0.113.50" in caplog.text
    assert "wrong-" not in caplog.text
    assert AccessAttempt.objects.get(ip_address="203.0.113.50").failures_since_start == 4
    elsewhere = log_in(Client(), DEMO_EDITOR["password"], address="198.51.100.20")
    assert elsewhere.status_code == 302, "other addresses still get in"


@override_settings(AXES_FAILURE_LIMIT=3)
def test_guessing_many_user_names_from_one_address_is_locked_out_too():
    client = Client()
    statuses = [log_in(client, "secret", username=f"user{n}").status_code for n in range(4)]
    assert statuses[-1] == 429


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_spoofed_forwarded_address_does_not_escape_the_lockout():
    client = Client()
    statuses = [
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="203.0.113.60",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        ).status_code
        for n in range(4)
    ]
    assert statuses[-2:] == [429, 429]


@pytest.mark.parametrize(
    "password", ["short-pw1", "123456789012345", "password12345", "editor-editor-editor"]
)
def test_weak_passwords_are_refused(password, django_user_model):
    user = django_user_model(username="editor-editor", email="editor@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_unusual_password_passes(django_user_model):
    validate_password("Fähre-nach-Turkmenbaschi-7", django_user_model(username="someone"))


@override_settings(AXES_FAILURE_LIMIT=3)
def test_administrators_see_failed_logins_and_lift_a_lockout(admin_client):
    failures = [log_in(Client(), f"wrong-{n}", address="203.0.113.70") for n in range(3)]
    assert failures[-1].status_code == 429
    counters = admin_client.get(reverse("failed_login_counters:index"))
    page = counters.content.decode()
    assert "Sicherheit" in page and "Fehlgeschlagene Anmeldungen" in page  # the admin's German
    assert DEMO_EDITOR["username"] in page and "203.0.113.70" in page
    assert "wrong-" not in page
    failed = admin_client.get(reverse("failed_logins:index"), {"q": "113.70"}).content.decode()
    assert failed.count("203.0.113.70") == 3  # found by a part of the address
    elsewhere = admin_client.get(reverse("failed_logins:index"), {"q": "198.51"})
    assert "203.0.113.70" not in elsewhere.content.decode()
    attempt = AccessAttempt.objects.get(ip_address="203.0.113.70")
    for name in ("failed_login_counters:add", "failed_login_counters:edit"):
        args = [attempt.pk] if name.endswith("edit") else []
        assert admin_client.get(reverse(name, args=args)).status_code == 302  # not allowed
    lifted = admin_client.post(reverse("failed_login_counters:delete", args=[attempt.pk]))
    assert lifted.status_code == 302 and not AccessAttempt.objects.exists()
    assert log_in(Client(), DEMO_EDITOR["password"], address="203.0.113.70").status_code == 302
    logins = admin_client.get(reverse("logins:index")).content.decode()
    assert "203.0.113.70" in logins


def test_editors_see_no_login_records(editor_client):
    log_in(Client(), "wrong", address="203.0.113.71")
    assert editor_client.get(reverse("failed_login_counters:index")).status_code == 302
    assert editor_client.get(reverse("failed_logins:index")).status_code == 302
    assert editor_client.get(reverse("logins:index")).status_code == 302
    home = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("failed_login_counters:index") not in home and "Sicherheit" not in home


def test_a_group_given_the_view_permission_reads_but_cannot_lift(client, django_user_model):
    from django.contrib.auth.models import Group, Permission

    readers = Group.objects.create(name="Security readers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_failedlogincounter"),
    )
    user = django_user_model.objects.create_user("auditor", password="Prüfung-der-Tür-2026")
    user.groups.add(readers)
    client.force_login(user)
    log_in(Client(), "wrong", address="203.0.113.72")
    assert "203.0.113.72" in client.get(reverse("failed_login_counters:index")).content.decode()
    attempt = AccessAttempt.objects.get(ip_address="203.0.113.72")
    refused = client.post(reverse("failed_login_counters:delete", args=[attempt.pk]))
    assert refused.status_code == 302 and AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert client.get(reverse("logins:index")).status_code == 302
