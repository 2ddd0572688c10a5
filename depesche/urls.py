"""URL configuration: the admin, documents, and every edition under its language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static as static_url
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from depesche.api.throttles import EveryClientRateThrottle
from depesche.api.wagtail_api import router as wagtail_api_router
from depesche.search.api import SearchView

handler500 = "depesche.news.errors.server_error"


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico on their own; the icon lives with the static files."""
    return HttpResponseRedirect(static_url("img/favicon.ico"))


urlpatterns = [
    path("favicon.ico", favicon),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("depesche.reads.urls")),
    path("", include("depesche.syndication.site_urls")),
    path("api/ninjs/", include("depesche.api.urls")),
    path("api/v2/", wagtail_api_router.urls),
    # The search API counts against the APIs' one rate limit.
    path(
        "api/search/",
        SearchView.as_view(throttle_classes=[EveryClientRateThrottle]),
        name="search_api",
    ),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("depesche.ticker.urls")),
    path("", include("depesche.channel.urls")),
    path("", include("depesche.breaking.urls")),
    path("", include("depesche.search.urls")),
    path("", include("depesche.reads.edition_urls")),
    path("", include("depesche.syndication.urls")),
    path("", include("depesche.news.urls")),
)
