"""Reading the ninjs API's path and query parameters; what cannot be read is answered with 422.

The answer lists every problem at once as {"type", "loc", "msg"}, the shape the API's
clients have always been given.
"""

import re

# Digits with single underscores between them, and an optional fraction of zeros ("5.0").
INTEGER = re.compile(r"([+-]?)([0-9]+(?:_[0-9]+)*)(?:\.0+)?")
LONGEST_INTEGER = 4300  # digits, as far as Python's int() reads from text


class InvalidParameters(Exception):
    """Parameters that are missing or unreadable: one error dict for each."""

    def __init__(self, errors: list[dict[str, object]]) -> None:
        super().__init__(errors)
        self.errors = errors


class ParameterReader:
    """Reads a request's parameters, gathering every problem before any is reported."""

    def __init__(self) -> None:
        self.errors: list[dict[str, object]] = []

    def text(
        self, location: str, name: str, value: str | None, *, required: bool = False
    ) -> str | None:
        if value is None and required:
            self.refuse(location, name, "missing", "Field required")
        return value

    def integer(
        self, location: str, name: str, value: str | None, default: int | None = None
    ) -> int | None:
        """An integer written in decimal, with surrounding white space, `default` if absent."""
        if value is None:
            return default
        match = INTEGER.fullmatch(value.strip())
        if match is None:
            self.refuse(
                location,
                name,
                "int_parsing",
                "Input should be a valid integer, unable to parse string as an integer",
            )
            return None
        sign, digits = match.group(1), match.group(2).replace("_", "").lstrip("0")
        if len(digits) > LONGEST_INTEGER:
            self.refuse(
                location,
                name,
                "int_parsing_size",
                "Unable to parse input string as an integer, exceeded maximum size",
            )
            return None
        return int(sign + (digits or "0"))

    def refuse(self, location: str, name: str, error_type: str, message: str) -> None:
        self.errors.append({"type": error_type, "loc": [location, name], "msg": message})

    def check(self) -> None:
        """Raise InvalidParameters if any parameter could not be read."""
        if self.errors:
            raise InvalidParameters(self.errors)
