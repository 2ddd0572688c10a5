"""The relevance set: queries of each edition and the demo stories each must find."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent
SEED_STORY = "defence-talks"  # the key of the seed story and its translations


@dataclass(frozen=True)
class Query:
    text: str
    finds: frozenset[str]


def load(edition: str) -> list[Query]:
    """The queries of `edition` (a language code) in the order they are written."""
    with (DIRECTORY / f"{edition}.toml").open("rb") as file:
        written = tomllib.load(file)
    return [Query(entry["query"], frozenset(entry["finds"])) for entry in written["queries"]]
