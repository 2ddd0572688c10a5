"""PostgreSQL: the story documents move to a narrow table of their own.

Ranking reads every matching story's tsvector. Beside the entry's text columns it was
stored out of line (TOAST), one extra index lookup per matching story: at 100,000
stories a query matching 15,000 spent 57 ms ranking, against 21 ms with the documents in
a table of (page_id, document) (make bench-search). A trigger keeps the table in step
with the entries, as FTS5's triggers do on SQLite.
"""

from django.db import migrations


def vector(fields: str, weight: str) -> str:
    return f"setweight(to_tsvector('simple'::regconfig, {fields}), '{weight}')"


DOCUMENT = " || ".join(
    [
        vector("NEW.headline || ' ' || NEW.headline_more", "A"),
        vector("NEW.lead || ' ' || NEW.lead_more", "B"),
        vector("NEW.body || ' ' || NEW.body_more", "D"),
    ]
)
FORWARD = [
    """CREATE TABLE search_storydocument (
        page_id integer PRIMARY KEY, document tsvector NOT NULL)""",
    # The document expression is a constant of this module.
    f"""CREATE FUNCTION search_storyentry_document() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE search_storydocument;
        ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM search_storydocument WHERE page_id = OLD.page_id;
        ELSE
            INSERT INTO search_storydocument (page_id, document)
            VALUES (NEW.page_id, {DOCUMENT})
            ON CONFLICT (page_id) DO UPDATE SET document = EXCLUDED.document;
        END IF;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",  # nosec B608
    """CREATE TRIGGER search_storyentry_written AFTER INSERT OR UPDATE OR DELETE
        ON search_storyentry FOR EACH ROW EXECUTE FUNCTION search_storyentry_document()""",
    # Django empties the tables between some tests with TRUNCATE, which fires no row trigger.
    """CREATE TRIGGER search_storyentry_emptied AFTER TRUNCATE
        ON search_storyentry EXECUTE FUNCTION search_storyentry_document()""",
    "INSERT INTO search_storydocument (page_id, document) SELECT page_id, document FROM search_storyentry",
    "DROP INDEX search_storyentry_document",
    "ALTER TABLE search_storyentry DROP COLUMN document",
    "CREATE INDEX search_storydocument_document ON search_storydocument USING gin (document)",
]
BACKWARD = [
    "DROP TRIGGER search_storyentry_emptied ON search_storyentry",
    "DROP TRIGGER search_storyentry_written ON search_storyentry",
    "DROP FUNCTION search_storyentry_document()",
    "DROP TABLE search_storydocument",
    f"""ALTER TABLE search_storyentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
        {DOCUMENT.replace("NEW.", "")}) STORED""",
    "CREATE INDEX search_storyentry_document ON search_storyentry USING gin (document)",
]


def run(statements: list[str]):
    def apply(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engine_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
