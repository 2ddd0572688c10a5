"""Every user-visible string is translated for each edition; compiled catalogues are current."""

from pathlib import Path

import polib
import pytest

from tests.conftest import PROJECT_DIR

LOCALE_DIR = PROJECT_DIR / "depesche" / "locale"
# Django's own strings translated differently (see LOCALE_PATHS in the settings).
OVERRIDES_DIR = PROJECT_DIR / "depesche" / "locale_overrides"


def assert_complete_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    compiled = polib.mofile(str(Path(po_path).with_suffix(".mo")))
    compiled_pairs = {(e.msgctxt, e.msgid): e.msgstr for e in compiled}
    source_pairs = {(e.msgctxt, e.msgid): e.msgstr for e in catalogue.translated_entries()}
    assert compiled_pairs.items() >= source_pairs.items(), "run `make messages` to recompile"


@pytest.mark.parametrize("language", ["de", "ru", "az"])
def test_catalogue_is_complete_and_compiled(language):
    assert_complete_and_compiled(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")


def test_overrides_are_complete_and_compiled():
    overrides = sorted(OVERRIDES_DIR.glob("*/LC_MESSAGES/django.po"))
    assert overrides
    for po_path in overrides:
        assert_complete_and_compiled(po_path)
