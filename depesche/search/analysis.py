"""The terms a story or a query is searched by, analysed in its edition's language.

`terms()` analyses documents and queries alike, so that a query term meets the same term
in a story: Unicode NFKC, case folding, words of letters and digits (a hyphenated word
also gives its parts and its parts joined), then per language:

- de: Snowball German. Its stemmer reads "ae", "oe", "ue" as "ä", "ö", "ü" and then drops
  the umlaut marks, and case folding turns "ß" into "ss", so "Müller", "Mueller" and
  "Muller" meet, as do "Straße" and "Strasse": readers on keyboards without umlauts find
  what they mean, and the few words set apart only by an umlaut ("schon"/"schön") are
  told apart by the rest of the query. Compounds also give their parts, see `parts()`.
- en: Snowball English, accents folded ("café" = "cafe").
- ru: Snowball Russian; "ё" folds to "е" like any accented letter, but "й" is a letter
  of its own, not an accented "и".
- az: Snowball Turkish, which scored higher than azstemmer on the relevance set (recall@10
  0.974 against 0.947, MRR 0.952 against 0.873; docs/benchmarks.md, "Search relevance");
  azstemmer also declares no licence. "İ" and "I" fold the Azerbaijani way (to "i" and
  "ı"); the letters ç ğ ı ö ş ü ə are not folded, since folding merges different words
  ("şəhər" city, "səhər" morning). A stem's final "q" reads as "k": Azerbaijani writes
  "q" where a suffix makes it "ğ" ("əməkdaşlıq", "əməkdaşlığı"), and the Turkish stemmer
  gives "k" for that "ğ". The Turkish stemmer takes a final "n" for a suffix in
  some words ("marafon" gives "marafo") but not before a real suffix ("marafonunda" gives
  "marafon"), so the unstemmed word is a term too.

German "ss" ending a stem counts as "s" ("Busse"/"Bus", "Ergebnisse"/"Ergebnis"), and
German words ending like a transliterated Russian surname ("Alijew", "Hasanow") also give
their English transliteration ("aliyev", "hasanov").

Accents of other letters are folded in every edition. Words in Cyrillic or with
Azerbaijani letters also give romanised terms, so that names meet across scripts and
transliterations ("Алиева", "Əliyevin" and "Aliyev"); see `romanised()`.

Input is bounded: words longer than MAX_WORD characters are skipped (no language has
such words; they are noise or attacks), so the output is at most a few terms per word.
"""

import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

import Stemmer

MAX_WORD = 64
MIN_PART = 4  # the shortest compound part that counts as a word of its own
WORDS_REMEMBERED = 200_000
UNSTEMMED_TOO = frozenset({"az"})  # see the module's docstring

STEMMERS = {"de": "german", "en": "english", "ru": "russian", "az": "turkish"}
WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
# Letters each language keeps apart from their unaccented look-alikes.
KEPT_LETTERS = {
    "de": frozenset("äöü"),  # the stemmer folds them itself, after reading "ae" as "ä"
    "ru": frozenset("й"),
    "az": frozenset("çğıöşüə"),
}
# German suffixes after which a linking "s" marks the end of a compound's first part.
LINKED_SUFFIXES = re.compile(r"(?<=.{2})(?:ung|heit|keit|schaft|ion|tät|ling|tum)s(?=.{4})")
LINKING_ELEMENTS = ("es", "en", "s", "n", "e", "")
CYRILLIC = {
    **dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"},
    **{"ъ": "", "ь": ""},
}
CYRILLIC_LETTER = re.compile(f"[{''.join(CYRILLIC)}]")
# Russian surnames as German writes them ("Alijew", "Hasanow"), read the English way too.
GERMAN_TRANSLITERATION = re.compile(r"[ei]?[oe]wa?$")
AZERBAIJANI_LETTER = re.compile("[əı]")  # letters no other edition folds to Latin ones
AZERBAIJANI = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u", "x": "kh"}

_local = threading.local()


class Analysed(NamedTuple):
    stems: list[str]  # one per word, in order
    more: list[str]  # every other term


