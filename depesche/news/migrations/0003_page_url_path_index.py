"""An index on the pages' URL paths: a story or section is routed with one lookup on it."""

from django.db import migrations

CREATE = "CREATE INDEX news_page_url_path ON wagtailcore_page (url_path)"
DROP = "DROP INDEX news_page_url_path"


class Migration(migrations.Migration):
    dependencies = [("news", "0002_story_listing_index")]

    operations = [migrations.RunSQL(CREATE, DROP)]
