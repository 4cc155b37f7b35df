"""Every name mbgen makes up lives here: parameter identifiers, namespaces, method names,
package and class names. One module so that the rules are written down once.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

from generator.core.route import glued_prefix, is_placeholder, placeholders, segments

# Python's keywords, the same from 3.10 to 3.13. Written out, not read from the running
# interpreter, so that names never depend on it: soft keywords (match, case, type, _) are
# valid names and stay as they are.
KEYWORDS = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    ]
)
# Names a generated method must not take as parameters: its body uses them.
_RESERVED = frozenset({"self"})


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"\W+", flags=re.ASCII)
_UNDERSCORES = re.compile(r"_+")


@cache
def identifier(name: str) -> str:
    """A valid, non-keyword, snake_case Python identifier for a documented name.

    ``card-id`` -> ``card_id``; ``cardId`` -> ``card_id``; ``synchronous?`` -> ``synchronous``;
    ``constraint->value`` -> ``constraint_to_value``; ``from`` -> ``from_``; ``1x`` -> ``p_1x``.
    """
    text = name.replace("->", "_to_").replace("?", "")
    text = _CAMEL_HUMP.sub(r"_\1", text).lower()
    text = _NON_WORD.sub("_", text).strip("_")
    text = _UNDERSCORES.sub("_", text)
    if not text:
        text = "param"
    if text[0].isdigit():
        text = "p_" + text
    if text in KEYWORDS or text in _RESERVED:
        text += "_"
    return text


def unique(names: list[str]) -> list[str]:
    """Make identifiers unique in order: the second ``card_id`` becomes ``card_id_2``."""
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        candidate, i = n, 2
        while candidate in seen:
            candidate, i = f"{n}_{i}", i + 1
        seen.add(candidate)
        out.append(candidate)
    return out


_ENTERPRISE_PREFIXES = ("ee", "mt")


def namespace(path: str) -> str:
    """The namespace of a route: its first segment after ``/api``.

    Enterprise routes under ``/api/ee/<x>`` or ``/api/mt/<x>`` are namespaced ``ee-<x>`` and
    ``mt-<x>``. Routes outside ``/api`` (``/auth/sso``) use their first segment.
    """
    segs = segments(path)
    if segs and segs[0] == "api":
        segs = segs[1:]
    if not segs:
        return "root"
    if segs[0] in _ENTERPRISE_PREFIXES and len(segs) > 1 and not is_placeholder(segs[1]):
        return f"{segs[0]}-{segs[1]}"
    return segs[0]


# --- generated client names -----------------------------------------------------------------

_VERB = {"GET": "get", "POST": "post", "PUT": "update", "DELETE": "delete", "PATCH": "patch"}
_ROOT_VERB = {
    "GET": "list",
    "POST": "create",
    "PUT": "update_all",
    "DELETE": "delete_all",
    "PATCH": "patch_all",
}


def _route_segments(path: str) -> list[str]:
    """The path's segments after ``/api/<namespace>`` (two segments for ee-/mt- namespaces)."""
    segs = segments(path)
    if segs and segs[0] == "api":
        segs = segs[1:]
    if len(segs) > 1 and namespace(path) == f"{segs[0]}-{segs[1]}":
        return segs[2:]
    return segs[1:]


@cache
def base_method_name(method: str, path: str) -> str:
    """The method name before collisions are settled. The rule (docs/naming.md):

    - a route that is only its namespace: ``list`` (GET), ``create`` (POST), ``update_all``
      (PUT), ``delete_all`` (DELETE), ``patch_all`` (PATCH);
    - namespace plus placeholders only: ``get``, ``post``, ``update``, ``delete``, ``patch``;
    - otherwise the verb (get, post, update, delete, patch), then the literal segments, then
      ``by_<placeholder>`` for each placeholder after the last literal segment.
      ``card__:id`` counts as the literal ``card``.
    """
    segs = [unquote(s) for s in _route_segments(path)]
    literals: list[str] = []
    trailing: list[str] = []
    for seg in segs:
        if is_placeholder(seg):
            trailing.extend(placeholders(seg))
            continue
        if ":" in seg or "{" in seg:  # card__:id: a literal prefix glued to a placeholder
            literals.append(glued_prefix(seg))
            trailing = placeholders(seg)
            continue
        literals.append(seg)
        trailing = []
    if not literals:
        return _ROOT_VERB[method] if not trailing else _VERB[method]
    parts = [_VERB[method], *literals]
    if trailing:
        parts.append("by_" + "_and_".join(trailing))
    return identifier("_".join(identifier(p) for p in parts))


def method_names(routes: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Names for the (method, path) routes of one namespace, free of collisions.

    Routes that share a base name are ordered by (how many placeholders are not ``id``-like,
    path); the first keeps the base name, the others add ``_for_<their placeholders that the
    first lacks>`` and, if still taken, ``_2``, ``_3``...
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for route in sorted(routes, key=lambda r: (r[1], r[0])):
        groups.setdefault(base_method_name(*route), []).append(route)
    out: dict[tuple[str, str], str] = {}
    taken: set[str] = set(groups)
    for base, members in sorted(groups.items()):
        members.sort(key=lambda r: (sum(1 for p in placeholders(r[1]) if p != "id"), r[1]))
        out[members[0]] = base
        first = set(placeholders(members[0][1]))
        for route in members[1:]:
            own = [identifier(p) for p in placeholders(route[1]) if p not in first]
            candidate = identifier(f"{base}_for_{'_and_'.join(own)}") if own else base
            name, i = candidate, 2
            while name in taken:
                name, i = f"{candidate}_{i}", i + 1
            taken.add(name)
            out[route] = name
    return out


def resource_attr(ns: str, members: frozenset[str]) -> str:
    """The client attribute (and module name) of a namespace: ``automagic-dashboards`` ->
    ``automagic_dashboards``; ``request`` -> ``request_api`` when the client's own
    ``members`` (read from its runtime) have that name."""
    attr = identifier(ns)
    return attr + "_api" if attr in members else attr


def resource_class(ns: str) -> str:
    """``automagic-dashboards`` -> ``AutomagicDashboardsResource``."""
    words = re.split(r"[^A-Za-z0-9]+", ns)
    name = "".join(w[:1].upper() + w[1:] for w in words if w) or "Root"
    if name[0].isdigit():
        name = "R" + name
    return name + "Resource"


_VERSION_TEXT = re.compile(r"^~?\d+(\.\d+){0,3}([-.+_][0-9A-Za-z]+)*$")


def normalise_version(text: str) -> str | None:
    """A Metabase version as mbgen writes it everywhere, or None when ``text`` is none.

    Surrounding space and a leading ``v`` go, inner runs of space become ``-``: ``v0.49.3``
    -> ``0.49.3``, ``0.49 beta`` -> ``0.49-beta``, ``~0.43`` stays. ``../../evil`` is None.
    """
    core = re.sub(r"\s+", "-", text.strip())
    core = re.sub(r"^(~?)[vV]", r"\1", core)
    return core if _VERSION_TEXT.match(core) else None


def package_name(version: str) -> str:
    """``0.47`` -> ``metabase_v0_47``; ``0.21.0-snapshot`` -> ``metabase_v0_21_0_snapshot``."""
    core = re.sub(r"[^A-Za-z0-9]+", "_", version.lstrip("vV")).strip("_").lower()
    return f"metabase_v{core}" if core else "metabase"
