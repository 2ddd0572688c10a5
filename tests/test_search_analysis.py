"""Search terms per edition: inflections, compounds, folding and hostile text."""

import pytest

from depesche.search.analysis import MAX_WORD, analyse, own_terms, terms


def meet(query, text, language, vocabulary=frozenset()):
    """Whether a query word finds a story word: they share a term."""
    return bool(set(terms(query, language)) & set(terms(text, language, vocabulary)))


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("de", "Verteidigungsministers", "Verteidigungsminister"),
        ("de", "Ministerium", "Verteidigungsministerium"),
        ("de", "Verteidigung", "Verteidigungsministeriums"),
        ("de", "Strasse", "Straße"),
        ("de", "Mueller", "Müller"),
        ("de", "Muller", "Müller"),
        ("de", "Aussenminister", "Außenministers"),
        ("en", "ministers", "minister"),
        ("en", "cafe", "Café"),
        ("ru", "Азербайджана", "Азербайджан"),
        ("ru", "елка", "ёлка"),
        ("ru", "Aliyev", "Алиев"),
        ("az", "əməkdaşlığı", "əməkdaşlıq"),
        ("az", "Aliyev", "Əliyev"),
        ("az", "İLHAM", "ilham"),
        ("az", "marafon", "marafonunda"),
    ],
)
def test_a_query_finds_its_inflected_folded_or_compound_form(language, query, text):
    assert meet(query, text, language)


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("de", "Minister", "Verteidigungsministerium"),
        ("az", "səhər", "şəhər"),
        ("en", "port", "sport"),
    ],
)
def test_different_words_stay_apart(language, query, text):
    assert not meet(query, text, language)


def test_a_compound_splits_at_a_known_head_word():
    known = frozenset({"minister", "haushalt", "entwurf"})
    assert meet("Minister", "Außenminister", "de", known)
    assert meet("Haushalt", "Haushaltsentwurf", "de", known)
    assert meet("Schach", "Schachturnier", "de", frozenset({"turnier"}))
    assert not meet("Haushalt", "Haushaltsentwurf", "de")


def test_hyphenated_words_are_found_whole_by_their_parts_and_joined():
    assert meet("polkovnik", "general-polkovnik", "az")
    assert meet("generalpolkovnik", "general-polkovnik", "az")


@pytest.mark.parametrize(
    "text",
    [
        "Baku\x00Minsk",
        "\ud800Baku\udfff Minsk",
        "Baku " * 2000,
        "Verteidigungs" * 800,
        '\' OR 1=1 --; <script>alert(1)</script> "phrase" AND NOT *',
        "",
    ],
)
@pytest.mark.parametrize("language", ["de", "en", "ru", "az", "xx"])
def test_hostile_text_gives_bounded_terms_without_error(text, language):
    found = terms(text, language)
    assert len(found) <= 4 * len(text.split()) + 4
    assert all(0 < len(term) <= 2 * MAX_WORD and term.isprintable() for term in found)


def test_nul_and_bad_surrogates_separate_words():
    assert terms("Baku\x00Minsk", "en") == ["baku", "minsk"]
    assert terms("\ud800Baku\udfff", "en") == ["baku"]


def test_a_german_stems_final_ss_counts_as_s():
    assert terms("Elektrobusse", "de")[0] == terms("Elektrobus", "de")[0]
    assert terms("Ergebnisse", "de")[0] == terms("Ergebnis", "de")[0]


def test_a_russian_surname_in_german_transliteration_gives_the_english_one():
    assert "aliyev" in terms("Alijew", "de")
    assert "ivanova" in terms("Iwanowa", "de")
    assert terms("Löwe", "de") == ["low"]  # not a surname's ending


def test_analyse_gives_one_stem_per_word_in_order_and_the_other_terms_apart():
    stems, more = analyse("Baku-Konferenz der Verteidigungsministerien", "de")
    assert stems == [
        terms("Bakukonferenz", "de")[0],
        "der",
        terms("Verteidigungsministerien", "de")[0],
    ]
    assert {"baku", "konferenz", "verteid", "ministeri"} <= set(more)


def test_remembered_words_do_not_keep_each_texts_vocabulary():
    own_terms.cache_clear()
    for number in range(500):
        terms("Verteidigungsministerium", "de", frozenset({f"wort{number}", "ministerium"}))
    assert own_terms.cache_info().currsize == 1
