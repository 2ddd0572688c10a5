"""Names of the Wagtail hooks through which apps contribute to one another."""

# Functions `(page) -> iterable of paths` (no scheme or host; the page's edition is the
# active language while they run) of everything that shows the page besides its own
# address: listings, feeds, sitemaps, fragments, API documents. After a publish, the CDN
# is purged of all of them; each app names its own.
PAGE_LISTING_PATHS = "page_listing_paths"

# Functions `() -> iterable of (app label, permission codename)`: what an edition's editors
# may do besides publishing its pages (news/newsroom.py gives these to their groups).
EDITION_EDITOR_PERMISSIONS = "edition_editor_permissions"
