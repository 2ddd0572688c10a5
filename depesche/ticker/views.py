"""The newsticker as an HTML fragment, for refreshing it in place."""

from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from depesche.ticker.headlines import latest_headlines


@require_safe
def ticker_fragment(request):
    locale = Locale.get_active()
    return render(request, "includes/newsticker.html", {"headlines": latest_headlines(locale.pk)})