def terms(text: str, language: str, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """The analysed terms of `text` in `language`, in the order they occur.

    `vocabulary` holds the folded words known in the edition; German compounds split at
    them (see `parts()`).
    """
    found = []
    for word in words(text, language):
        found.extend(word_terms(word, language, vocabulary))
    return found


def words(text: str, language: str) -> list[str]:
    """The folded words of `text`: hyphenated words whole, as parts and joined."""
    return [word for whole, pieces in word_groups(text, language) for word in (whole, *pieces)]


def word_groups(text: str, language: str) -> Iterator[tuple[str, list[str]]]:
    """(folded word, its hyphenated pieces if it has more than one) for each word of `text`;
    "Baku-Konferenz" gives ("bakukonferenz", ["baku", "konferenz"])."""
    text = unicodedata.normalize("NFKC", text)
    if language == "az":
        text = text.replace("I", "ı").replace("İ", "i")
    for match in WORD.finditer(text.casefold()):
        pieces = [fold(piece, language) for piece in re.split(r"[-‐‑]", match.group())]
        joined = "".join(pieces)
        if len(joined) <= MAX_WORD:
            yield joined, pieces if len(pieces) > 1 else []


def analyse(text: str, language: str, vocabulary: frozenset[str] = frozenset()) -> Analysed:
    """`terms()` split for an index: each word's stem in word order (a phrase is a run of
    them), and the other terms (compound parts, hyphenated pieces, romanised forms)."""
    stems, more = [], []
    for whole, pieces in word_groups(text, language):
        first, *rest = word_terms(whole, language, vocabulary)
        stems.append(first)
        more.extend(rest)
        for piece in pieces:
            more.extend(word_terms(piece, language, vocabulary))
    return Analysed(stems, more)


def fold(word: str, language: str) -> str:
    """`word` (case folded) without the accents its language does not tell apart."""
    if word.isascii():
        return word
    return "".join(folded_letter(letter, language) for letter in word)


@functools.cache
def folded_letter(letter: str, language: str) -> str:
    if letter in KEPT_LETTERS.get(language, ()):
        return letter
    marked = unicodedata.normalize("NFD", letter)
    return "".join(mark for mark in marked if not unicodedata.combining(mark))


def word_terms(word: str, language: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """The stem of one folded word, its compound parts' stems and its romanised forms."""
    if language != "de" or not vocabulary:
        return own_terms(word, language)
    stemmed, *rest = own_terms(word, language)
    found = [stemmed, *(stem(part, language) for part in parts(word, vocabulary)), *rest]
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=WORDS_REMEMBERED)
def own_terms(word: str, language: str) -> tuple[str, ...]:
    """The terms of one folded word that need no vocabulary, its stem first (remembered:
    a text's words are mostly words seen before; the vocabulary differs from text to
    text, so it stays out of the key)."""
    stemmed = stem(word, language)
    found = [stemmed, word] if language in UNSTEMMED_TOO else [stemmed]
    if language == "de":
        found.extend(stem(part, language) for part in parts(word, frozenset()))
    if romanised(word, language) != word:
        found.extend((romanised(word, language), romanised(stemmed, language)))
    if language == "de" and GERMAN_TRANSLITERATION.search(word):
        found.append(word.replace("j", "y").replace("w", "v"))
    return tuple(dict.fromkeys(found))


def stem(word: str, language: str) -> str:
    stemmer = stemmer_for(language)
    if stemmer is None:
        return word
    stemmed = stemmer.stemWord(word)
    if language == "az" and stemmed.endswith("q"):
        stemmed = stemmed[:-1] + "k"
    if language == "de" and stemmed.endswith("ss"):
        stemmed = stemmed[:-1]  # "Busse" gives "buss" but "Bus" "bus" ("-nisse", "-nis")
    return stemmed


def stemmer_for(language: str) -> "Stemmer.Stemmer | None":
    """This thread's stemmer for `language` (a stemmer must not be shared by threads)."""
    cache = _local.__dict__.setdefault("stemmers", {})
    if language not in cache:
        algorithm = STEMMERS.get(language)
        cache[language] = Stemmer.Stemmer(algorithm) if algorithm else None
    return cache[language]


def parts(word: str, vocabulary: frozenset[str]) -> list[str]:
    """The parts of a German compound, so that "Ministerium" and "Verteidigung" find
    "Verteidigungsministerium".

    Two rules, measured on the relevance set: a linking "s" after a suffix that ends a
    noun (-ung, -heit, -keit, -schaft, -ion, -tät, -ling, -tum) splits the word without
    any vocabulary ("Verteidigungs|ministerium"); and the longest ending of at least
    MIN_PART letters that is a known word is the compound's head ("Außen|minister"). Its
    rest is a part too: less a linking element (-es, -en, -s, -n, -e) when that leaves a
    known word, else as it is if it has MIN_PART letters ("Schach|turnier"), since the
    stemmer drops most linking elements itself.
    """
    found = []
    for match in LINKED_SUFFIXES.finditer(word):
        found.extend((word[: match.end() - 1], word[match.end() :]))
    for start in head_starts(word):
        if word[start:] in vocabulary:
            found.extend((word[start:], modifier(word[:start], vocabulary)))
            break
    return [part for part in found if len(part) >= MIN_PART]


def head_starts(word: str) -> range:
    """Where the endings `parts()` tries as a compound's head begin, longest first."""
    return range(3, len(word) - MIN_PART + 1)


def modifier(rest: str, vocabulary: frozenset[str]) -> str:
    """The first part of a compound less its linking element, when that is a known word."""
    for link in LINKING_ELEMENTS:
        if rest.endswith(link) and rest[: len(rest) - len(link)] in vocabulary:
            return rest[: len(rest) - len(link)]
    return rest


def romanised(word: str, language: str) -> str:
    """`word` in Latin letters when it is Cyrillic or has Azerbaijani letters, so that a
    name written in another script or transliterated meets it ("Алиева" gives "aliyeva"
    and, from its stem, "aliyev"); else `word` itself."""
    if word.isascii() and language != "az":
        return word
    if CYRILLIC_LETTER.search(word):
        latin = "".join(CYRILLIC.get(letter, letter) for letter in word)
        return re.sub(r"(?<=[aeiou])e", "ye", latin)
    if language == "az" or AZERBAIJANI_LETTER.search(word):
        return "".join(AZERBAIJANI.get(letter, letter) for letter in word)
    return word
