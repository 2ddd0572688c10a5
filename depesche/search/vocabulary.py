"""Each edition's vocabulary: the folded words of its stories, kept in `Word`.

German analysis splits a compound at words it knows (analysis.parts), so indexing a story
and analysing a query both need to know which of a word's endings and beginnings are
words. Rather than hold every word in every process, `known_words` asks the database for
just the candidates of the text at hand, in two queries. A rebuild, which analyses every
story, loads the whole vocabulary once instead (`all_words`).
"""

from collections.abc import Iterable

from .analysis import LINKING_ELEMENTS, MIN_PART, head_starts, word_groups
from .models import Word

SPLIT_LANGUAGES = frozenset({"de"})  # the languages whose analysis uses a vocabulary
BATCH = 500  # words per query: well under SQLite's limit of bound parameters


def folded_words(texts: Iterable[str], language: str) -> set[str]:
    """The folded words of `texts` long enough to be a compound's part."""
    return {
        word
        for text in texts
        for whole, pieces in word_groups(text, language)
        for word in (whole, *pieces)
        if len(word) >= MIN_PART
    }


def learn(language: str, words: Iterable[str]) -> None:
    """Add `words` to the edition's vocabulary (words already known are left alone)."""
    new = [Word(language=language, word=word) for word in sorted(set(words))]
    Word.objects.bulk_create(new, batch_size=BATCH, ignore_conflicts=True)


def known(language: str, candidates: Iterable[str]) -> set[str]:
    """Those of `candidates` the edition's vocabulary holds."""
    candidates = sorted(set(candidates))
    found: set[str] = set()
    for start in range(0, len(candidates), BATCH):
        batch = candidates[start : start + BATCH]
        found.update(
            Word.objects.filter(language=language, word__in=batch).values_list("word", flat=True)
        )
    return found


def known_words(language: str, words: Iterable[str]) -> frozenset[str]:
    """The vocabulary `analysis.parts` needs to split `words`: their endings that are known
    words (compound heads), then the beginnings before those, with or without a linking
    element, that are known words too."""
    if language not in SPLIT_LANGUAGES:
        return frozenset()
    words = set(words)
    heads = known(language, {word[start:] for word in words for start in head_starts(word)})
    beginnings = {
        word[:start][: len(word[:start]) - len(link)]
        for word in words
        for start in head_starts(word)
        if word[start:] in heads
        for link in LINKING_ELEMENTS
        if word[:start].endswith(link)
    }
    return frozenset(heads | known(language, beginnings))


def all_words(language: str) -> frozenset[str]:
    """The edition's whole vocabulary (for a rebuild, which analyses every story)."""
    if language not in SPLIT_LANGUAGES:
        return frozenset()
    return frozenset(Word.objects.filter(language=language).values_list("word", flat=True))
