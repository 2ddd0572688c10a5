"""What an import run did, item by item, and the one-line summary editors read."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


def summary(created: int, updated: int, skipped: int, failed: int) -> str:
    """How many items a run created, updated, skipped and failed, in one line."""
    return _(
        "created: %(created)d, updated: %(updated)d, skipped: %(skipped)d, failed: %(failed)d"
    ) % {"created": created, "updated": updated, "skipped": skipped, "failed": failed}


@dataclass
class ImportReport:
    """Items created, updated, skipped (with the reason) and failed (with the error)."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # about items that went in

    def counts(self) -> tuple[int, int, int, int]:
        """How many items were created, updated, skipped and failed."""
        return len(self.created), len(self.updated), len(self.skipped), len(self.failed)

    def summary(self) -> str:
        return summary(*self.counts())
