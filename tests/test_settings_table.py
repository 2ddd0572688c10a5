"""docs/settings.md lists every environment variable the code reads, and nothing else."""

import re
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
TABLE = PROJECT_DIR / "docs" / "settings.md"
ENV_EXAMPLE = PROJECT_DIR / "deploy" / "depesche.env.example"

# os.environ["X"], os.environ.get("X"), os.environ.setdefault("X"), os.getenv("X") and the
# production settings' required_env("X") and switch("X", ...).
PYTHON_READ = re.compile(
    r"(?:os\.environ(?:\.get\(|\.setdefault\(|\[)|os\.getenv\(|required_env\(|switch\()"
    r"\s*[\"']([A-Z][A-Z0-9_]*)[\"']"
)
# The settings' helpers also read the environment handed to them as `environ` (elsewhere
# that name is a WSGI request's).
SETTINGS_HELPER_READ = re.compile(r"\benviron(?:\.get\(|\[)\s*[\"']([A-Z][A-Z0-9_]*)[\"']")
SETTINGS_DIR = PROJECT_DIR / "depesche" / "settings"
# Scripts read the environment as ${NAME:-default} (or ${NAME-…}, ${NAME:?…}, ${NAME:=…}).
SHELL_READ = re.compile(r"\$\{([A-Z][A-Z0-9_]*):?[-=?+]")
# dj-database-url reads DATABASE_URL when it is not given another name; boto3, under
# django-storages' S3 backend, reads the access key from the environment.
IMPLICIT_READS = {
    "dj_database_url.config(": ("DATABASE_URL",),
    "S3Storage": ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
}
ROW = re.compile(r"^\| `([A-Z][A-Z0-9_]*)` \|.*\| ([^|]+) \|$", re.MULTILINE)


def sources():
    yield from (PROJECT_DIR / "depesche").rglob("*.py")
    yield PROJECT_DIR / "manage.py"
    yield from (path for path in (PROJECT_DIR / "bin").iterdir() if path.is_file())


def variables_read(text, settings=False):
    names = set(PYTHON_READ.findall(text)) | set(SHELL_READ.findall(text))
    if settings:
        names |= set(SETTINGS_HELPER_READ.findall(text))
    return names | {name for call, read in IMPLICIT_READS.items() if call in text for name in read}


def code_reads():
    return {
        name: path.relative_to(PROJECT_DIR)
        for path in sources()
        for name in variables_read(path.read_text(), path.is_relative_to(SETTINGS_DIR))
    }


def table():
    """{variable: its "required in production" cell}."""
    return {name: required.strip() for name, required in ROW.findall(TABLE.read_text())}


def test_the_parser_finds_reads_of_every_kind():
    reads = code_reads()
    for name in ("DJANGO_SECRET_KEY", "DEPESCHE_HSTS_PRELOAD", "DATABASE_URL", "PORT"):
        assert name in reads, name
    assert variables_read('x = os.environ["A_B"]; os.getenv("C")') == {"A_B", "C"}
    assert variables_read('environ.get("D", ""); environ["E"]', settings=True) == {"D", "E"}
    assert variables_read('environ["PATH_INFO"]') == set()


def test_every_variable_the_code_reads_is_in_the_table():
    unlisted = {name: str(path) for name, path in code_reads().items() if name not in table()}
    assert not unlisted, f"add these to docs/settings.md: {unlisted}"


def test_the_table_lists_no_variable_the_code_no_longer_reads():
    stale = set(table()) - set(code_reads())
    assert not stale, f"nothing reads these any more; remove them from docs/settings.md: {stale}"


def test_the_environment_file_example_lists_every_production_variable():
    production = {name for name, required in table().items() if required != "development only"}
    example = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(), re.MULTILINE))
    assert example == production
