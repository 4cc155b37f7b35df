"""The endpoint flags every documentation format states the same way."""

from __future__ import annotations

import re

_SUPERUSER = re.compile(r"\bmust be a superuser to\b", re.I)
_DEPRECATED = re.compile(r"\bDEPRECATED\b")
# Routes that only exist in Metabase's Enterprise code, whatever page documents them.
ENTERPRISE_ROUTES = ("/api/ee/", "/api/mt/")


def superuser(description: str) -> bool:
    """The docs say "You must be a superuser to do this." (or "to see this")."""
    return bool(_SUPERUSER.search(description))


def deprecated(description: str) -> bool:
    """The word DEPRECATED, in capitals, in the description."""
    return bool(_DEPRECATED.search(description))


def enterprise_route(path: str) -> bool:
    return path.startswith(ENTERPRISE_ROUTES)
