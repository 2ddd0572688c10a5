"""The edition's breaking-news alerts as an HTML fragment, for reloading the banner."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from .banner import alerts_html


@require_safe
def alerts_fragment(request: HttpRequest) -> HttpResponse:
    return HttpResponse(alerts_html(Locale.get_active().pk))
