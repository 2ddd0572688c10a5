"""Editors publish only in their edition or section; translators translate but never publish."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, WorkflowPage

from depesche.news.models import EditionHomePage, StoryPage
from depesche.translations import desk
from tests.factories import add_stories
from tests.test_newsroom_admin import add_url, story_form

pytestmark = pytest.mark.django_db
PASSWORD = "Redaktion-im-Ostflügel-42"


@pytest.fixture
def member(db):
    def make(group_name):
        username = "user-" + group_name.replace(" ", "-").replace("/", "-")
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def stories(section):
    """One story in each of three places: de/politik, de/wirtschaft and en/politics."""
    return {
        place: add_stories(section(*place.split("/")), 1, title=f"Story in {place}")[0]
        for place in ("de/politik", "de/wirtschaft", "en/politics")
    }


def can(user, page):
    permissions = page.permissions_for_user(user)
    return {"edit": permissions.can_edit(), "publish": permissions.can_publish()}


def test_a_section_editor_publishes_in_the_section_only(member, stories, client):
    user = member("Section editors de/politik")
    assert can(user, stories["de/politik"]) == {"edit": True, "publish": True}
    assert can(user, stories["de/wirtschaft"]) == {"edit": False, "publish": False}
    assert can(user, stories["en/politics"]) == {"edit": False, "publish": False}
    client.force_login(user)
    assert client.get(f"/admin/pages/{stories['de/politik'].pk}/edit/").status_code == 200
    refused = client.post(f"/admin/pages/{stories['de/wirtschaft'].pk}/unpublish/", follow=False)
    assert refused.status_code in (302, 403)
    assert StoryPage.objects.get(pk=stories["de/wirtschaft"].pk).live
    assert client.get(f"/admin/pages/{stories['en/politics'].pk}/edit/").status_code in (
        302,
        403,
    )


def test_a_section_editor_cannot_publish_a_new_story_elsewhere(member, section, client):
    client.force_login(member("Section editors de/politik"))
    own = client.post(
        add_url(section("de", "politik")), story_form("Eigene", action="action-publish")
    )
    assert own.status_code == 302 and StoryPage.objects.get(title="Eigene").live
    for place in (("de", "wirtschaft"), ("en", "politics")):
        other = client.post(add_url(section(*place)), story_form("Fremde", action="action-publish"))
        assert other.status_code in (302, 403)
        assert not StoryPage.objects.filter(title="Fremde").exists()


def test_an_edition_editor_publishes_anywhere_in_the_edition_only(member, stories):
    user = member("Editors de")
    assert can(user, stories["de/politik"])["publish"]
    assert can(user, stories["de/wirtschaft"])["publish"]
    assert can(user, stories["en/politics"]) == {"edit": False, "publish": False}


def test_translators_translate_and_edit_but_never_publish(member, stories, client):
    user = member("Translators")
    for story in stories.values():
        assert can(user, story) == {"edit": True, "publish": False}
    client.force_login(user)
    source = stories["de/politik"]
    answer = client.post(
        f"/admin/translation/submit/page/{source.pk}/",
        {"locales": [Locale.objects.get(language_code="az").pk]},
    )
    assert answer.status_code == 302
    translation = source.get_translation(Locale.objects.get(language_code="az"))
    assert not translation.live
    assert can(user, translation) == {"edit": True, "publish": False}


def test_the_groups_command_can_run_again(capsys):
    call_command("newsroom_groups")
    first = capsys.readouterr().out.splitlines()
    call_command("newsroom_groups")
    assert capsys.readouterr().out.splitlines() == first
    assert "Section editors ru/politika" in first and "Translators" in first
    assert len(first) == 4 + 4 * 6 + 1


def test_each_edition_has_a_review_workflow_named_in_its_language(db):
    names = {
        page.locale.language_code: WorkflowPage.objects.get(page=page).workflow.name
        for page in EditionHomePage.objects.select_related("locale")
    }
    assert names == {
        "de": "Übersetzungsprüfung",
        "en": "Translation review",
        "ru": "Проверка перевода",
        "az": "Tərcümə yoxlanışı",
    }


def test_translators_submit_for_review_and_the_editions_editors_publish(member, stories, client):
    translator = member("Translators")
    german_editor, english_editor = member("Editors de"), member("Editors en")
    source = stories["en/politics"]
    translation = source.copy_for_translation(Locale.objects.get(language_code="de"))
    client.force_login(translator)
    editor_page = client.get(f"/admin/pages/{translation.pk}/edit/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Zur Übersetzungsprüfung einreichen" in editor_page.content.decode()
    assert "action-publish" not in editor_page.content.decode()

    translation.get_workflow().start(translation, translator)
    translation.refresh_from_db()
    desk_row = next(
        story for story in desk.add_cells([StoryPage.objects.get(pk=source.pk)], desk.editions())
    )
    assert (
        next(c for c in desk_row.cells if c.edition.language_code == "de").state == desk.IN_REVIEW
    )

    task_state = translation.current_workflow_state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(translation, english_editor) == []
    assert "approve" in [action[0] for action in task.get_actions(translation, german_editor)]
    task_state.approve(user=german_editor)
    translation.refresh_from_db()
    assert translation.live
