"""Every name mbgen makes up lives here: parameter identifiers, namespaces, method names,
package and class names. One module so that the rules are written down once.
"""

from __future__ import annotations

import keyword
import re

# Names that a generated method must not take as parameters (they are used by its body).
_RESERVED = {"self"}


def identifier(name: str) -> str:
    """A valid, non-keyword, snake_case Python identifier for a documented name.

    ``card-id`` -> ``card_id``; ``cardId`` -> ``card_id``; ``synchronous?`` -> ``synchronous``;
    ``constraint->value`` -> ``constraint_to_value``; ``from`` -> ``from_``; ``1x`` -> ``p_1x``.
    """
    text = name.replace("->", "_to_").replace("?", "")
    text = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", text).lower()
    text = re.sub(r"\W+", "_", text, flags=re.ASCII).strip("_")
    text = re.sub(r"_+", "_", text)
    if not text:
        text = "param"
    if text[0].isdigit():
        text = "p_" + text
    if keyword.iskeyword(text) or keyword.issoftkeyword(text) or text in _RESERVED:
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
    segs = [s for s in path.split("/") if s]
    if segs and segs[0] == "api":
        segs = segs[1:]
    if not segs:
        return "root"
    if segs[0] in _ENTERPRISE_PREFIXES and len(segs) > 1 and not segs[1].startswith(":"):
        return f"{segs[0]}-{segs[1]}"
    return segs[0]


def path_params(path: str) -> list[str]:
    """The ``:name`` placeholders of a documented path, in order (``card__:id`` included)."""
    return re.findall(r":([A-Za-z0-9_\-?]+)", path) + re.findall(r"\{([^}]+)\}", path)
