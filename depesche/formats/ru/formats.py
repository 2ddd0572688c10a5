"""Russian date formats where Django's own read wrongly in running text."""

# "26 ноября", not "26 Ноябрь": the day takes the month in the genitive, in lower case.
MONTH_DAY_FORMAT = "j E"
# "19 мая 2021, 12:00" in news style, not "19 мая 2021 г. 12:00".
DATETIME_FORMAT = "j E Y, G:i"
