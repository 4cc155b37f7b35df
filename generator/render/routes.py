"""The per-call options every generated method takes, as signature text (their names are the
surface's, generator/core/surface.py)."""

from __future__ import annotations

from generator.core.surface import CALL_OPTION_NAMES, FILE_OPTION_NAME

# (name, annotation, default) of each keyword-only option, after the route's own parameters.
_OPTION_CODE = {
    "timeout": ("Timeout | Unset", "UNSET"),
    "extra_query": ("Mapping[str, object] | None", "None"),
    "extra_body": ("Mapping[str, object] | None", "None"),
    "extra_headers": ("Mapping[str, str] | None", "None"),
    "max_retries": ("int | None", "None"),
    FILE_OPTION_NAME: ("FileTarget | None", "None"),
}
CALL_OPTIONS = tuple((n, *_OPTION_CODE[n]) for n in CALL_OPTION_NAMES)
FILE_OPTION = (FILE_OPTION_NAME, *_OPTION_CODE[FILE_OPTION_NAME])
