"""Settings shared by every environment; deployment values come from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("DEPESCHE_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "depesche.news",
    "depesche.reads",
    "depesche.translations",
    "depesche.ticker",
    "depesche.breaking",
    "depesche.importers",
    "depesche.syndication",
    "depesche.api",
    "depesche.pagecache",
    "depesche.security",
    "depesche.search",
    "depesche.channel",
    "depesche.worker",
    "depesche.backups",
    "django_tasks",
    "django_tasks_db",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtailmedia",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "depesche.pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "depesche.security.middleware.SecurityHeadersMiddleware",
    "depesche.security.limits.RequestBodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "depesche.news.middleware.EditionLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "depesche.security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "depesche.urls"
WSGI_APPLICATION = "depesche.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded default is SQLite in WAL mode; production sets DATABASE_URL (PostgreSQL 15+).
# Connections are kept for a minute; one that broke while idle (the database restarted) is
# noticed and replaced before a request uses it, instead of failing that request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'depesche.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The admin door: failed logins are counted per address and per user name at an address
# (django-axes, in the database); after 10 the address, or the name there, is locked out for
# 30 minutes, and every lockout is logged. Each failure is also kept in the database, for
# the admin's Security menu. Passwords pass Django's validators.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "depesche.security.login.client_ip"
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
OTP_TOTP_ISSUER = "Depesche"  # the name authenticator apps show beside the code
AXES_SENSITIVE_PARAMETERS = []  # the log names the user and address (never the password)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Editions: one Wagtail locale per language, each with its own front page.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ru", "Русский"),
    ("az", "Azərbaycanca"),
]
# The admin names the editions in the editor's language ("erfolgreich in Englisch
# erstellt"); readers see each edition's own name (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ru", _("Russian")),
    ("az", _("Azerbaijani")),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Depesche's catalogues, then locale_overrides: a few of Django's and Wagtail's own strings
# translated differently (Azerbaijani month names in dates, the German "submit to workflow";
# see each django.po). Depesche's catalogues
# never hold those msgids, so the order does not decide which translation wins; it keeps
# locale_overrides out of makemessages, which writes to the first path.
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_overrides"]
FORMAT_MODULE_PATH = ["depesche.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("DEPESCHE_TIME_ZONE", "Europe/Berlin")

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Every key and channel Depesche uses in Redis starts with this, so several sites (or a
# site and other programs) can share one Redis server.
REDIS_PREFIX = os.environ.get("DEPESCHE_REDIS_PREFIX", "depesche")
# Read counting keeps its short-lived visitor hashes in a cache every app process shares:
# files on this machine by default, Redis when REDIS_URL is set (several machines).
# Rendered pages likewise live in a shared cache, so one publish invalidates them everywhere.
for alias in ("reads", "pages"):
    if os.environ.get("REDIS_URL"):
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"{REDIS_PREFIX}-{alias}",
            # A Redis that is down or cut off is noticed within a second: pages are then
            # rendered uncached and read beacons answered "try again" (503). One pool per
            # process, not one per request (depesche/core/redis_pool.py).
            "OPTIONS": {
                "socket_connect_timeout": 1,
                "socket_timeout": 1,
                "pool_class": "depesche.core.redis_pool.SharedConnectionPool",
            },
        }
    else:
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / alias,
            "OPTIONS": {"MAX_ENTRIES": 1_000_000, "CULL_FREQUENCY": 10},
        }

WAGTAIL_SITE_NAME = "Depesche"
WAGTAILADMIN_BASE_URL = os.environ.get("DEPESCHE_BASE_URL", "http://127.0.0.1:8000")
# Depesche's backend (Wagtail's database backend plus the edition-aware story index the
# public search reads). Benchmarks set Wagtail's own, "wagtail.search.backends.database",
# to compare with stock Wagtail on the same data.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": os.environ.get("DEPESCHE_SEARCH_BACKEND", "depesche.search.backend")}
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "vtt", "mp4", "webm", "ogv", "mp3", "ogg", "m4a"]
# Caption files are served inline as text/vtt, as a video's <track> needs them.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/vtt"]
# Documents go through the app from any storage, never a redirect to the bucket: private
# collections stay private, and captions come from the page's own origin, as <track> asks.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Renditions: at these qualities an AVIF and a WebP photo weigh about the same, 40 % of the
# JPEG at Wagtail's default of 76; Wagtail's AVIF default (61) adds a third to the bytes.
WAGTAILIMAGES_AVIF_QUALITY = 50
WAGTAILIMAGES_WEBP_QUALITY = 75
# A published story's lead image is rendered at once, not by its first reader.
DEPESCHE_RENDITIONS_ON_PUBLISH = True
TAGGIT_CASE_INSENSITIVE = True

# Background work runs through Django's task framework: queued in the database and run by
# the worker (`manage.py run_worker`), which also runs the periodic jobs (depesche/worker/).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# How often the worker publishes and unpublishes what is scheduled, in seconds.
DEPESCHE_SCHEDULING_SECONDS = int(os.environ.get("DEPESCHE_SCHEDULING_SECONDS", 30))

# Site furniture: how many headlines the newsticker shows and how long listings are.
DEPESCHE_TICKER_LENGTH = 12
# Live blog entries on the blog's page; older ones load on demand, as many at a time.
DEPESCHE_LIVE_BLOG_PAGE_SIZE = 20
# The live channel (depesche/channel/): events pushed to open pages of an edition.
DEPESCHE_LIVE = {
    # Redis fans events out to every app process on every machine; without it the
    # processes of one machine read them from the database (see docs/deploy.md).
    "REDIS_URL": os.environ.get("REDIS_URL", ""),
    "REDIS_CHANNEL": f"{REDIS_PREFIX}:live",
    # Pages that cannot hold a stream poll this often; shared caches keep the answer
    # for POLL_CACHE_SECONDS, so the app answers about that often per edition.
    "POLL_SECONDS": int(os.environ.get("DEPESCHE_LIVE_POLL_SECONDS", 15)),
    "POLL_CACHE_SECONDS": 2,
    # Streams one app process holds; more readers poll instead.
    "STREAMS_PER_PROCESS": int(os.environ.get("DEPESCHE_LIVE_STREAMS_PER_PROCESS", 5000)),
    # A stream ends after about this long and the browser reconnects (to another process).
    "STREAM_SECONDS": 600,
    "KEEP_HOURS": 24,
}
DEPESCHE_PAGE_SIZE = 20
DEPESCHE_FEED_LENGTH = 50
# The date in the stories' tag URIs (feed entry ids, ninjs uri): any day or year on which
# the site's domain was ours. Ids change with it, so it stays as it is once the site is live.
DEPESCHE_TAG_URI_DATE = os.environ.get("DEPESCHE_TAG_URI_DATE", "2026")
# URLs per sitemap page (search engines accept up to 50,000).
DEPESCHE_SITEMAP_LIMIT = 5000
DEPESCHE_FRONT_SECTION_STORIES = 4
# Without an editor's choice, a top story leads the front page for this many hours after
# it is first published; then the newest story (or a newer top story) takes its place.
DEPESCHE_TOP_STORY_HOURS = 24

LOGIN_URL = "wagtailadmin_login"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"axes": {"handlers": ["console"], "level": "WARNING", "propagate": False}},
}

# Security headers (see docs/security.md). Public pages: scripts, styles, images and media
# from this site only, nothing inline, never framed. The Wagtail admin uses inline scripts
# and styles and frames its own previews. Media on another host (MEDIA_URL: object storage,
# a CDN) are admitted in img-src and media-src of both (depesche/security/headers.py).
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
DEPESCHE_ADMIN_PATHS = ("/admin/",)
DEPESCHE_CONTENT_SECURITY_POLICY = {
    "public": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
    "admin": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
DEPESCHE_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=()"
)
# Request bodies, by path prefix (the longest one a path starts with counts): public paths take
# no uploads, read beacons carry nothing, the admin takes images, documents and import files
# (up to 100 MB, as the importers read). Form fields beyond DATA_UPLOAD_MAX_MEMORY_SIZE
# (Django's 2.5 MB) are refused; the editor posts several fields per StreamField block, so a
# long story needs more than Django's 1,000 fields.
DEPESCHE_MAX_BODY_BYTES = {
    "/": 64 * 1024,
    "/reads/": 1024,
    **dict.fromkeys(DEPESCHE_ADMIN_PATHS, 100 * 1024 * 1024),
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_NUMBER_FILES = 100
# The admin asks no third party: no avatar service, no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Where requests come from, for read counting, rate limits and login throttling: behind
# reverse proxies, the META key of the header they add the client address to (for example
# "HTTP_X_FORWARDED_FOR") and how many of them there are; the address is taken from that
# many entries from the right. Empty or 0 means REMOTE_ADDR.
DEPESCHE_CLIENT_ADDRESS = {
    "HEADER": os.environ.get("DEPESCHE_CLIENT_ADDRESS_HEADER", ""),
    "TRUSTED_PROXIES": int(os.environ.get("DEPESCHE_TRUSTED_PROXIES", 0)),
}

# Read counting (see docs/read-counts.md). A window or limit of 0 switches the rule off.
DEPESCHE_READS = {
    "CACHE": "reads",
    "REPEAT_WINDOW": int(os.environ.get("DEPESCHE_READS_REPEAT_WINDOW", 30 * 60)),
    "RATE_LIMIT_PER_MINUTE": int(os.environ.get("DEPESCHE_READS_RATE_LIMIT", 60)),
    # Answer beacons in batches on one thread per process (off in the unit tests, whose
    # data lives in a transaction only the test's own thread can see).
    "GROUP_COMMIT": True,
}
DEPESCHE_MOST_READ_LENGTH = 5
# Requests per client address to the ninjs API and Wagtail's API (s, m, h or d).
DEPESCHE_API_RATE_LIMIT = os.environ.get("DEPESCHE_API_RATE_LIMIT", "120/m")
# (Clients are told apart by the address read counting uses; see depesche/api/throttles.py.)
# Full-page cache of public pages (see docs/deploy.md, "Caching and invalidation").
DEPESCHE_PAGE_CACHE = {
    "ENABLED": os.environ.get("DEPESCHE_PAGE_CACHE", "on") != "off",
    "CACHE": "pages",
    "SECONDS": int(os.environ.get("DEPESCHE_PAGE_CACHE_SECONDS", 60)),
    "SHARED_MAX_AGE": int(os.environ.get("DEPESCHE_SHARED_MAX_AGE", 60)),
    "STALE_WHILE_REVALIDATE": 30,
    # A folder for nginx to serve cached pages from (see docs/deploy.md); empty: off.
    "STATIC_DIR": os.environ.get("DEPESCHE_STATIC_PAGES_DIR", ""),
    "NEVER": ("/admin/", "/reads/", "/documents/", "/static/", "/media/"),
    # Paths whose every query parameter changes the answer (elsewhere only ?page= does).
    "FULL_QUERY_PATHS": r"/api/|/[^/]+/search/$|/[^/]+/live-blog/\d+/entries/$",
}
# Paths outside the editions: their 404s stay 404s (no redirect to a language prefix).
DEPESCHE_UNPREFIXED_PATHS = (
    "/reads/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/sitemaps/",
    "/sitemap.xml",
    "/robots.txt",
    "/api/",
)
WAGTAIL_ALLOW_UNICODE_SLUGS = False
