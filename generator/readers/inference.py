"""Types decided without readable schema prose: from a parameter's location or its name.

About 40% of the parameters Metabase documents carry no prose. Where the location or the name
makes the type near certain we use it; every rule is listed in docs/type-inference.md. A
parameter none of these rules covers stays ``Any``.
"""

from __future__ import annotations

import re

from generator.core import types as tx
from generator.core.types import T

# Names ending in id that are not integer ids in Metabase.
_NOT_INT_IDS = re.compile(r"(client|entity|session|external|slack)[-_]?id$", re.I)
_ID = re.compile(r"(^id$|[-_]id$|[a-z0-9]Id$|^\w*\d+-id$|[-_]idx$)")
_IDS = re.compile(r"(^ids$|[-_]ids$|[a-z]Ids$)")

_STR_NAMES = {
    "uuid",
    "token",
    "name",
    "email",
    "password",
    "old_password",
    "slug",
    "schema",
    "engine",
    "prefix",
    "q",
    "description",
    "host",
    "locale",
    "query-type",
    "export-format",
    "key",
    "search",
    "model",
    "entity",
    "caveats",
    "points_of_interest",
    "how_is_this_calculated",
}
_STR_SUFFIXES = (
    "-uuid",
    "_uuid",
    "-token",
    "_token",
    "-key",
    "_key",
    "-name",
    "_name",
    "_password",
    "-password",
    "_email",
)
_BOOL = re.compile(
    r"(^is[_-]|^include[_-]|^exclude[_-]|^allow[_-]|^ignore[_-]|\?$|^show_in_|[-_]enabled$"
    r"|^enable[_-])"
)
_DICT_NAMES = {"dataset_query", "details"}
_LIST_OF_DICT_NAMES = {"result_metadata"}
_INT_NAMES = {"port", "limit", "offset", "zoom", "x", "y"}


def from_path(name: str) -> T:
    """A path parameter is a URL segment: an integer for id names, else a string."""
    if (_ID.search(name) and not _NOT_INT_IDS.search(name)) or name in _INT_NAMES:
        return tx.INT
    return tx.STR


def from_name(name: str) -> T | None:
    """The type a body or query parameter's name makes near certain, else None."""
    if _ID.search(name) and not _NOT_INT_IDS.search(name):
        return tx.INT
    if _IDS.search(name):
        return tx.list_of(tx.INT)
    if name in _STR_NAMES or name.endswith(_STR_SUFFIXES):
        return tx.STR
    if _BOOL.search(name):
        return tx.BOOL
    if name in _DICT_NAMES:
        return tx.DICT
    if name in _LIST_OF_DICT_NAMES:
        return tx.list_of(tx.DICT)
    if name in _INT_NAMES:
        return tx.INT
    return None
