"""Search relevance per edition: `make eval-search`.

Loads the demo corpus (every story template in every edition, and the seed story with its
translations) into a throwaway SQLite site and runs each edition's relevance set
(depesche/search/relevance/) through two searches, printing recall@10 and mean reciprocal
rank (MRR) per edition and the ratio of the two:

- Wagtail's stock database search backend, `StoryPage.objects.live().search(query)`
  after `update_index`, as the site searches today;
- the edition's language analysis alone (depesche/search/analysis.py) as a simple ranked
  match over the stories' analysed headline, lead and body terms: no search engine yet
  (SQLite FTS5 and PostgreSQL come later), so it measures what the analysis finds.

--azerbaijani-stemmer tries another stemmer for the Azerbaijani edition's analysis.
"""

import argparse
import io
import math
import os
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

TOP = 10
FIELD_WEIGHTS = {"headline": 3.0, "lead": 2.0, "body": 1.0}


@dataclass
class Story:
    key: str
    published: float  # a timestamp: the newer story wins a tie
    fields: dict[str, set[str]]


@dataclass
class Score:
    recall: float
    mrr: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--azerbaijani-stemmer",
        choices=["turkish", "azstemmer"],
        default="turkish",
        help="azstemmer needs `pip install azstemmer` (not a dependency: it has no licence).",
    )
    parser.add_argument(
        "--misses", action="store_true", help="List the queries the analysis misses."
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="depesche-eval-search-") as work_dir:
        os.environ.pop("DATABASE_URL", None)
        os.environ["DEPESCHE_VAR_DIR"] = work_dir
        os.environ["DJANGO_SETTINGS_MODULE"] = "depesche.settings.dev"
        import django

        django.setup()
        load_site(Path(work_dir))
        if options.azerbaijani_stemmer == "azstemmer":
            use_azstemmer()
        scores, misses = evaluate()
        report(scores)
        if options.misses:
            for code, query, found in misses:
                print(f"{code} {query.text!r} must find {sorted(query.finds)}, found {found}")


def load_site(work_dir: Path) -> None:
    """Migrate a fresh SQLite database and write the demo corpus and seed story into it."""
    from django.core.management import call_command
    from django.utils import timezone

    from depesche.demo import corpus
    from depesche.demo.editions import ensure_editions
    from depesche.demo.management.commands.load_demo import Command as LoadDemo

    call_command("migrate", "--no-input", verbosity=0)
    sections = ensure_editions()
    # The seed story as the demo bundles it: work_dir holds no seed folder's originals.
    LoadDemo(stdout=io.StringIO()).load_seed_story(sections, work_dir)
    corpus.write(corpus.plan(corpus.capacity()), sections, now=timezone.now())
    call_command("update_index", verbosity=0)


def use_azstemmer() -> None:
    """The Azerbaijani edition's analysis with azstemmer's dictionary stemmer instead."""
    from azstemmer import AzStemmer

    from depesche.search import analysis

    stemmer = AzStemmer(keyboard="az")
    snowball = analysis.stem
    analysis.stem = lambda word, language: (
        stemmer.stem(word) if language == "az" else snowball(word, language)
    )


def evaluate() -> tuple[dict[str, tuple[Score, Score]], list]:
    """{edition: (stock Wagtail's score, the analysis' score)}, and the queries whose
    stories the analysis does not all find, with what it found instead."""
    from django.conf import settings

    from depesche.search import relevance

    scores, misses = {}, []
    for code, _name in settings.LANGUAGES:
        queries = relevance.load(code)
        stories, vocabulary = analysed_stories(code)
        stock = [stock_results(code, query.text) for query in queries]
        ours = ranked_match(stories, code, vocabulary, [query.text for query in queries])
        scores[code] = (score(queries, stock), score(queries, ours))
        misses.extend(
            (code, query, found)
            for query, found in zip(queries, ours, strict=True)
            if not query.finds <= set(found)
        )
    return scores, misses


def story_key(page) -> str:
    """The story's template key; the seed story's translations share one key."""
    from depesche.search import relevance

    if (page.external_id or "").startswith("demo:"):
        return page.external_id.rsplit(":", 1)[1]
    return relevance.SEED_STORY


