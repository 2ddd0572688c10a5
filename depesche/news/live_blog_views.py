"""Older entries of a live blog, loaded on demand: the entries as list items, and the link
to the ones before them while there are more."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from .live_blog import entries_page, is_live_blog
from .models import LiveEntry, StoryPage


@require_safe
def older_entries(request: HttpRequest, story_id: int) -> HttpResponse:
    story = get_object_or_404(StoryPage.objects.published(), pk=story_id)
    before_id = request.GET.get("before", "")
    well_formed = before_id.isascii() and before_id.isdecimal() and len(before_id) < 19
    if not is_live_blog(story) or not well_formed:
        raise Http404
    before = get_object_or_404(LiveEntry, pk=int(before_id), story=story)
    entries, more = entries_page(story, before)
    html = "".join(
        render_to_string("components/live_entry.html", {"entry": entry}, request)
        for entry in entries
    )
    if more:
        html += render_to_string(
            "components/live_blog_more.html",
            {"story_id": story.pk, "before": entries[-1].pk},
            request,
        )
    return HttpResponse(html)
