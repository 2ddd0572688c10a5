"""The demo's editions: a locale, a front page in its time zone and the sections of each
language."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from depesche.news.models import EditionHomePage, SectionPage

from . import material


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def ensure_editions() -> dict[str, dict[str, SectionPage]]:
    """Create what is missing; returns {language code: {section key: SectionPage}}."""
    root = Page.get_first_root_node()
    homes = {}
    for code, _name in settings.LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        homes[code] = ensure_home(root, locale, code, homes.get(settings.LANGUAGE_CODE))
    point_default_site_at(homes[settings.LANGUAGE_CODE])
    return {code: ensure_sections(home, code, homes) for code, home in homes.items()}


def ensure_home(
    root: Page, locale: Locale, code: str, original: EditionHomePage | None
) -> EditionHomePage:
    home = EditionHomePage.objects.filter(locale=locale).first()
    time_zone = demo_time_zones()[code]
    if home is None:
        title = material.load().edition_titles[code]
        home = EditionHomePage(title=title, slug=code, locale=locale, time_zone=time_zone)
        if original is not None:
            home.translation_key = original.translation_key
        root.add_child(instance=home)
        publish(home)
    elif home.time_zone == settings.TIME_ZONE != time_zone:
        # A demo built before editions had zones: still at the site's default.
        home.time_zone = time_zone
        publish(home)
    return home


def demo_time_zones() -> dict[str, str]:
    """{language code: IANA time zone name} of the demo's editions."""
    return material.read(material.CONTENT_DIR / "editions.toml")["time_zones"]


def point_default_site_at(home: EditionHomePage) -> None:
    """Make the default site serve the editions at the base URL, and drop Wagtail's placeholder."""
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    address = {"hostname": base.hostname, "port": base.port or 80}
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(root_page=home, is_default_site=True, **address)
        return
    if (site.hostname, site.port) != (address["hostname"], address["port"]):
        site.hostname, site.port = address["hostname"], address["port"]
        site.save()
    if site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()


def ensure_sections(
    home: EditionHomePage, code: str, homes: dict[str, EditionHomePage]
) -> dict[str, SectionPage]:
    original_home = homes[settings.LANGUAGE_CODE]
    sections = {}
    for key, titles in material.load().sections.items():
        title, slug = titles[code]
        section = SectionPage.objects.child_of(home).filter(slug=slug).first()
        if section is None:
            section = SectionPage(title=title, slug=slug, show_in_menus=True)
            if home.pk != original_home.pk:
                original_slug = titles[settings.LANGUAGE_CODE][1]
                original = SectionPage.objects.child_of(original_home).get(slug=original_slug)
                section.translation_key = original.translation_key
            home.add_child(instance=section)
            publish(section)
        sections[key] = section
    return sections
