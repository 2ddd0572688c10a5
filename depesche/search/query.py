"""A reader's query, read safely: words and "exact phrases", bounded in size.

Anything may arrive in `q`: operators, NUL bytes, 10,000 characters. Control characters
become spaces, only the first MAX_LENGTH characters count, and only letters and digits
reach the engines (as analysed terms), so no input is query syntax to them.
"""

import re
from dataclasses import dataclass, field

from .analysis import analyse, fold, terms
from .stopwords import STOPWORDS

MAX_LENGTH = 200  # characters of a query that count
MAX_WORDS = 24  # words of a query that count (each gives a few terms)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
PHRASE = re.compile(r'"([^"]*)"')


@dataclass
class Query:
    text: str  # as the reader wrote it, cleaned and cut to MAX_LENGTH
    words: str  # the text outside quotes
    phrases: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.words.strip() or any(phrase.strip() for phrase in self.phrases))

    def all_text(self) -> str:
        return " ".join([self.words, *self.phrases])


def parse(text: str) -> Query:
    text = CONTROL.sub(" ", text)[:MAX_LENGTH].strip()
    phrases = [phrase for phrase in PHRASE.findall(text) if phrase.strip()]
    words = PHRASE.sub(" ", text).replace('"', " ")
    return Query(text=text, words=words, phrases=phrases)


def without_stopwords(words: list[str], language: str) -> list[str]:
    """`words` less the language's commonest ones, unless that leaves none."""
    common = STOPWORDS.get(language, frozenset())
    kept = [word for word in words if fold(word.casefold(), language) not in common]
    return kept or words


@dataclass
class Terms:
    """A query analysed in an edition's language: any of `anywhere` may match; each
    phrase (the stems of its words, in order) must."""

    anywhere: list[str]
    phrases: list[list[str]]
    prefixes: list[str] = field(default_factory=list)  # any term beginning so may match

    def __bool__(self) -> bool:
        return bool(self.anywhere or self.phrases or self.prefixes)


def analysed(
    query: Query, language: str, known: frozenset[str], last_word_begun: bool = False
) -> Terms:
    """`query`'s terms; with `last_word_begun` (a title being typed), its last word also
    matches as the beginning of a longer one."""
    words = " ".join(without_stopwords(query.words.split()[:MAX_WORDS], language))
    phrases = [analyse(phrase, language, known).stems[:MAX_WORDS] for phrase in query.phrases]
    stems = analyse(words, language, known).stems if last_word_begun else []
    return Terms(
        anywhere=list(dict.fromkeys(terms(words, language, known))),
        phrases=[phrase for phrase in phrases[:MAX_WORDS] if phrase],
        prefixes=stems[-1:],
    )
