"""The engine's own index over StoryEntry: an FTS5 table on SQLite, a tsvector on PostgreSQL.

Both index the terms analysis.py wrote, as they are: FTS5 splits them at spaces without
folding accents (its default would merge the Azerbaijani "ş" with "s"), and PostgreSQL's
"simple" configuration only lowercases them, so each edition's own analysis decides what
matches, the same on both engines.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_storyentry_fts USING fts5(
        headline, lead, body, headline_more, lead_more, body_more,
        content='search_storyentry', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER search_storyentry_inserted AFTER INSERT ON search_storyentry BEGIN
        INSERT INTO search_storyentry_fts(rowid, headline, lead, body, headline_more, lead_more, body_more)
        VALUES (new.page_id, new.headline, new.lead, new.body, new.headline_more, new.lead_more, new.body_more);
    END""",
    """CREATE TRIGGER search_storyentry_deleted AFTER DELETE ON search_storyentry BEGIN
        INSERT INTO search_storyentry_fts(search_storyentry_fts, rowid, headline, lead, body, headline_more, lead_more, body_more)
        VALUES ('delete', old.page_id, old.headline, old.lead, old.body, old.headline_more, old.lead_more, old.body_more);
    END""",
    """CREATE TRIGGER search_storyentry_updated AFTER UPDATE ON search_storyentry BEGIN
        INSERT INTO search_storyentry_fts(search_storyentry_fts, rowid, headline, lead, body, headline_more, lead_more, body_more)
        VALUES ('delete', old.page_id, old.headline, old.lead, old.body, old.headline_more, old.lead_more, old.body_more);
        INSERT INTO search_storyentry_fts(rowid, headline, lead, body, headline_more, lead_more, body_more)
        VALUES (new.page_id, new.headline, new.lead, new.body, new.headline_more, new.lead_more, new.body_more);
    END""",
]
SQLITE_UNDO = [
    "DROP TRIGGER search_storyentry_updated",
    "DROP TRIGGER search_storyentry_deleted",
    "DROP TRIGGER search_storyentry_inserted",
    "DROP TABLE search_storyentry_fts",
]


def vector(fields: str, weight: str) -> str:
    return f"setweight(to_tsvector('simple'::regconfig, {fields}), '{weight}')"


POSTGRESQL = [
    f"""ALTER TABLE search_storyentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
        {vector("headline || ' ' || headline_more", "A")}
        || {vector("lead || ' ' || lead_more", "B")}
        || {vector("body || ' ' || body_more", "D")}) STORED""",
    "CREATE INDEX search_storyentry_document ON search_storyentry USING gin (document)",
]
POSTGRESQL_UNDO = [
    "DROP INDEX search_storyentry_document",
    "ALTER TABLE search_storyentry DROP COLUMN document",
]


def run(statements: dict[str, list[str]]):
    def apply(apps, schema_editor) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO}),
        )
    ]
