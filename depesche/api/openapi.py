"""The OpenAPI 3.1 description of the ninjs API and the search API, served at
/api/ninjs/openapi.json."""

from collections.abc import Mapping

from .ninjs import VERSIONS

TITLE = "Depesche ninjs API"
DESCRIPTION = (
    "Published stories as IPTC ninjs 3.1 or 2.2 documents "
    "(schemas: " + ", ".join(VERSIONS.values()) + "), and a search of an edition's stories."
)
STRING = {"type": "string"}
OPTIONAL_STRING = {"anyOf": [{"type": "string"}, {"type": "null"}]}
INTEGER = {"type": "integer"}
# The documents are described by IPTC's schemas named in the description, not here.
ANY_OBJECT = {"additionalProperties": True, "title": "Response", "type": "object"}
# (name, schema, required) of the listing's query parameters.
LISTING_QUERY = [
    ("edition", STRING, True),
    ("since", OPTIONAL_STRING, False),
    ("cursor", OPTIONAL_STRING, False),
    ("limit", {**INTEGER, "default": 20}, False),
]
DATE = {"type": "string", "format": "date"}
# (name, schema, required) of the search's query parameters.
SEARCH_QUERY = [
    ("edition", STRING, True),
    ("q", STRING, False),
    ("order", {"type": "string", "enum": ["relevance", "newest"], "default": "relevance"}, False),
    ("section", STRING, False),
    ("kind", {"type": "string", "enum": ["text", "video", "photo"]}, False),
    ("from", DATE, False),
    ("to", DATE, False),
    ("tag", STRING, False),
    ("page", {**INTEGER, "minimum": 1, "default": 1}, False),
    ("per_page", {**INTEGER, "minimum": 1, "maximum": 50, "default": 20}, False),
]


def description(prefix: str, search_path: str) -> dict:
    """The OpenAPI document for the API mounted at `prefix` (such as "/api/ninjs/") and the
    search at `search_path` (such as "/api/search/")."""
    version = parameter("path", "version", STRING, required=True)
    story_id = parameter("path", "story_id", INTEGER, required=True)
    query = [parameter("query", name, schema, required) for name, schema, required in LISTING_QUERY]
    one = operation("story", "One published story", [version, story_id])
    listing = operation("story_list", "Published stories by last change", [version, *query])
    search_query = [parameter("query", *details) for details in SEARCH_QUERY]
    search = operation("search", "An edition's stories that match a query", search_query)
    listing_query = {
        "properties": {name: schema_of(name, schema) for name, schema, _ in LISTING_QUERY},
        "required": [name for name, _, required in LISTING_QUERY if required],
        "title": "StoryList",
        "type": "object",
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": TITLE, "version": "1", "description": DESCRIPTION},
        "paths": {
            prefix + "{version}/stories/{story_id}/": {"get": one},
            prefix + "{version}/stories/": {"get": listing},
            search_path: {"get": search},
        },
        "components": {"schemas": {"StoryList": listing_query}},
        "servers": [],
    }


def operation(name: str, summary: str, parameters: list[dict[str, object]]) -> dict[str, object]:
    return {
        "operationId": f"depesche_api_views_{name}",
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": ANY_OBJECT}}}
        },
    }


def parameter(
    location: str, name: str, schema: Mapping[str, object], required: bool
) -> dict[str, object]:
    return {"in": location, "name": name, "schema": schema_of(name, schema), "required": required}


def schema_of(name: str, schema: Mapping[str, object]) -> dict[str, object]:
    """A parameter's JSON schema with its title ("story_id": "Story Id"), keys in order."""
    return dict(sorted({**schema, "title": name.replace("_", " ").title()}.items()))
