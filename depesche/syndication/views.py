"""robots.txt, the sitemap index and the sitemaps it lists."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from depesche.news.addresses import site_root

from .sitemaps import all_sitemaps

SITEMAP_TEMPLATES = {
    "news": "syndication/news_sitemap.xml",
    "video": "syndication/video_sitemap.xml",
}


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /reads/"]
    roots = (site_root(language_code=code) for code, _name in settings.LANGUAGES)
    root = next((root for root in roots if root is not None), None)
    if root is not None:  # the sitemap index, on the site of the first edition that has one
        lines.append(f"Sitemap: {root}{reverse('sitemap_index')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@sitemap_views.x_robots_tag
def sitemap_index(request: HttpRequest) -> TemplateResponse:
    """Every edition's sitemap pages and news sitemap, with their last modification."""
    entries = []
    for section, sitemap in all_sitemaps().items():
        location = site_root(language_code=sitemap.language_code) + reverse(
            "sitemap_section", args=[section]
        )
        last_modified = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(location, last_modified))
        for number in range(2, sitemap.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(f"{location}?p={number}", last_modified))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> TemplateResponse:
    sitemaps = all_sitemaps()
    if section not in sitemaps:
        raise Http404(f"No sitemap called {section!r}.")
    kind = section.split("-")[0]
    template = SITEMAP_TEMPLATES.get(kind, "sitemap.xml")
    return sitemap_views.sitemap(
        request, sitemaps={section: sitemaps[section]}, section=section, template_name=template
    )
