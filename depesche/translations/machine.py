"""Machine translation: a pluggable backend, off unless the settings name one.

DEPESCHE_MACHINE_TRANSLATION = {"BACKEND": "<dotted path of a class>", "OPTIONS": {...}}
The class takes the options as keyword arguments and has
`translate(texts, source_language, target_language, *, html) -> list[str]`.
One backend comes with Depesche: LibreTranslate, an open-source server a newsroom can run
itself (docs/translation-desk.md).
"""

import json
import urllib.error
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _


class MachineTranslationError(Exception):
    """The backend could not translate; the message says why, for the editor."""


class MachineTranslator(Protocol):
    def translate(
        self, texts: list[str], source_language: str, target_language: str, *, html: bool
    ) -> list[str]: ...


def configured_translator() -> MachineTranslator | None:
    """The backend the settings name, or None when machine translation is off."""
    config = getattr(settings, "DEPESCHE_MACHINE_TRANSLATION", None)
    if not config:
        return None
    return import_string(config["BACKEND"])(**config.get("OPTIONS", {}))


class LibreTranslate:
    """A LibreTranslate server's `/translate` endpoint (https://libretranslate.com/docs)."""

    def __init__(self, url: str, api_key: str = "", timeout: float = 30.0) -> None:
        self.endpoint = url.rstrip("/") + "/translate"
        self.api_key = api_key
        self.timeout = timeout

    def translate(
        self, texts: list[str], source_language: str, target_language: str, *, html: bool
    ) -> list[str]:
        if not texts:
            return []
        payload = {
            "q": texts,
            "source": source_language,
            "target": target_language,
            "format": "html" if html else "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        request = urllib.request.Request(  # noqa: S310 # nosec B310 -- the configured server
            self.endpoint,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 # nosec B310
                answer = json.load(response)
        except urllib.error.HTTPError as error:
            raise MachineTranslationError(
                _("The translation server answered %(status)s: %(reason)s")
                % {"status": error.code, "reason": server_reason(error)}
            ) from error
        except (OSError, ValueError) as error:
            raise MachineTranslationError(
                _("The translation server could not be reached: %(error)s") % {"error": error}
            ) from error
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise MachineTranslationError(_("The translation server's answer was not understood."))
        return [str(text) for text in translated]


def server_reason(error: urllib.error.HTTPError) -> str:
    try:
        return str(json.load(error).get("error", error.reason))
    except (ValueError, AttributeError):
        return str(error.reason)
