"""Editors search pages in the admin with the same story index as readers."""

import pytest

from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def admin_search(editor_client, query):
    response = editor_client.get("/admin/pages/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_the_admin_finds_a_story_by_an_inflected_form(editor_client, section):
    StoryPageFactory(parent=section("de", "politik"), title="Quorvelts Verteidigungsministerium")
    page = admin_search(editor_client, "Ministerien Quorvelt")
    assert "Quorvelts Verteidigungsministerium" in page


def test_the_admin_finds_drafts_and_in_every_edition(editor_client, section):
    StoryPageFactory(parent=section("ru", "politika"), title="Министр Кворвелта", live=False)
    page = admin_search(editor_client, "министра кворвелта")
    assert "Министр Кворвелта" in page


def test_the_admin_still_finds_other_pages_by_the_title_being_typed(editor_client):
    page = admin_search(editor_client, "Politi")
    assert "Politik" in page


def test_the_pages_api_searches_the_story_index(client, section):
    StoryPageFactory(parent=section("en", "politics"), title="Quorvelt ferries resume")
    response = client.get("/api/v2/pages/", {"search": "ferry quorvelt", "type": "news.StoryPage"})
    assert [item["title"] for item in response.json()["items"]] == ["Quorvelt ferries resume"]


def test_the_admin_finds_a_story_by_the_word_being_typed(editor_client, section):
    StoryPageFactory(parent=section("de", "politik"), title="Quorveltische Zollgespräche")
    assert "Quorveltische Zollgespräche" in admin_search(editor_client, "Quorvelti")
