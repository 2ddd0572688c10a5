"""Every user-visible string is translated for each edition; compiled catalogues are current."""

from pathlib import Path

import polib
import pytest

from tests.conftest import PROJECT_DIR

LOCALE_DIR = PROJECT_DIR / "depesche" / "locale"


@pytest.mark.parametrize("language", ["de", "ru", "az"])
def test_catalogue_is_complete_and_compiled(language):
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    compiled = polib.mofile(str(Path(po_path).with_suffix(".mo")))
    compiled_pairs = {(e.msgctxt, e.msgid): e.msgstr for e in compiled}
    source_pairs = {(e.msgctxt, e.msgid): e.msgstr for e in catalogue.translated_entries()}
    assert compiled_pairs.items() >= source_pairs.items(), "run `make messages` to recompile"
