"""The translation desk: records of translations, stale detection, the dashboard, the
side-by-side view, "mark as up to date" and machine translation through a test double."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib import messages as message_levels
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.rich_text import RichText

from depesche.news.models import StoryPage
from depesche.translations import desk
from depesche.translations.models import TranslationRecord
from depesche.translations.passages import Passage, compare
from tests.support.fake_translator import FakeTranslator
from tests.support.queries import count_queries

pytestmark = pytest.mark.django_db

DESK = reverse("translations_desk")


def published_story(section, title, paragraphs=("Erster Absatz.", "Zweiter Absatz.")):
    story = StoryPage(
        title=title,
        slug=slugify(title),
        lead="Ein Vorspann.",
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
        live=False,
    )
    section.add_child(instance=story)
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def translate(story, language_code):
    translation = story.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def change(story, **fields):
    draft = story.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    story.refresh_from_db()
    return story


def test_a_translation_is_recorded_up_to_date_with_its_source(section):
    story = published_story(section("de", "politik"), "Wahl in Baku")
    english = translate(story, "en")
    record = TranslationRecord.objects.get(page=english)
    assert record.source_id == story.pk
    assert record.source_revision_id == story.live_revision_id
    assert record.stale_since is None
    assert not TranslationRecord.objects.filter(page=story).exists()


def test_publishing_the_source_makes_its_translations_stale_until_marked(section, editor_client):
    story = published_story(section("de", "politik"), "Gipfel in Minsk")
    english, russian = translate(story, "en"), translate(story, "ru")
    change(english, lead="An English lead.")  # the translation's own changes are no change
    records = TranslationRecord.objects.filter(source=story)
    assert records.filter(stale_since__isnull=False).count() == 0
    change(story, lead="Ein neuer Vorspann.")
    stale = records.filter(stale_since__isnull=False)
    assert set(stale.values_list("page_id", flat=True)) == {english.pk, russian.pk}
    first_stale_since = TranslationRecord.objects.get(page=english).stale_since
    change(story, title="Gipfel in Minsk vertagt")  # stale since the first change
    assert TranslationRecord.objects.get(page=english).stale_since == first_stale_since

    response = editor_client.post(reverse("translations_mark_up_to_date", args=[english.pk]))
    assert response.status_code == 302
    record = TranslationRecord.objects.get(page=english)
    assert record.stale_since is None and record.source_revision_id == story.live_revision_id
    assert record.checked_by.username == "editor"
    assert TranslationRecord.objects.get(page=russian).stale_since == first_stale_since


def test_marking_up_to_date_takes_a_post_and_edit_rights(section, editor_client):
    story = published_story(section("de", "politik"), "Nur mit Rechten")
    english = translate(story, "en")
    change(story, lead="Geändert.")
    url = reverse("translations_mark_up_to_date", args=[english.pk])
    assert editor_client.get(url).status_code == 405
    reader = get_user_model().objects.create_user("reader", password="secret-reader-1")
    reader.user_permissions.add(*admin_access())
    reader_client = Client()
    reader_client.force_login(reader)
    refused = reader_client.post(url)  # Wagtail answers a refusal with a way back
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    assert TranslationRecord.objects.get(page=english).stale_since is not None
    not_a_translation = reverse("translations_mark_up_to_date", args=[story.pk])
    assert editor_client.post(not_a_translation).status_code == 404


def admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )


def test_the_desk_puts_the_longest_stale_first_and_lists_every_edition(section, editor_client):
    politics = section("de", "politik")
    older = published_story(politics, "Ältere Meldung")
    english = translate(older, "en")
    newest = published_story(politics, "Neueste Meldung")
    change(older, lead="Nachgetragen.")
    response = editor_client.get(DESK)
    assert response.status_code == 200
    urgent = [record.page_id for record, _edition in response.context["most_urgent"]]
    assert english.pk in urgent
    rows = response.context["object_list"]
    assert rows[0].pk == newest.pk  # the listing itself: newest first
    older_row = next(row for row in rows if row.pk == older.pk)
    states = {cell.edition.language_code: cell.state for cell in older_row.cells}
    assert states == {"de": desk.ORIGINAL, "en": desk.STALE, "ru": desk.MISSING, "az": desk.MISSING}
    html = response.content.decode()
    assert reverse("translations_compare", args=[english.pk]) in html
    assert [cell.state for cell in rows[0].cells][1:] == [desk.MISSING] * 3
    assert reverse("simple_translation:submit_page_translation", args=[newest.pk]) in html

    change(newest, lead="Neu.")  # stale after the older one: behind it
    translate(newest, "ru")
    change(newest, lead="Noch neuer.")
    stale_first = editor_client.get(DESK, {"state": "stale"}).context["object_list"]
    assert [row.pk for row in stale_first][:2] == [older.pk, newest.pk]


def test_the_desk_shows_who_is_working_on_a_draft(section, editor_client):
    story = published_story(section("de", "politik"), "In Arbeit")
    english = translate(story, "en")
    translator = get_user_model().objects.create_user("anna", first_name="Anna", last_name="K")
    draft = english.get_latest_revision_as_object()
    draft.lead = "Half translated"
    draft.save_revision(user=translator)
    row = next(r for r in editor_client.get(DESK).context["object_list"] if r.pk == story.pk)
    cell = row.cells[1]
    assert (cell.state, cell.worker) == (desk.IN_PROGRESS, "Anna K")


def test_the_desk_counts_per_edition(section, editor_client):
    before = {c.edition.language_code: c for c in editor_client.get(DESK).context["edition_counts"]}
    story = published_story(section("de", "politik"), "Gezählt")
    translate(story, "en")
    translate(story, "ru")
    change(story, lead="Anders.")
    after = {c.edition.language_code: c for c in editor_client.get(DESK).context["edition_counts"]}
    assert after["de"].originals == before["de"].originals + 1
    assert after["en"].translations == before["en"].translations + 1
    assert after["en"].stale == before["en"].stale + 1
    assert after["ru"].stale == before["ru"].stale + 1
    assert after["az"].stale == before["az"].stale


def test_the_desk_filters_by_state_edition_age_and_section(section, editor_client):
    politics, culture = section("de", "politik"), section("de", "kultur")
    stale_in_en = published_story(politics, "Veraltet englisch")
    translate(stale_in_en, "en")
    change(stale_in_en, lead="Neu.")
    up_to_date = published_story(culture, "Aktuell übersetzt")
    translate(up_to_date, "ru")

    def listed(**params):
        response = editor_client.get(DESK, params)
        assert response.status_code == 200
        return {story.pk for story in response.context["object_list"]}

    english = Locale.objects.get(language_code="en").pk
    russian = Locale.objects.get(language_code="ru").pk
    assert stale_in_en.pk in listed(state="stale", translated_into=english)
    assert stale_in_en.pk not in listed(state="stale", translated_into=russian)
    assert up_to_date.pk in listed(state="up_to_date", translated_into=russian)
    assert up_to_date.pk not in listed(state="stale")
    assert up_to_date.pk in listed(state="missing", translated_into=english)
    assert up_to_date.pk not in listed(state="missing", translated_into=russian)
    assert up_to_date.pk in listed(state="missing")  # az is missing
    assert listed(section=culture.pk) >= {up_to_date.pk}
    assert stale_in_en.pk not in listed(section=culture.pk)
    StoryPage.objects.filter(pk=up_to_date.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=40)
    )
    assert up_to_date.pk in listed(age="older")
    assert up_to_date.pk not in listed(age="week")
    assert stale_in_en.pk in listed(age="day")


def test_bad_filter_values_show_the_form_error_not_a_failure(editor_client):
    for params in (
        {"state": "<script>alert(1)</script>"},
        {"translated_into": "x"},
        {"age": "ever"},
        {"section": "999999"},
        {"p": "9999"},
    ):
        response = editor_client.get(DESK, params)
        assert response.status_code == 200, params
        assert "<script>alert(1)</script>" not in response.content.decode()
        if "p" not in params:
            assert response.context["filters"].errors, params


def test_a_publish_that_changes_no_words_keeps_translations_up_to_date(section):
    story = published_story(section("de", "politik"), "Ohne neue Worte")
    english = translate(story, "en")
    story.tags.add("Neu")  # a change, but not to what a translator translates
    story.save_revision().publish()
    story.refresh_from_db()
    record = TranslationRecord.objects.get(page=english)
    assert record.stale_since is None
    assert record.source_revision_id == story.live_revision_id


def test_a_deleted_source_hands_its_translations_to_the_next_oldest(section):
    story = published_story(section("de", "politik"), "Wird gelöscht")
    english, russian = translate(story, "en"), translate(story, "ru")
    story.delete()
    assert not TranslationRecord.objects.filter(page=english).exists()  # the new original
    record = TranslationRecord.objects.get(page=russian)
    assert record.source_id == english.pk and record.stale_since is None


def test_marking_up_to_date_follows_the_revision_compared_not_a_newer_one(section, editor_client):
    story = published_story(section("de", "politik"), "Zweimal geändert")
    english = translate(story, "en")
    change(story, lead="Erste Änderung.")
    compared = editor_client.get(reverse("translations_compare", args=[english.pk]))
    revision = compared.context["comparison"].source_revision_id
    change(story, lead="Zweite Änderung.")  # while the translator was comparing
    url = reverse("translations_mark_up_to_date", args=[english.pk])
    editor_client.post(url, {"revision": revision})
    record = TranslationRecord.objects.get(page=english)
    assert record.source_revision_id == revision and record.stale_since is not None
    editor_client.post(url, {"revision": story.live_revision_id})
    assert TranslationRecord.objects.get(page=english).stale_since is None


def test_the_desk_is_for_those_who_translate(section, editor_client):
    from django.contrib.auth.models import Group

    reader = get_user_model().objects.create_user("admin-reader", password="secret-reader-2")
    reader.user_permissions.add(*admin_access())
    reader_client = Client()
    reader_client.force_login(reader)
    assert reader_client.get(DESK).status_code == 302
    assert DESK not in reader_client.get(reverse("wagtailadmin_home")).content.decode()
    translator = get_user_model().objects.create_user("desk-translator", password="x-1234567")
    translator.groups.add(Group.objects.get(name="Translators"))
    reader_client.force_login(translator)
    assert reader_client.get(DESK).status_code == 200


def test_a_locked_translation_gets_no_machine_draft(section, editor_client, settings):
    settings.DEPESCHE_MACHINE_TRANSLATION = {
        "BACKEND": "tests.support.fake_translator.FakeTranslator"
    }
    story = published_story(section("de", "politik"), "Gesperrt")
    english = translate(story, "en")
    other = get_user_model().objects.create_user("locker", password="x-7654321")
    english.locked, english.locked_by = True, other
    english.save(update_fields=["locked", "locked_by"])
    revisions = english.revisions.count()
    url = reverse("translations_machine_translate", args=[english.pk])
    assert editor_client.post(url).status_code == 302
    assert english.revisions.count() == revisions


def test_the_desks_query_count_does_not_grow_with_the_stories(section, editor_client):
    politics = section("de", "politik")
    first = published_story(politics, "Zählung eins")
    translate(first, "en")
    few = count_queries(editor_client, DESK)
    for number in range(12):
        story = published_story(politics, f"Zählung mehr {number}")
        translate(story, "en")
        if number % 2:
            translate(story, "ru")
            change(story, lead=f"Anders {number}")
    assert count_queries(editor_client, DESK) == few


def test_side_by_side_marks_the_changed_passages(section, editor_client):
    story = published_story(section("de", "politik"), "Seite an Seite", ("Alt eins.", "Bleibt."))
    english = translate(story, "en")
    change(english, lead="An English lead.")
    draft = story.get_latest_revision_as_object()
    draft.body = [
        ("paragraph", RichText("<p>Neu eins.</p>")),
        ("paragraph", RichText("<p>Bleibt.</p>")),
        ("paragraph", RichText("<p>Ganz neu.</p>")),
    ]
    draft.save_revision().publish()
    response = editor_client.get(reverse("translations_compare", args=[english.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<del>Alt</del><ins>Neu</ins> eins." in html
    assert "<ins>Ganz neu.</ins>" in html
    assert "An English lead." in html
    comparison = response.context["comparison"]
    assert comparison.changed == 2
    assert [row.source.changed for row in comparison.rows] == [False, False, True, False, True]


def test_the_editor_of_a_translation_has_a_source_tab(section, editor_client):
    story = published_story(section("de", "politik"), "Mit Vorlage")
    english = translate(story, "en")
    edit_translation = editor_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert "translation-source-panel" in edit_translation.content.decode()
    edit_source = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert "translation-source-panel" not in edit_source.content.decode()


def test_comparing_passages_keeps_unmoved_ones_unmarked():
    before = [Passage("H", "Titel"), Passage("P", "Eins."), Passage("P", "Zwei.")]
    after = [
        Passage("H", "Titel"),
        Passage("P", "Neu."),
        Passage("P", "Eins."),
        Passage("P", "Zwei."),
    ]
    assert [p.changed for p in compare(before, after)] == [False, True, False, False]
    removed = compare(before, [Passage("H", "Titel"), Passage("P", "Zwei.")])
    assert [(p.changed, p.removed) for p in removed] == [
        (False, False),
        (True, True),
        (False, False),
    ]
    assert (
        str(compare([Passage("P", "<b>")], [Passage("P", "<i>")])[0].html)
        == "<del>&lt;b&gt;</del><ins>&lt;i&gt;</ins>"
    )


def test_without_a_backend_there_is_no_machine_translation(section, editor_client):
    story = published_story(section("de", "politik"), "Ohne Maschine")
    english = translate(story, "en")
    page = editor_client.get(reverse("translations_compare", args=[english.pk])).content.decode()
    assert reverse("translations_machine_translate", args=[english.pk]) not in page
    url = reverse("translations_machine_translate", args=[english.pk])
    revisions = english.revisions.count()
    assert editor_client.post(url).status_code == 404
    assert english.revisions.count() == revisions


def test_a_machine_translation_becomes_a_draft_not_a_publication(section, editor_client, settings):
    settings.DEPESCHE_MACHINE_TRANSLATION = {
        "BACKEND": "tests.support.fake_translator.FakeTranslator"
    }
    FakeTranslator.calls.clear()
    story = published_story(section("de", "politik"), "Maschinell", ("Ein <b>fetter</b> Satz.",))
    english = translate(story, "en")
    compare_page = editor_client.get(reverse("translations_compare", args=[english.pk]))
    url = reverse("translations_machine_translate", args=[english.pk])
    assert url in compare_page.content.decode()
    assert editor_client.post(url).status_code == 302
    english.refresh_from_db()
    assert english.title == "Maschinell" and english.has_unpublished_changes
    draft = english.get_latest_revision_as_object()
    assert draft.title == "[en] Maschinell" and draft.lead == "[en] Ein Vorspann."
    assert draft.body[0].value.source == "[en] <p>Ein <b>fetter</b> Satz.</p>"
    assert [(call["source"], call["target"], call["html"]) for call in FakeTranslator.calls] == [
        ("de", "en", False),
        ("de", "en", True),
    ]


def test_a_failing_machine_leaves_the_translation_untouched(section, editor_client, settings):
    settings.DEPESCHE_MACHINE_TRANSLATION = {
        "BACKEND": "depesche.translations.machine.LibreTranslate",
        "OPTIONS": {"url": "http://127.0.0.1:9/", "timeout": 2},
    }
    story = published_story(section("de", "politik"), "Maschine fällt aus")
    english = translate(story, "en")
    revisions = english.revisions.count()
    url = reverse("translations_machine_translate", args=[english.pk])
    response = editor_client.post(url, follow=True)
    assert response.status_code == 200
    errors = [m for m in response.context["messages"] if m.level == message_levels.ERROR]
    assert len(errors) == 1
    assert english.revisions.count() == revisions


def test_the_demos_translations_are_recorded_and_up_to_date(db):
    translated = StoryPage.objects.filter(translation_record__isnull=False)
    assert translated.count() > 10
    originals_with_siblings = {
        story.translation_key for story in StoryPage.objects.filter(translation_record__isnull=True)
    }
    assert set(translated.values_list("translation_key", flat=True)) <= originals_with_siblings
    assert not TranslationRecord.objects.filter(stale_since__isnull=False).exists()


def test_upgrading_records_the_translations_made_before(db):
    migration = importlib.import_module(
        "depesche.translations.migrations.0002_records_of_existing_translations"
    )
    expected = set(TranslationRecord.objects.values_list("page_id", "source_id"))
    TranslationRecord.objects.all().delete()
    migration.record_existing_translations(django_apps, None)
    assert set(TranslationRecord.objects.values_list("page_id", "source_id")) == expected


def test_a_machines_markup_never_reaches_a_paragraph(section, editor_client, settings):
    settings.DEPESCHE_MACHINE_TRANSLATION = {
        "BACKEND": "tests.support.fake_translator.HostileTranslator"
    }
    story = published_story(
        section("de", "politik"), "Feindlich", ('Ein <a href="https://example.org/">Link</a>.',)
    )
    english = translate(story, "en")
    url = reverse("translations_machine_translate", args=[english.pk])
    assert editor_client.post(url).status_code == 302
    paragraph = english.get_latest_revision_as_object().body[0].value.source
    assert "<script" not in paragraph and "onerror" not in paragraph and "<img" not in paragraph
    assert '<a href="https://example.org/">Link</a>' in paragraph
