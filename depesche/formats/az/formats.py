"""Azerbaijani date formats: the month in lower case within a date, as the orthography has it.

Django's Azerbaijani date and date-time formats already name the month with E, whose names
depesche/locale_overrides gives in lower case ("19 may 2021, 14:00"); the day and month
alone take it too.
"""

# "19 may", not Django's "19 May".
MONTH_DAY_FORMAT = "j E"
