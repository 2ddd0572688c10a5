"""Reads are kept per hour; these are the hours."""

import datetime


def hour_of(moment: datetime.datetime) -> datetime.datetime:
    """The start of the hour a moment falls in."""
    return moment.replace(minute=0, second=0, microsecond=0)
