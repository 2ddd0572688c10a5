""" "Did you mean": a query's unknown words, corrected to words the edition knows.

A word the edition's vocabulary (vocabulary.py) does not hold is looked up among its
spellings one edit away (a letter left out, added, changed, or two letters swapped), in
one query on either engine. Of the known candidates, the one closest in sound (a changed
or swapped letter over a missing or extra one) and then first in the alphabet wins.
"""

from .analysis import MIN_PART, word_groups
from .vocabulary import known

ALPHABETS = {
    "de": "abcdefghijklmnopqrstuvwxyzäöüß",
    "en": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдежзийклмнопрстуфхцчшщъыьэюя",
    "az": "abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
}
MAX_WORDS = 6  # words of a query checked


def suggestion(text: str, language: str) -> str | None:
    """`text` with its unknown words corrected, or None when there is nothing to correct."""
    words = [whole for whole, _pieces in word_groups(text, language)][:MAX_WORDS]
    checked = [word for word in words if len(word) >= MIN_PART]
    unknown = set(checked) - known(language, checked)
    if not unknown:
        return None
    edits = {
        word: one_edit_away(word, ALPHABETS.get(language, ALPHABETS["en"])) for word in unknown
    }
    found = known(language, {spelling for spellings in edits.values() for spelling in spellings})
    corrected = {
        word: min(found & spellings.keys(), key=lambda spelling: (spellings[spelling], spelling))
        for word, spellings in edits.items()
        if found & spellings.keys()
    }
    if not corrected:
        return None
    return " ".join(corrected.get(word, word) for word in words)


def one_edit_away(word: str, alphabet: str) -> dict[str, int]:
    """{spelling: 0 for a changed or swapped letter, 1 for a missing or extra one}."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    spellings: dict[str, int] = {}
    for left, right in splits:
        if right:
            spellings.setdefault(left + right[1:], 1)
            for letter in alphabet:
                spellings[left + letter + right[1:]] = 0
        if len(right) > 1:
            spellings[left + right[1] + right[0] + right[2:]] = 0
        for letter in alphabet:
            spellings.setdefault(left + letter + right, 1)
    spellings.pop(word, None)
    return spellings
