"""Single article pages (a saved HTML file or a web address) through trafilatura.

trafilatura finds the article in the page (leaving navigation, footers and ads behind)
and reads its title, author and date; the article's HTML then goes through the same
sanitising as every other import. A page is matched across runs by its canonical address.
"""

import datetime
import hashlib

from django.utils import timezone
from django.utils.translation import gettext as _

from .web import SourceError
from .writer import DRAFT, PUBLISHED, IncomingStory, source_id


def page_story(content: bytes | str, *, address: str = "", publish: bool = True) -> IncomingStory:
    """The article of an HTML page as an IncomingStory; SourceError if there is none."""
    import trafilatura  # here, not at start-up: it brings dateparser and more to every worker

    html = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
    metadata = trafilatura.bare_extraction(html, url=address or None, with_metadata=True)
    body = trafilatura.extract(
        html, url=address or None, output_format="html", include_formatting=True
    )
    if metadata is None or not body or not metadata.title:
        raise SourceError(_("No article was found on this page."))
    canonical = metadata.url or address or hashlib.sha256(html.encode()).hexdigest()
    return IncomingStory(
        external_id=source_id("page", canonical),
        label=_('page "%(title)s"') % {"title": metadata.title},
        title=metadata.title,
        body_html=body.replace(f"<h1>{metadata.title}</h1>", "", 1),
        published=page_date(metadata.date),
        state=PUBLISHED if publish else DRAFT,
        lead=metadata.description or "",
        source=metadata.author or metadata.sitename or "",
        tags=[tag for tag in (metadata.tags or []) if tag],
    )


def page_date(value: str | None) -> datetime.datetime | None:
    """trafilatura's YYYY-MM-DD as the start of that day in the site's time zone."""
    if not value:
        return None
    day = datetime.date.fromisoformat(value)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
