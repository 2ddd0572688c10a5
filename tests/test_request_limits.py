"""Request bodies are refused early when they are too large or of unknown length."""

import pytest

pytestmark = pytest.mark.django_db


def test_large_and_unsized_bodies_are_refused_on_public_paths(client):
    large = client.post("/de/", data="x" * 70_000, content_type="text/plain")
    assert large.status_code == 413
    unsized = client.post("/de/politik/", HTTP_TRANSFER_ENCODING="chunked")
    assert unsized.status_code == 411
    broken = client.post("/de/", CONTENT_LENGTH="many")
    assert broken.status_code == 400


def test_the_admin_takes_larger_bodies(client):
    upload = client.post("/admin/login/", data={"username": "x" * 100_000, "password": "y"})
    assert upload.status_code == 200  # the login form, with its error: not refused for size
    assert client.post("/admin/login/", CONTENT_LENGTH=str(101 * 1024 * 1024)).status_code == 413
