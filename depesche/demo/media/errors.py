"""The one error the demo media raise: it says what is missing and how to get it."""


class MediaError(RuntimeError):
    """A source artefact or tool is missing or broken, so the demo media cannot be built."""
