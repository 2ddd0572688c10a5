"""Pagination of story listings with strict page numbers."""

import re
from collections.abc import Hashable, Sequence

from django.conf import settings
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from depesche.core.memo import remembered

PAGE_NUMBER = re.compile(r"[0-9]{1,6}")


class KnownCountPaginator(Paginator):
    """A paginator told the number of items, so it need not count them on every request."""

    def __init__(self, object_list: QuerySet | Sequence, per_page: int, known_count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = known_count

    @cached_property
    def count(self) -> int:
        return self.known_count


def paginate(
    queryset: QuerySet,
    request: HttpRequest,
    per_page: int | None = None,
    count_key: tuple[Hashable, ...] | None = None,
) -> Page:
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
