"""A stock Wagtail site for comparison: `wagtail start`, with the same story page built the
plain Wagtail way.

The page shows what Depesche's story page shows, written as the Wagtail tutorial teaches:
section navigation from the menu pages, the section link, headline, date, lead, rich-text
body, source, tags and a ticker of the twelve newest stories (no edition switcher: a stock
site has one language). Sections and stories are plain pages under the home page. Generated
into a temporary folder at benchmark time from the installed Wagtail's own project
template; nothing of it is kept in the repository. With `with_api`, Wagtail's API v2 is on
at /api/v2/ with its pages endpoint, set up as Wagtail's documentation shows.
"""

import subprocess
import sys
from pathlib import Path

MODELS = """
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    pass


class SectionPage(Page):
    pass


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("StoryPage", related_name="tagged_items", on_delete=models.CASCADE)


class StoryPage(Page):
    date = models.DateTimeField(null=True, blank=True)
    lead = models.TextField(blank=True)
    body = RichTextField(blank=True)
    source = models.CharField(max_length=255, blank=True)
    tags = ClusterTaggableManager(through=StoryTag, blank=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = StoryPage.objects.live().order_by("-first_published_at")[:12]
        return context
"""
TEMPLATE = """{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block content %}
<nav>
  <ul>
    {% for item in page.get_site.root_page.get_children.live.in_menu %}
    <li><a href="{% pageurl item %}">{{ item.title }}</a></li>
    {% endfor %}
  </ul>
</nav>
<main>
  <article>
    <p><a href="{% pageurl page.get_parent %}">{{ page.get_parent.title }}</a></p>
    <h1>{{ page.title }}</h1>
    <p><time>{{ page.date }}</time></p>
    <p>{{ page.lead }}</p>
    {{ page.body|richtext }}
    <p>{{ page.source }}</p>
    <ul>{% for tag in page.tags.all %}<li>{{ tag.name }}</li>{% endfor %}</ul>
  </article>
</main>
<aside>
  <ol>
    {% for story in latest %}
    <li>
      <time>{{ story.first_published_at|time:"H:i" }}</time>
      <a href="{% pageurl story %}">{{ story.title }}</a>
    </li>
    {% endfor %}
  </ol>
</aside>
{% endblock %}
"""
LOCAL_SETTINGS = """
SECRET_KEY = "stock-wagtail-benchmark-only"
ALLOWED_HOSTS = ["*"]
"""
API_SETTINGS = """
from .base import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2", "rest_framework"]
"""
API_ROUTER = """
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
"""
API_URLS = """
from .api import api_router

urlpatterns.insert(0, path("api/v2/", api_router.urls))
"""
CONTENT = """
import datetime
from django.utils import timezone
from home.models import HomePage, SectionPage, StoryPage
home = HomePage.objects.first()
sections = [
    home.add_child(instance=SectionPage(title=name, slug=name.lower(), show_in_menus=True))
    for name in ("Politik", "Wirtschaft", "Gesellschaft", "Kultur", "Sport", "Welt")
]
for number in range({stories}):
    sections[number % len(sections)].add_child(instance=StoryPage(
        title=f"Story {{number}}", slug=f"story-{{number}}", lead="A lead sentence.",
        body="<p>A paragraph.</p>", date=timezone.now(),
        first_published_at=timezone.now() - datetime.timedelta(minutes=number + 1),
    ))
story = sections[0].add_child(instance=StoryPage(
    title={title!r}, slug="the-story", date=timezone.now(), lead={lead!r}, body={body!r},
    source={source!r},
))
story.tags.add(*{tags!r})
story.save_revision().publish()
print(story.url)
"""


def create(directory, story, stories=300, with_api=False):
    """Create, migrate and fill a stock Wagtail project (with Wagtail's API v2 if `with_api`).

    `story` holds the headline, lead, paragraphs, source and tags of the page to copy.
    Returns the project's folder, its settings module and the story's path.
    """
    directory = Path(directory)
    directory.mkdir(parents=True)
    wagtail = str(Path(sys.executable).parent / "wagtail")
    subprocess.run([wagtail, "start", "stockref", str(directory)], check=True)
    (directory / "home" / "models.py").write_text(MODELS)
    (directory / "home" / "templates" / "home" / "story_page.html").write_text(TEMPLATE)
    (directory / "stockref" / "settings" / "local.py").write_text(
        LOCAL_SETTINGS + (API_SETTINGS if with_api else "")
    )
    if with_api:
        (directory / "stockref" / "api.py").write_text(API_ROUTER)
        with (directory / "stockref" / "urls.py").open("a") as urls:
            urls.write(API_URLS)
    manage = [sys.executable, str(directory / "manage.py")]
    env_settings = ["--settings", "stockref.settings.production"]
    quiet = {"check": True, "cwd": directory, "stdout": subprocess.DEVNULL}
    subprocess.run([*manage, "makemigrations", "home", *env_settings], **quiet)
    subprocess.run([*manage, "migrate", "--no-input", *env_settings], **quiet)
    subprocess.run([*manage, "collectstatic", "--no-input", *env_settings], **quiet)
    code = CONTENT.format(
        stories=stories,
        title=story["headline"],
        lead=story["lead"],
        body="".join(f"<p>{text}</p>" for text in story["paragraphs"]),
        source=story["source"],
        tags=story["tags"],
    )
    result = subprocess.run(
        [*manage, "shell", "-c", code, *env_settings],
        check=True,
        cwd=directory,
        capture_output=True,
        text=True,
    )
    return directory, "stockref.settings.production", result.stdout.strip().splitlines()[-1]
