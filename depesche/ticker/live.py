"""The ticker on the live channel: stories going out or coming down reach open pages."""

from django.template.loader import render_to_string
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from depesche.channel.events import announce
from depesche.channel.models import LiveEvent
from depesche.news.models import StoryPage
from depesche.news.structure import as_edition_shows

TICKER_ITEM = "includes/ticker_item.html"


def item_html(story: StoryPage) -> str:
    """The story's ticker entry as its edition shows it (language and time zone)."""
    language = story.locale.language_code
    with as_edition_shows(language):
        return render_to_string(TICKER_ITEM, {"story": story}).strip()


def story_published(sender: type, instance: Page, **kwargs: object) -> None:
    story = StoryPage.objects.published().filter(pk=instance.pk).select_related("locale").first()
    if story is None:  # behind a login or a password: not for the public ticker
        return
    announce(
        story.locale_id,
        "ticker",
        {
            "story": story.pk,
            "title": story.title,
            "html": item_html(story),
        },
    )


def story_unpublished(sender: type, instance: Page, **kwargs: object) -> None:
    # Readers catching up must not get the withdrawn story's entry any more.
    LiveEvent.objects.filter(kind="ticker", payload__story=instance.pk).delete()
    announce(instance.locale_id, "ticker-removed", {"story": instance.pk})


def connect() -> None:
    page_published.connect(story_published, sender=StoryPage, dispatch_uid="ticker-live")
    page_unpublished.connect(story_unpublished, sender=StoryPage, dispatch_uid="ticker-live")
