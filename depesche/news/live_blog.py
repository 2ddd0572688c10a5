"""Live blogs: stories of the kind "live" whose entries come one by one, newest first.

A page shows the key events and the newest entries; older ones load on demand, so a blog
of a thousand entries renders as fast as a short one. A saved or deleted entry goes out
on the live channel at once. Cached copies of the blog are not dropped for it (a busy blog
would keep every page of the site from staying cached): they carry the last event they
reflect, and the open page catches up from there.
"""

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string

from depesche.channel.events import announce, latest_id
from depesche.channel.models import LiveEvent

from .models import LiveEntry, StoryKind, StoryPage
from .structure import as_edition_shows

ENTRY_TEMPLATE = "components/live_entry.html"


def is_live_blog(story: StoryPage) -> bool:
    return story.kind == StoryKind.LIVE


def entries_page(story: StoryPage, before: LiveEntry | None = None) -> tuple[list[LiveEntry], bool]:
    """The newest entries (older than `before`, if given), and whether there are more."""
    entries = LiveEntry.objects.filter(story=story)
    if before is not None:
        entries = entries.filter(
            Q(created_at__lt=before.created_at) | Q(created_at=before.created_at, id__lt=before.pk)
        )
    size = settings.DEPESCHE_LIVE_BLOG_PAGE_SIZE
    found = list(entries.order_by("-created_at", "-id")[: size + 1])
    return found[:size], len(found) > size


def key_events(story: StoryPage) -> list[LiveEntry]:
    pinned = LiveEntry.objects.filter(story=story, pinned=True).order_by("-created_at", "-id")
    return list(pinned.only("id", "headline", "created_at", "story_id"))


def blog_context(story: StoryPage) -> dict:
    """What the story template shows of a live blog."""
    since = latest_id()  # read first: the entries below reflect at least this event
    entries, more = entries_page(story)
    return {
        "entries": entries,
        "more": more,
        "key_events": key_events(story),
        "live_since": since,
        "ended": story.coverage_ended_at is not None,
    }


def entry_html(entry: LiveEntry) -> str:
    return render_to_string(ENTRY_TEMPLATE, {"entry": entry}).strip()


def announce_entry(entry: LiveEntry, removed: bool) -> None:
    """Tell the blog's open pages about a new, changed or deleted entry."""
    story = StoryPage.objects.published().filter(pk=entry.story_id).select_related("locale")
    story = story.first()
    if story is None:  # a blog not out yet (a draft, or under embargo): nobody to tell
        return
    language = story.locale.language_code
    with as_edition_shows(language):
        announce(
            story.locale_id,
            "liveblog",
            {
                "story": story.pk,
                "entry": entry.pk,
                "pinned": entry.pinned,
                "headline": entry.headline,
                "removed": removed,
                "html": "" if removed else entry_html(entry),
            },
        )


def entry_saved(instance: LiveEntry, **kwargs: object) -> None:
    announce_entry(instance, removed=False)


def entry_deleted(instance: LiveEntry, **kwargs: object) -> None:
    # Readers catching up must not get the deleted entry's text any more.
    LiveEvent.objects.filter(kind="liveblog", payload__entry=instance.pk).delete()
    announce_entry(instance, removed=True)


def connect() -> None:
    post_save.connect(entry_saved, sender=LiveEntry, dispatch_uid="live-entry-saved")
    post_delete.connect(entry_deleted, sender=LiveEntry, dispatch_uid="live-entry-deleted")
