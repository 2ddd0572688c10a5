"""An index for "an edition's stories by last change", the ninjs API's polling order."""

from django.db import migrations

CREATE = (
    "CREATE INDEX news_live_page_locale_changed ON wagtailcore_page "
    "(locale_id, last_published_at, id) WHERE live"
)
DROP = "DROP INDEX news_live_page_locale_changed"


class Migration(migrations.Migration):
    dependencies = [("news", "0003_page_url_path_index")]

    operations = [migrations.RunSQL(CREATE, DROP)]
