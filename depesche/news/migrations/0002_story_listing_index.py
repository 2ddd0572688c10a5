"""An index for "an edition's stories, newest first", the query behind every listing.

Wagtail's page table is not ours to declare indexes on, so it is created here. Partial
(live pages only) on both SQLite and PostgreSQL.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX news_live_page_locale_published ON wagtailcore_page "
    "(locale_id, first_published_at, path) WHERE live"
)
DROP = "DROP INDEX news_live_page_locale_published"


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
