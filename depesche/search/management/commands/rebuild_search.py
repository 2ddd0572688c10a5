"""Rebuild the story search index: `rebuild_search [--edition de] [--quiet]`."""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from tqdm import tqdm
from wagtail.models import Locale

from depesche.search import rebuilding, vocabulary


class Command(BaseCommand):
    help = (
        "Rebuild the search index of every edition's stories (or one edition's); searches "
        "keep finding the stories while it runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--edition", help="Language code, such as de (default: all).")
        parser.add_argument("--quiet", action="store_true", help="No progress bar and no summary.")

    def handle(self, *args, **options: Any) -> None:
        started = time.monotonic()
        editions = self.editions(options["edition"])
        quiet = options["quiet"]
        total = sum(rebuilding.stories(locale_id).count() for _code, locale_id in editions)
        with self.progress(_("Learning words"), total, quiet) as progress:
            for language, locale_id in editions:
                for batch in rebuilding.in_batches(rebuilding.stories(locale_id)):
                    rebuilding.learn_words(language, batch)
                    progress.update(len(batch))
        indexed = removed = 0
        with self.progress(_("Indexing"), total, quiet) as progress:
            for language, locale_id in editions:
                words = vocabulary.all_words(language)
                for batch in rebuilding.in_batches(rebuilding.stories(locale_id)):
                    indexed += rebuilding.index_batch(batch, words)
                    progress.update(len(batch))
                removed += rebuilding.remove_missing(language, locale_id)
        if not options["edition"]:
            removed += rebuilding.remove_other_languages([code for code, _id in editions])
        if not quiet:
            self.stdout.write(self.summary(indexed, removed, time.monotonic() - started))

    def editions(self, language_code: str | None) -> list[tuple[str, int]]:
        """(language code, locale id) of the editions to rebuild."""
        locales = dict(Locale.objects.values_list("language_code", "pk").order_by("language_code"))
        if language_code is None:
            return list(locales.items())
        if language_code not in locales:
            raise CommandError(
                _("Unknown edition %(code)s; the editions are: %(codes)s.")
                % {"code": language_code, "codes": ", ".join(locales)}
            )
        return [(language_code, locales[language_code])]

    def progress(self, description: str, total: int, quiet: bool) -> tqdm:
        """A progress bar on a terminal (none when the output goes elsewhere)."""
        return tqdm(
            desc=description,
            total=total,
            unit=_("stories"),
            file=self.stderr,
            disable=True if quiet else None,
        )

    @staticmethod
    def summary(indexed: int, removed: int, seconds: float) -> str:
        size = rebuilding.index_size()
        lines = [
            _("Stories indexed: %(count)d in %(seconds).1f s.")
            % {"count": indexed, "seconds": seconds},
            _("Entries of missing stories removed: %(count)d.") % {"count": removed},
        ]
        if size.whole_database:
            lines.append(
                _("Database size: %(size)s (the search tables' own size is unknown).")
                % {"size": filesizeformat(size.bytes)}
            )
        else:
            lines.append(_("Index size: %(size)s.") % {"size": filesizeformat(size.bytes)})
        return "\n".join(lines)
