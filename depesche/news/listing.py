"""Pagination of story listings with strict page numbers."""

import re

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from depesche.core.memo import remembered

PAGE_NUMBER = re.compile(r"[0-9]{1,6}")


class KnownCountPaginator(Paginator):
    """A paginator told the number of items, so it need not count them on every request."""

    def __init__(self, object_list, per_page, known_count):
        super().__init__(object_list, per_page)
        self.known_count = known_count

    @cached_property
    def count(self):
        return self.known_count


def paginate(queryset, request, per_page=None, count_key=None):
    """The page of `queryset` that `?page=` asks for; 404 for anything but an existing page.

    With `count_key`, the number of items is counted once per content generation.
    """
    per_page = per_page or settings.DEPESCHE_PAGE_SIZE
    if count_key is None:
        paginator = Paginator(queryset, per_page)
    else:
        count = remembered(("count", *count_key), queryset.count)
        paginator = KnownCountPaginator(queryset, per_page, count)
    number = request.GET.get("page", "1")
    if not PAGE_NUMBER.fullmatch(number):
        raise Http404(_("Page numbers are whole numbers starting at 1."))
    try:
        return paginator.page(int(number))
    except InvalidPage as error:
        raise Http404(_("There is no such page of stories.")) from error
