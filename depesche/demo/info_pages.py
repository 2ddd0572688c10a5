"""The demo's information pages (imprint, privacy, contact) under every edition's front page."""

import tomllib
from pathlib import Path

from django.conf import settings

from depesche.news.models import EditionHomePage, InfoPage

INFO_PAGES_FILE = Path(__file__).resolve().parent / "content" / "info-pages.toml"


def ensure_info_pages() -> int:
    """Create the pages an edition lacks, linked as translations of the default edition's;
    returns how many were created."""
    with INFO_PAGES_FILE.open("rb") as file:
        pages = tomllib.load(file)["pages"]
    homes = {home.locale.language_code: home for home in EditionHomePage.objects.live()}
    codes = sorted(homes, key=lambda code: code != settings.LANGUAGE_CODE)  # the original first
    created = 0
    for texts in pages:
        original = None
        for code in (code for code in codes if code in texts):
            page, is_new = ensure_info_page(homes[code], texts[code], original)
            original = original or page
            created += is_new
    return created


def ensure_info_page(
    home: EditionHomePage, text: dict[str, str], original: InfoPage | None
) -> tuple[InfoPage, bool]:
    page = InfoPage.objects.child_of(home).filter(slug=text["slug"]).first()
    if page is not None:
        return page, False
    page = InfoPage(title=text["title"], slug=text["slug"], body=text["body"])
    if original is not None:
        page.translation_key = original.translation_key
    home.add_child(instance=page)
    page.save_revision().publish()
    return page, True
