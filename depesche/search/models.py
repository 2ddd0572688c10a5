"""The search index of stories, kept beside the pages it describes.

`StoryEntry` holds a story's analysed terms (see analysis.py) by field. The engines index
those columns: SQLite an FTS5 table, PostgreSQL a table of tsvectors with a GIN index, each
kept in step by triggers (both made by this app's migrations). `Word` is each edition's
vocabulary: it splits German compounds and suggests spellings.
"""

from django.db import models


class StoryEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=8)
    # Each field's stems in word order (phrases match on these) and its other terms.
    headline = models.TextField(blank=True)
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    headline_more = models.TextField(blank=True)
    lead_more = models.TextField(blank=True)
    body_more = models.TextField(blank=True)
    text = models.TextField(blank=True)  # the lead and body as plain text, for snippets

    def __str__(self) -> str:
        return f"search entry of page {self.page_id}"


class Word(models.Model):
    language = models.CharField(max_length=8)
    word = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self) -> str:
        return f"{self.language}:{self.word}"
