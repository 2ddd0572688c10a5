"""What an import run did, item by item."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class ImportReport:
    """Items created, updated, skipped (with the reason) and failed (with the error)."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # about items that went in

    def summary(self):
        return _(
            "created: %(created)d, updated: %(updated)d, skipped: %(skipped)d, failed: %(failed)d"
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "skipped": len(self.skipped),
            "failed": len(self.failed),
        }
