"""The search page of each edition: a form, the results as teasers with snippets, paging."""

import zoneinfo

from django.core.paginator import Page
from django.http import Http404, HttpRequest, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from depesche.news.listing import KnownCountPaginator
from depesche.news.models import StoryKind
from depesche.news.structure import edition_homes, menu_sections

from . import parameters
from .searching import Results, search
from .snippets import snippets


@require_safe
def search_page(request: HttpRequest) -> TemplateResponse:
    language = get_language()
    home = edition_homes().get(language)
    if home is None:
        raise Http404(_("There is no edition in this language."))
    sections = menu_sections(home.locale_id)
    asked = parameters.read(request.GET, sections)
    results = None
    if asked.text:
        filters = asked.filters(home.locale_id, zoneinfo.ZoneInfo(home.time_zone))
        results = search(asked.text, language, filters, order=asked.order, page=asked.page)
        if not results.stories and results.total and asked.page > results.pages:
            asked.problems.append(_("There are fewer pages of results; here is the last."))
            results = search(asked.text, language, filters, order=asked.order, page=results.pages)
    context = {
        "asked": asked,
        "results": results,
        "sections": sections,
        "kinds": StoryKind.choices,
        "orders": parameters.ORDERS.items(),
        "page_query": asked.query_string() + "&",
        "query_without_tag": asked.query_string(leave_out="tag"),
    }
    if results is not None:
        found = snippets([story.pk for story in results.stories], asked.text, language)
        context["stories"] = page_of(results)
        context["found"] = [(story, found.get(story.pk, "")) for story in results.stories]
    # Cached like any page, each query apart (DEPESCHE_PAGE_CACHE["FULL_QUERY_PATHS"]).
    return TemplateResponse(request, "search/search_page.html", context)


def page_of(results: Results) -> Page:
    """The results as a paginator's page, for the pagination component."""
    paginator = KnownCountPaginator([], results.per_page, results.total)
    return Page(results.stories, results.page, paginator)


@require_safe
def search_alias(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """A localised address of the search page (/de/suche/): moved to the one address."""
    query = request.GET.urlencode()
    return HttpResponsePermanentRedirect(reverse("search") + (f"?{query}" if query else ""))
