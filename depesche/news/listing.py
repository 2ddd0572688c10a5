"""Pagination of story listings with strict page numbers."""

import re

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

PAGE_NUMBER = re.compile(r"[0-9]{1,6}")


def paginate(queryset, request, per_page=None):
    """The page of `queryset` that `?page=` asks for; 404 for anything but an existing page."""
    paginator = Paginator(queryset, per_page or settings.DEPESCHE_PAGE_SIZE)
    number = request.GET.get("page", "1")
    if not PAGE_NUMBER.fullmatch(number):
        raise Http404(_("Page numbers are whole numbers starting at 1."))
    try:
        return paginator.page(int(number))
    except InvalidPage as error:
        raise Http404(_("There is no such page of stories.")) from error
