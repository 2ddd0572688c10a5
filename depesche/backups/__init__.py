"""Backups of a whole site (database and media files) and their restore on another machine."""
