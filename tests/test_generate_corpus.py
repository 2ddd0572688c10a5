"""The bulk corpus generator keeps the page tree sound and its stories readable."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from depesche.news.models import StoryPage

pytestmark = pytest.mark.django_db


def test_bulk_stories_are_live_in_a_sound_tree(client, capsys):
    before = StoryPage.objects.count()
    call_command("generate_corpus", stories=300, seed=5)
    assert "300" in capsys.readouterr().out
    assert StoryPage.objects.count() == before + 300
    assert all(not problems for problems in Page.find_problems())
    bulk = StoryPage.objects.filter(external_id__startswith="bulk:")
    assert bulk.values("locale").distinct().count() == 4
    assert {story.kind for story in bulk} == {"text", "video", "photo"}
    story = bulk.order_by("-first_published_at").first()
    response = client.get(story.url)
    assert response.status_code == 200
    assert story.title in response.content.decode()
    assert story.tags.count() == 2
    section = story.get_parent()
    assert section.numchild == section.get_children().count()
