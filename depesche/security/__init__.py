"""Security: response headers (Content-Security-Policy and friends) and their nginx copy."""
