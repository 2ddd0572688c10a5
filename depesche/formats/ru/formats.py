"""Russian date formats where Django's own read wrongly in running text."""

# "26 ноября", not "26 Ноябрь": the day takes the month in the genitive, in lower case.
MONTH_DAY_FORMAT = "j E"
