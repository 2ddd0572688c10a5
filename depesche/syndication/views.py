"""robots.txt, the sitemap index and the sitemaps it lists."""

from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from depesche.core.memo import remembered

from .sitemaps import all_sitemaps, edition_root


def default_site_root():
    """scheme://host[:port] of the default Wagtail site, or None if there is none."""

    def compute():
        site = Site.objects.filter(is_default_site=True).first()
        return site.root_url if site is not None else None

    return remembered("default-site-root", compute)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /reads/"]
    root = default_site_root()
    if root is not None:
        lines.append(f"Sitemap: {root}{reverse('sitemap_index')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@sitemap_views.x_robots_tag
def sitemap_index(request):
    """Every edition's sitemap pages and news sitemap, with their last modification."""
    entries = []
    for section, sitemap in all_sitemaps().items():
        scheme, netloc = edition_root(sitemap.language_code)
        location = f"{scheme}://{netloc}{reverse('sitemap_section', args=[section])}"
        last_modified = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(location, last_modified))
        for number in range(2, sitemap.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(f"{location}?p={number}", last_modified))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


@require_safe
def sitemap_section(request, section):
    sitemaps = all_sitemaps()
    if section not in sitemaps:
        raise Http404(f"No sitemap called {section!r}.")
    template = "syndication/news_sitemap.xml" if section.startswith("news-") else "sitemap.xml"
    return sitemap_views.sitemap(
        request, sitemaps={section: sitemaps[section]}, section=section, template_name=template
    )
