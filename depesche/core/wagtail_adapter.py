"""Where Depesche goes round Wagtail's public path, each time with its reason.

Checked against Wagtail 8.0.1. A test (tests/test_wagtail_adapter.py) compares what each
function does with Wagtail's public path, so an upgrade that changes them fails there;
the benchmark named in each docstring shows why the public path is not used.
"""

from django.http import HttpRequest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Revision, Site
from wagtail.signals import page_published, published
from wagtail.url_routing import RouteResult


def remember_site_and_route(
    request: HttpRequest, site: Site | None, route: RouteResult | None
) -> None:
    """Tell Wagtail's page view the site and route we already found for this request.

    Wagtail 8.0's `Site.find_for_request` and `Page.route_for_request` keep their answers
    on the request as `_wagtail_site` and `_wagtail_route_for_request` and find them there
    when asked again. Given them, Wagtail's view skips the site query and its walk from the
    site root to the edition's front page in the reader's language (its translation and
    its specific page): four queries on every uncached story page (the "routing" row of
    bench/cache_layers.py measures the difference).
    """
    request._wagtail_site = site
    request._wagtail_route_for_request = route


def site_known_for(request: HttpRequest | None) -> Site | None:
    """The site Wagtail found, or was told, for this request; None before either happened.

    Wagtail 8.0.1 keeps it as `_wagtail_site`. Reading it, rather than calling
    `Site.find_for_request`, never costs a query where nobody looked the site up.
    """
    return getattr(request, "_wagtail_site", None)


def create_published(parent: Page, page: Page) -> None:
    """Add a new page below `parent` as published, with one save of the page.

    Wagtail 8.0.1 publishes a new page with three saves (adding it, saving the revision,
    publishing it), each sending post_save. This does what those do for a new page (the
    revision, the live and latest revision, publication times, the "publish" log entry
    and the published signals) with one; comments, workflows, aliases and scheduled
    revisions, which publishing also looks after, cannot exist yet for a new page.
    bench/publish.py times both ways.
    """
    now = timezone.now()
    page.live, page.has_unpublished_changes = True, False
    page.first_published_at = page.first_published_at or now
    page.last_published_at = now
    page.draft_title = page.title
    parent.add_child(instance=page)
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=page.serializable_data(),
        object_str=str(page),
    )
    page.latest_revision = page.live_revision = revision
    page.latest_revision_created_at = revision.created_at
    Page.objects.filter(pk=page.pk).update(
        latest_revision=revision,
        live_revision=revision,
        latest_revision_created_at=revision.created_at,
    )
    log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
    page_published.send(sender=type(page), instance=page, revision=revision)
    published.send(sender=type(page), instance=page, revision=revision)
