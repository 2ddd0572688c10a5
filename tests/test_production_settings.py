"""The production settings refuse unsafe values, leave the demo out, and Django's deploy
checks find nothing."""

import ast
import runpy
import subprocess

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.conftest import PROJECT_DIR
from tests.support import servers

GOOD_KEY = "k7#Qz2!pX9vL0mR4sT8wY1bN6cF3hJ5gD0aE2iU7oP9lK4jH8gF6dS3aZ1xC5vB7n"


@pytest.fixture
def production_env(monkeypatch):
    """The environment of a correct deployment; tests spoil one value each."""
    for name in ("DJANGO_DEBUG", "DEPESCHE_HTTPS_REDIRECT", "DEPESCHE_HSTS_PRELOAD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DJANGO_SECRET_KEY", GOOD_KEY)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "news.example.org, www.news.example.org")
    return monkeypatch


def production_settings():
    return runpy.run_module("depesche.settings.production")


def test_a_correct_deployment_gets_https_only_settings(production_env):
    settings = production_settings()
    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == ["news.example.org", "www.news.example.org"]
    assert settings["SECURE_SSL_REDIRECT"] and settings["SECURE_HSTS_SECONDS"] >= 31536000
    assert settings["SESSION_COOKIE_SECURE"] and settings["CSRF_COOKIE_SECURE"]


def test_machine_translation_is_off_unless_a_server_is_named(production_env):
    production_env.delenv("DEPESCHE_LIBRETRANSLATE_URL", raising=False)
    assert "DEPESCHE_MACHINE_TRANSLATION" not in production_settings()
    production_env.setenv("DEPESCHE_LIBRETRANSLATE_URL", "http://127.0.0.1:5000")
    production_env.setenv("DEPESCHE_LIBRETRANSLATE_API_KEY", "key-1")
    config = production_settings()["DEPESCHE_MACHINE_TRANSLATION"]
    assert config["BACKEND"] == "depesche.translations.machine.LibreTranslate"
    assert config["OPTIONS"] == {"url": "http://127.0.0.1:5000", "api_key": "key-1"}


def test_production_runs_without_the_demo_app(production_env):
    assert "depesche.demo" not in production_settings()["INSTALLED_APPS"]


def test_nothing_in_the_product_imports_the_demo():
    """Only the settings that install the demo app may name it."""
    allowed = {PROJECT_DIR / "depesche" / "settings" / name for name in ("dev.py", "test.py")}
    demo = PROJECT_DIR / "depesche" / "demo"
    importers = []
    for path in sorted((PROJECT_DIR / "depesche").rglob("*.py")):
        if path.is_relative_to(demo) or path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names = [node.value]  # an app label or a dotted path in a string
            if any(name == "depesche.demo" or name.startswith("depesche.demo.") for name in names):
                importers.append(str(path.relative_to(PROJECT_DIR)))
    assert importers == []


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DJANGO_SECRET_KEY", "", "Set the DJANGO_SECRET_KEY"),
        ("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production", "development"),
        ("DJANGO_SECRET_KEY", "django-insecure-" + GOOD_KEY, "development"),
        ("DJANGO_SECRET_KEY", "short-but-secret", "at least 50"),
        ("DJANGO_SECRET_KEY", "ab" * 40, "at least 50"),
        ("DJANGO_ALLOWED_HOSTS", "", "Set the DJANGO_ALLOWED_HOSTS"),
        ("DJANGO_ALLOWED_HOSTS", " , ", "List the site's host names"),
        ("DJANGO_ALLOWED_HOSTS", "*", "List the site's host names"),
        ("DJANGO_DEBUG", "on", "DEBUG stays off"),
        ("DJANGO_DEBUG", "maybe", "on or off"),
    ],
)
def test_unsafe_values_stop_the_start(production_env, name, value, message):
    production_env.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        production_settings()


def test_missing_secret_key_stops_the_start(production_env):
    production_env.delenv("DJANGO_SECRET_KEY")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        production_settings()


def test_deploy_checks_report_nothing(tmp_path):
    env = servers.production_env(tmp_path, DJANGO_SECRET_KEY=GOOD_KEY)
    env.pop("DEPESCHE_HTTPS_REDIRECT")
    result = subprocess.run(
        [*servers.MANAGE, "check", "--deploy", "--fail-level", "DEBUG"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
