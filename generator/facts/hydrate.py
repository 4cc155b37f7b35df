"""Keys the backend hydrates onto a model's rows, read as data from its API namespace.

Every ``(t2/hydrate x :a [:b :c] ...)`` / ``(hydrate ...)`` call of the namespace that serves
a model (``api/card.clj``, ``dashboards/api.clj``, ...) names keys added to the rows it
returns: the keywords, and the first keyword of each vector (the rest hydrate the nested
value).  A call may hydrate a related value instead (a bookmark's card), so these keys are
added as not required and untyped unless the frontend types them (docs/answers.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .edn import EdnError, EList, EMap, ESet, Keyword, Symbol, Tagged, Vector, read_forms

__all__ = ["HYDRATED_BY", "api_files_for", "hydrated_keys"]

# Frontend type name -> the API namespace files (path patterns) that serve those rows.
_CARD = (r"api/card\.clj$",)
_DASH = (r"api/dashboard\.clj$", r"dashboards/api\.clj$")
HYDRATED_BY: dict[str, tuple[str, ...]] = {
    "Card": _CARD,
    "Dashboard": _DASH,
    "ListDashboardsResponseItem": _DASH,
    "Collection": (r"api/collection\.clj$", r"collections/api\.clj$"),
    "Database": (r"api/database\.clj$", r"warehouses/api\.clj$"),
    "Table": (r"api/table\.clj$",),
    "Field": (r"api/field\.clj$",),
    "User": (r"api/user\.clj$", r"users/api\.clj$"),
    "Group": (r"api/permissions\.clj$", r"permissions/api\.clj$"),
    "GroupInfo": (r"api/permissions\.clj$", r"permissions/api\.clj$"),
}


def api_files_for(name: str, paths: Iterable[str]) -> list[str]:
    """The source files (of ``paths``) that serve rows of the frontend type ``name``."""
    pats = [re.compile(p) for p in HYDRATED_BY.get(name, ())]
    return sorted(
        p
        for p in paths
        if p.startswith("src/") and not p.endswith("_test.clj") and any(r.search(p) for r in pats)
    )


def _children(form: Any) -> Iterator[Any]:
    if isinstance(form, (EList, Vector, ESet)):
        yield from form.items
    elif isinstance(form, EMap):
        for k, v in form.pairs:
            yield k
            yield v
    elif isinstance(form, Tagged):
        yield form.form


def _walk(form: Any) -> Iterator[EList]:
    todo = [form]
    while todo:
        f = todo.pop()
        if isinstance(f, EList):
            yield f
        todo.extend(_children(f))


def _key(form: Any) -> str | None:
    if isinstance(form, Keyword) and not form.auto and "/" not in form.name:
        return form.name
    if isinstance(form, Vector) and form.items:
        return _key(form.items[0])
    return None


def hydrated_keys(text: str) -> set[str]:
    """The keys hydrated by the calls in one Clojure source file (empty if unreadable)."""
    out: set[str] = set()
    try:
        forms = list(read_forms(text))
    except EdnError:
        return out
    for form in forms:
        for call in _walk(form):
            head = call.items[0] if call.items else None
            if isinstance(head, Symbol) and head.local == "hydrate":
                out.update(k for k in (_key(a) for a in call.items[1:]) if k is not None)
    return out
