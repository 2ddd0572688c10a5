"""robots.txt and the sitemaps, outside the editions' language prefixes."""

from django.urls import path

from . import views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemaps/<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
]
