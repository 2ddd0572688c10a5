"""The Imports screen: an editor starts an import from a file and reads its report."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from lxml import html

from depesche.importers.models import ImportRun
from depesche.news.models import StoryPage

pytestmark = pytest.mark.django_db

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_blog_url>https://old.example</wp:base_blog_url>
<item><title>Harbour reopens</title><link>https://old.example/harbour/</link>
<content:encoded><![CDATA[The harbour is open again.]]></content:encoded>
<wp:post_id>3</wp:post_id><wp:post_date_gmt>2024-03-01 08:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>About us</title><wp:post_id>4</wp:post_id><wp:status>publish</wp:status>
<wp:post_type>page</wp:post_type></item>
</channel></rss>
"""


def start_import(client, section, content, name="export.xml"):
    return client.post(
        reverse("import_runs:add"),
        {
            "source_file": SimpleUploadedFile(name, content.encode(), "text/xml"),
            "source_format": "wxr",
            "section": section.pk,
        },
    )


def test_an_editor_imports_a_wordpress_file_and_reads_the_report(editor_client, section):
    politics = section("de", "politik")
    form = editor_client.get(reverse("import_runs:add"))
    assert form.status_code == 200
    response = start_import(editor_client, politics, EXPORT)
    run = ImportRun.objects.latest("pk")
    assert response.status_code == 302
    assert response["Location"] == reverse("import_runs:inspect", args=[run.pk])
    assert (run.created_count, run.skipped_count, run.failed_count) == (1, 1, 0)
    assert run.source == "export.xml" and run.edition == "de"
    assert run.started_by.username == "editor"
    story = StoryPage.objects.get(external_id="wxr:old.example:3")
    assert story.live and story.get_parent().pk == politics.pk
    report = html.fromstring(editor_client.get(response["Location"]).content)
    rows = [row.text_content() for row in report.cssselect("table.listing tbody tr")]
    assert any("About us" in row for row in rows)
    assert any("Harbour reopens" in row for row in rows)
    listing = editor_client.get(reverse("import_runs:index")).content.decode()
    assert "export.xml" in listing


def test_a_broken_file_is_recorded_with_its_problem_and_changes_nothing(editor_client, section):
    before = StoryPage.objects.count()
    start_import(editor_client, section("de", "sport"), "<rss><channel>", name="broken.xml")
    run = ImportRun.objects.latest("pk")
    assert run.problem
    assert StoryPage.objects.count() == before
    page = editor_client.get(reverse("import_runs:inspect", args=[run.pk])).content.decode()
    assert run.problem.split(" (")[0][:30] in html.fromstring(page).text_content()


def test_editors_cannot_change_or_delete_a_record(editor_client, section):
    start_import(editor_client, section("de", "politik"), EXPORT)
    run = ImportRun.objects.latest("pk")
    for name in ("import_runs:edit", "import_runs:delete"):
        response = editor_client.get(reverse(name, args=[run.pk]))
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert "/admin/" in response["Location"] and "edit" not in response["Location"]
    assert ImportRun.objects.filter(pk=run.pk).exists()


def test_the_command_keeps_a_record_too(tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(EXPORT, encoding="utf-8")
    call_command(
        "import_stories", str(export), format="wxr", edition="en", no_images=True,
        stdout=io.StringIO(), stderr=io.StringIO(),
    )  # fmt: skip
    run = ImportRun.objects.latest("pk")
    assert (run.source_format, run.edition, run.created_count) == ("wxr", "en", 1)


def test_the_report_reads_as_the_list_does_and_shows_only_what_there_is(editor_client, section):
    start_import(editor_client, section("de", "politik"), EXPORT)
    run = ImportRun.objects.latest("pk")
    report_url = reverse("import_runs:inspect", args=[run.pk])
    first_view = editor_client.get(report_url).content.decode()  # with the success message
    assert "Import" in first_view and reverse("import_runs:edit", args=[run.pk]) not in first_view
    report = html.fromstring(first_view).text_content()
    listing = html.fromstring(editor_client.get(reverse("import_runs:index")).content)
    listed = listing.cssselect("table.listing tbody")[0].text_content()
    editors_time = timezone.localtime(run.started_at, ZoneInfo("Europe/Berlin"))
    utc_time = timezone.localtime(run.started_at, datetime.UTC)
    assert f"{editors_time:%H:%M}" in report and f"{editors_time:%H:%M}" in listed
    assert f"{utc_time:%H:%M}" not in report
    assert "Deutsch" in report and "Deutsch" in listed  # the edition by name, not "de"
    assert "Problem mit der Quelle" not in report and "problem with the source" not in report
