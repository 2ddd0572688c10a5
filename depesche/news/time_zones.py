"""How a time zone is named next to a local time: "CEST", "MSK", "UTC+4".

Zones with a well-known letter abbreviation show it, translated where the language has its
own (German readers know CEST as MESZ); zones without one, such as Asia/Baku ("+04" in the
time zone database), show their offset from UTC.
"""

import datetime

from django.utils.translation import pgettext, pgettext_lazy

ABBREVIATIONS = {
    "UTC": pgettext_lazy("time zone abbreviation", "UTC"),
    "GMT": pgettext_lazy("time zone abbreviation", "GMT"),
    "BST": pgettext_lazy("time zone abbreviation", "BST"),
    "WET": pgettext_lazy("time zone abbreviation", "WET"),
    "WEST": pgettext_lazy("time zone abbreviation", "WEST"),
    "CET": pgettext_lazy("time zone abbreviation", "CET"),
    "CEST": pgettext_lazy("time zone abbreviation", "CEST"),
    "EET": pgettext_lazy("time zone abbreviation", "EET"),
    "EEST": pgettext_lazy("time zone abbreviation", "EEST"),
    "MSK": pgettext_lazy("time zone abbreviation", "MSK"),
}


def zone_label(moment: datetime.datetime) -> str:
    """The name of the zone an aware local time is in, as readers of the language know it."""
    name = moment.tzname() or ""
    if name in ABBREVIATIONS:
        return str(ABBREVIATIONS[name])
    if name.isalpha():
        return name
    return utc_offset_label(moment.utcoffset() or datetime.timedelta())


def utc_offset_label(offset: datetime.timedelta) -> str:
    """ "UTC+4", "UTC+5:30", "UTC−3": the offset in hours, minutes only when there are any."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "\N{MINUS SIGN}"
    hours, minutes = divmod(abs(minutes), 60)
    amount = f"{hours}:{minutes:02d}" if minutes else f"{hours}"
    # Translators: a time zone given by its offset from UTC, such as "UTC+4".
    return pgettext("time zone offset", "UTC%(offset)s") % {"offset": f"{sign}{amount}"}
