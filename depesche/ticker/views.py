"""The newsticker as an HTML fragment, for refreshing it in place."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from depesche.ticker.headlines import ticker_html


@require_safe
def ticker_fragment(request: HttpRequest) -> HttpResponse:
    locale = Locale.get_active()
    return HttpResponse(ticker_html(request, locale.pk))
