"""Media on S3-compatible object storage, configured from the environment.

DEPESCHE_MEDIA_BUCKET switches it on; see docs/object-storage.md for every variable.
"""

from collections.abc import Mapping
from urllib.parse import urlsplit

MEDIA_STORAGE_BACKEND = "depesche.core.media_storage.MediaStorage"


def media_url(environ: Mapping[str, str]) -> str:
    """The public base URL of the bucket's objects, ending in a slash: DEPESCHE_MEDIA_URL (a
    CDN or the bucket's own host), else the bucket on the endpoint or on AWS."""
    bucket = environ["DEPESCHE_MEDIA_BUCKET"]
    url = environ.get("DEPESCHE_MEDIA_URL", "").strip()
    endpoint = environ.get("AWS_ENDPOINT_URL_S3", "").strip()
    if not url and endpoint:
        url = f"{endpoint.rstrip('/')}/{bucket}"
    elif not url:
        region = environ.get("AWS_DEFAULT_REGION", "").strip() or "us-east-1"
        url = f"https://{bucket}.s3.{region}.amazonaws.com"
    return url.rstrip("/") + "/"


def s3_storage(environ: Mapping[str, str]) -> dict:
    """The STORAGES entry of the media bucket: public objects at media_url() (no signed
    URLs, no ACLs: the bucket policy grants reading), never overwritten."""
    endpoint = environ.get("AWS_ENDPOINT_URL_S3", "").strip() or None
    public = urlsplit(media_url(environ))
    return {
        "BACKEND": MEDIA_STORAGE_BACKEND,
        "OPTIONS": {
            "bucket_name": environ["DEPESCHE_MEDIA_BUCKET"],
            "endpoint_url": endpoint,
            # MinIO, Ceph and Garage answer for a bucket under its path on any host name.
            "addressing_style": "path" if endpoint else None,
            "region_name": environ.get("AWS_DEFAULT_REGION", "").strip() or None,
            # No keys here: these options travel with Wagtail's file deletion tasks, into
            # the task queue's table. django-storages and boto3 read AWS_ACCESS_KEY_ID and
            # AWS_SECRET_ACCESS_KEY (or a credentials file, the machine's role) themselves.
            "url_protocol": f"{public.scheme}:",
            "custom_domain": (public.netloc + public.path).rstrip("/"),
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
