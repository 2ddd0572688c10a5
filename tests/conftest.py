"""Shared test data: the demo editions, the seed story and a small corpus, loaded once."""

from pathlib import Path

import pytest
from django.core.management import call_command

from depesche.demo.accounts import DEMO_EDITOR
from depesche.news.models import EditionHomePage, SectionPage, StoryPage

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_DIR.parent / "shared"
SEED_FILE = SHARED_DIR / "seed" / "000_ecb35db44e9d4b8d.txt"
CORPUS_PER_EDITION = 14


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site as `make demo` builds it, with a smaller corpus."""
    with django_db_blocker.unblock():
        call_command("load_demo", stories_per_edition=CORPUS_PER_EDITION, verbosity=0)


@pytest.fixture
def seed_story(db):
    return StoryPage.objects.get(locale__language_code="de", external_id__startswith="seed:")


@pytest.fixture
def edition_home(db):
    def home(language_code):
        return EditionHomePage.objects.get(locale__language_code=language_code)

    return home


@pytest.fixture
def section(db):
    def find(language_code, slug):
        return SectionPage.objects.get(locale__language_code=language_code, slug=slug)

    return find


@pytest.fixture
def editor_client(client):
    """A test client logged in as the demo editor."""
    assert client.login(username=DEMO_EDITOR["username"], password=DEMO_EDITOR["password"])
    return client


@pytest.fixture
def root(db):
    """scheme://host:port of the demo site, which every absolute URL starts with."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_url


@pytest.fixture(autouse=True)
def fresh_process_memory():
    """Each test starts without what an earlier one left in the per-process memo.

    The default cache goes too: Wagtail keeps renditions there by image id, and ids come
    round again after a test's transaction is rolled back.
    """
    from django.core.cache import caches

    from depesche.core.memo import forget_all

    forget_all()
    caches["default"].clear()


@pytest.fixture
def without_demo_top_stories(db):
    """No story is a top story (the demo marks its newest stories as top stories)."""
    StoryPage.objects.update(top_story=False)


@pytest.fixture
def without_demo_reads(db):
    """No reads counted yet (the demo seeds read counts for its stories)."""
    from depesche.reads.models import ReadBucket

    ReadBucket.objects.all().delete()