def edition_stories(code: str):
    from wagtail.models import Locale

    from depesche.news.models import StoryPage

    return StoryPage.objects.live().filter(locale=Locale.objects.get(language_code=code))


def stock_results(code: str, query: str) -> list[str]:
    """The keys of the first ten stories Wagtail's database backend finds in the edition."""
    return [story_key(page) for page in edition_stories(code).search(query)[:TOP]]


def analysed_stories(code: str) -> tuple[list[Story], frozenset[str]]:
    """The edition's stories with the terms of each field, and its vocabulary."""
    from django.utils.html import strip_tags

    from depesche.news.models import StoryPage
    from depesche.search.analysis import terms

    body_field = StoryPage._meta.get_field("body")
    texts = []
    for page in edition_stories(code):
        body = " ".join(strip_tags(text) for text in body_field.get_searchable_content(page.body))
        texts.append((page, {"headline": page.title, "lead": page.lead, "body": body}))
    vocabulary = vocabulary_of(code, [text for _page, fields in texts for text in fields.values()])
    stories = [
        Story(
            key=story_key(page),
            published=page.first_published_at.timestamp(),
            fields={name: set(terms(text, code, vocabulary)) for name, text in fields.items()},
        )
        for page, fields in texts
    ]
    return stories, vocabulary


def vocabulary_of(code: str, texts: list[str]) -> frozenset[str]:
    """The edition's known words: every folded word of its stories, long enough to be a
    compound's part (see analysis.parts)."""
    from depesche.search.analysis import MIN_PART, words

    return frozenset(word for text in texts for word in words(text, code) if len(word) >= MIN_PART)


def ranked_match(
    stories: list[Story], code: str, vocabulary: frozenset[str], queries: list[str]
) -> list[list[str]]:
    """For each query, the keys of the ten best stories: a story scores, for every query
    term it has, the term's inverse document frequency times the weight of the best field
    that has it (headline over lead over body); the newer story wins a tie."""
    from depesche.search.analysis import terms

    frequency = Counter(term for story in stories for term in set().union(*story.fields.values()))
    results = []
    for query in queries:
        wanted = set(terms(query, code, vocabulary))
        scored = defaultdict(float)
        for index, story in enumerate(stories):
            for term in wanted:
                weight = max(
                    (FIELD_WEIGHTS[name] for name, found in story.fields.items() if term in found),
                    default=0.0,
                )
                if weight:
                    scored[index] += weight * math.log(1 + len(stories) / frequency[term])
        best = sorted(scored, key=lambda index: (-scored[index], -stories[index].published))
        results.append([stories[index].key for index in best[:TOP]])
    return results


def score(queries, results: list[list[str]]) -> Score:
    """Mean recall@10 and mean reciprocal rank of the first story a query must find."""
    recalls, ranks = [], []
    for query, found in zip(queries, results, strict=True):
        recalls.append(len(query.finds & set(found)) / len(query.finds))
        first = next((rank for rank, key in enumerate(found, 1) if key in query.finds), None)
        ranks.append(1 / first if first else 0.0)
    return Score(sum(recalls) / len(recalls), sum(ranks) / len(ranks))


def report(scores: dict[str, tuple[Score, Score]]) -> None:
    print()
    print("Search relevance: recall@10 and MRR per edition on the relevance set")
    print("stock = Wagtail's database backend (SQLite); analysis = the edition's language")
    print("analysis alone, as a simple ranked match over analysed terms (no engine yet)")
    print(
        f"{'edition':<9}{'stock R@10':>11}{'analysis R@10':>15}{'ratio':>7}"
        f"{'stock MRR':>11}{'analysis MRR':>14}{'ratio':>7}"
    )
    for code, (stock, ours) in scores.items():
        recall_ratio = ratio(ours.recall, stock.recall)
        print(
            f"{code:<9}{stock.recall:>11.3f}{ours.recall:>15.3f}{recall_ratio:>7}"
            f"{stock.mrr:>11.3f}{ours.mrr:>14.3f}{ratio(ours.mrr, stock.mrr):>7}"
        )


def ratio(ours: float, stock: float) -> str:
    return f"{ours / stock:.2f}" if stock else "-"


if __name__ == "__main__":
    main()
