"""A stock Wagtail site for comparison: `wagtail start`, one page with the same story text.

Generated into a temporary folder at benchmark time from the installed Wagtail's own
project template; nothing of it is kept in the repository.
"""

import subprocess
import sys
from pathlib import Path

MODELS = """
from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    date = models.DateField(null=True, blank=True)
    body = RichTextField(blank=True)
"""
TEMPLATE = """{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block content %}
<article>
  <h1>{{ page.title }}</h1>
  <p><time>{{ page.date }}</time></p>
  {{ page.body|richtext }}
</article>
{% endblock %}
"""
LOCAL_SETTINGS = """
SECRET_KEY = "stock-wagtail-benchmark-only"
ALLOWED_HOSTS = ["*"]
"""
CONTENT = """
import datetime
from home.models import HomePage
page = HomePage.objects.first()
page.title = {title!r}
page.date = datetime.date(2021, 5, 19)
page.body = {body!r}
page.save_revision().publish()
print(page.url)
"""


def create(directory, title, paragraphs):
    """Create, migrate and fill a stock Wagtail project; returns its folder and settings."""
    directory = Path(directory)
    directory.mkdir(parents=True)
    wagtail = str(Path(sys.executable).parent / "wagtail")
    subprocess.run([wagtail, "start", "stockref", str(directory)], check=True)
    (directory / "home" / "models.py").write_text(MODELS)
    (directory / "home" / "templates" / "home" / "home_page.html").write_text(TEMPLATE)
    (directory / "stockref" / "settings" / "local.py").write_text(LOCAL_SETTINGS)
    manage = [sys.executable, str(directory / "manage.py")]
    env_settings = ["--settings", "stockref.settings.production"]
    quiet = {"check": True, "cwd": directory, "stdout": subprocess.DEVNULL}
    subprocess.run([*manage, "makemigrations", "home", *env_settings], **quiet)
    subprocess.run([*manage, "migrate", "--no-input", *env_settings], **quiet)
    subprocess.run([*manage, "collectstatic", "--no-input", *env_settings], **quiet)
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    code = CONTENT.format(title=title, body=body)
    subprocess.run([*manage, "shell", "-c", code, *env_settings], **quiet)
    return directory, "stockref.settings.production"
