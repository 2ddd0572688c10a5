"""A test double for machine translation: it "translates" by tagging each text with the
target language, and remembers what it was asked."""


class FakeTranslator:
    calls: list[dict] = []

    def __init__(self, **options) -> None:
        self.options = options

    def translate(self, texts, source_language, target_language, *, html):
        FakeTranslator.calls.append(
            {
                "texts": list(texts),
                "source": source_language,
                "target": target_language,
                "html": html,
            }
        )
        return [f"[{target_language}] {text}" for text in texts]


class HostileTranslator(FakeTranslator):
    """A test double for a compromised translation server: it adds markup to every text."""

    def translate(self, texts, source_language, target_language, *, html):
        translated = super().translate(texts, source_language, target_language, html=html)
        return [
            f'{text}<script>alert(1)</script><img src=x onerror="alert(2)">' for text in translated
        ]
