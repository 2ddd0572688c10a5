"""Search relevance per edition: `make eval-search`.

Loads the demo corpus (every story template in every edition, and the seed story with its
translations) into a throwaway SQLite site and runs each edition's relevance set
(depesche/search/relevance/) through two searches, printing recall@10 and mean reciprocal
rank (MRR) per edition and the ratio of the two:

- Wagtail's stock database search backend, `StoryPage.objects.live().search(query)`
  after `update_index`, as the site searches today;
- Depesche's search of the edition (depesche/search/searching.py): the edition's language
  analysis and the FTS5 index, as the search page and the API search.

--azerbaijani-stemmer tries another stemmer for the Azerbaijani edition's analysis.
"""

import argparse
import io
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

TOP = 10


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
        if options.azerbaijani_stemmer == "azstemmer":
            use_azstemmer()
        load_site(Path(work_dir))
        with_stock_backend()
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


def with_stock_backend() -> None:
    """Wagtail's own database backend as "stock", on the index `update_index` wrote."""
    from django.conf import settings

    settings.WAGTAILSEARCH_BACKENDS["stock"] = {
        "BACKEND": "wagtail.search.backends.database",
        "AUTO_UPDATE": False,
    }


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
    """{edition: (stock Wagtail's score, ours)}, and the queries whose stories our search
    does not all find, with what it found instead."""
    from django.conf import settings

    from depesche.search import relevance

    scores, misses = {}, []
    for code, _name in settings.LANGUAGES:
        queries = relevance.load(code)
        stock = [stock_results(code, query.text) for query in queries]
        ours = [our_results(code, query.text) for query in queries]
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


def edition(code: str):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def stock_results(code: str, query: str) -> list[str]:
    """The keys of the first ten stories Wagtail's database backend finds in the edition."""
    from depesche.news.models import StoryPage

    stories = StoryPage.objects.live().filter(locale=edition(code))
    return [story_key(page) for page in stories.search(query, backend="stock")[:TOP]]


def our_results(code: str, query: str) -> list[str]:
    """The keys of the first ten stories our search finds in the edition."""
    from depesche.search.engine import Filters
    from depesche.search.searching import search

    results = search(query, code, Filters(locale_id=edition(code).pk), per_page=TOP)
    return [story_key(page) for page in results.stories]


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
    print("stock = Wagtail's database backend; ours = Depesche's search (both on SQLite)")
    print(
        f"{'edition':<9}{'stock R@10':>11}{'ours R@10':>11}{'ratio':>7}"
        f"{'stock MRR':>11}{'ours MRR':>10}{'ratio':>7}"
    )
    for code, (stock, ours) in scores.items():
        recall_ratio = ratio(ours.recall, stock.recall)
        print(
            f"{code:<9}{stock.recall:>11.3f}{ours.recall:>11.3f}{recall_ratio:>7}"
            f"{stock.mrr:>11.3f}{ours.mrr:>10.3f}{ratio(ours.mrr, stock.mrr):>7}"
        )


def ratio(ours: float, stock: float) -> str:
    return f"{ours / stock:.2f}" if stock else "-"


if __name__ == "__main__":
    main()
