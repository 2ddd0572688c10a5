"""Signals of the news app, so that features act on stories without the news app knowing them."""

from django.dispatch import Signal

# Sent with `story` and `reads` when a story comes from a system that counted its reads
# (an import); the reads app raises the story's count to that number, never lowers it.
# Receivers run inside the story's transaction, so a failure rolls the story back.
read_count_imported = Signal()
