"""Stories translated before the desk existed get their records: the oldest story of each
translation group is the source, the others start up to date with its live revision."""

from django.db import migrations
from django.utils import timezone


def record_existing_translations(apps, schema_editor) -> None:
    story_model = apps.get_model("news", "StoryPage")
    record_model = apps.get_model("translations", "TranslationRecord")
    sources: dict = {}
    records = []
    stories = story_model.objects.order_by("translation_key", "pk").values_list(
        "pk", "translation_key", "locale_id", "live_revision_id", "latest_revision_id"
    )
    for pk, key, locale_id, live_revision_id, latest_revision_id in stories.iterator():
        if key not in sources:
            sources[key] = (pk, live_revision_id or latest_revision_id)
            continue
        source_id, source_revision_id = sources[key]
        records.append(
            record_model(
                page_id=pk,
                edition_id=locale_id,
                source_id=source_id,
                source_revision_id=source_revision_id,
                checked_at=timezone.now(),
            )
        )
    record_model.objects.bulk_create(records, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("news", "0008_live_blogs"),
    ]

    operations = [
        migrations.RunPython(record_existing_translations, migrations.RunPython.noop),
    ]
