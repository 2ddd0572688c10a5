"""Records kept by signals: a story saved with a sibling in another edition is a translation;
a source publishing a new revision makes its translations stale; a source deleted hands its
translations on."""

from django.db.models.signals import post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from depesche.news.models import StoryPage

from .models import TranslationRecord
from .passages import story_passages


def record_new_translation(sender: type[Page], instance: Page, created: bool, **kwargs) -> None:
    """A new story sharing its translation key with an older one is that story's translation.

    Covers every way a translation comes about: the admin's "Translate", an importer's
    "translation of", the demo. The source is the group's oldest story; the translation
    starts up to date with the source's revision it was copied from (the live one, as
    Wagtail copies the live version).
    """
    if not created or kwargs.get("raw") or instance.alias_of_id:  # Wagtail syncs aliases
        return
    source = (
        Page.objects.filter(translation_key=instance.translation_key)
        .exclude(pk=instance.pk)
        .order_by("pk")
        .values("pk", "live_revision_id", "latest_revision_id")
        .first()
    )
    if source is None:
        return
    TranslationRecord.objects.get_or_create(
        page_id=instance.pk,
        defaults={
            "edition_id": instance.locale_id,
            "source_id": source["pk"],
            "source_revision_id": source["live_revision_id"] or source["latest_revision_id"],
            "checked_at": timezone.now(),
        },
    )


def mark_translations_stale(
    sender: type[Page], instance: Page, revision: Revision, **kwargs
) -> None:
    """The source published words its translations were not brought up to date with.

    A revision that changes no translatable words (a new picture, other tags) keeps the
    translations up to date and moves them on to it.
    """
    records = TranslationRecord.objects.filter(
        source_id=instance.pk, stale_since__isnull=True
    ).exclude(source_revision_id=revision.pk)
    baselines: dict[int | None, list[int]] = {}
    for page_id, revision_id in records.values_list("page_id", "source_revision_id"):
        baselines.setdefault(revision_id, []).append(page_id)
    if not baselines:
        return
    published = story_passages(instance)
    stale, unchanged = [], []
    for revision_id, page_ids in baselines.items():
        baseline = Revision.objects.filter(pk=revision_id).first() if revision_id else None
        same = baseline is not None and story_passages(baseline.as_object()) == published
        (unchanged if same else stale).extend(page_ids)
    TranslationRecord.objects.filter(page_id__in=stale).update(stale_since=timezone.now())
    TranslationRecord.objects.filter(page_id__in=unchanged).update(source_revision=revision)


def hand_translations_on(sender: type[Page], instance: Page, **kwargs) -> None:
    """A source about to be deleted hands its translations to the group's next-oldest story,
    which becomes the original; they start up to date with it, as nothing says otherwise."""
    records = TranslationRecord.objects.filter(source_id=instance.pk)
    heir = records.order_by("page_id").values_list("page_id", flat=True).first()
    if heir is None:
        return
    TranslationRecord.objects.filter(page_id=heir).delete()
    records.update(source_id=heir, stale_since=None)
    TranslationRecord.objects.filter(source_id=heir).bring_up_to_date()


def connect() -> None:
    pre_delete.connect(hand_translations_on, sender=StoryPage, dispatch_uid="translations-hand-on")
    post_save.connect(
        record_new_translation, sender=StoryPage, dispatch_uid="translations-record-new"
    )
    page_published.connect(
        mark_translations_stale, sender=StoryPage, dispatch_uid="translations-mark-stale"
    )
