"""A tag whose name has no letter or digit still gets a slug and a page readers can open."""

import pytest

from tests.factories import add_stories

pytestmark = pytest.mark.django_db


def test_punctuation_only_tags_get_pages(client, section):
    [story] = add_stories(section("de", "politik"), 1, title="Zeichen")
    story.tags.add(",", "<!--", "---")
    story.save_revision().publish()
    slugs = sorted(story.tags.values_list("slug", flat=True))
    assert all(slugs) and len(set(slugs)) == 3
    for slug in slugs:
        response = client.get(f"/de/tags/{slug}/")
        assert response.status_code == 200, slug
        assert "Zeichen" in response.content.decode()
