"""German dates with a comma between date and time, as in the other editions."""

# "19. Mai 2021, 12:00", not Django's "19. Mai 2021 12:00".
DATETIME_FORMAT = "j. F Y, H:i"
