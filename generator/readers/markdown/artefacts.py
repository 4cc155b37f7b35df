"""Which documented parameter names are artefacts of how Metabase generates its docs.

Metabase documents every name its endpoint binds, including names bound to the whole request
body or to parts of the Ring request. Those are not parameters a client sends. The rules, and
the corpus evidence for each, are in docs/artefacts.md. A rule only ever drops a name; it
never renames one.
"""

from __future__ import annotations

# Rule A: the whole JSON body or the whole query-string map, bound to one name.
_WHOLE_REQUEST = {"body", "raw-params", "query-params", "request-parameters"}
_WHOLE_REQUEST_SUFFIXES = ("-body", "-updates")
# Rule A2: whole-body bindings named after the object, seen next to that object's own fields.
_WHOLE_BODY_NAMED = {"slack-settings", "dashboard-card"}
# Rule C: parts of the Ring request map and its handler arguments.
_RING = {
    "request",
    "req",
    "respond",
    "raise",
    "remote-address",
    "server-name",
    "metabase-session-id",
}


def artefact_rule(name: str) -> str | None:
    """The rule that makes ``name`` an artefact, or None if it is a real parameter."""
    if name in _WHOLE_REQUEST or name.endswith(_WHOLE_REQUEST_SUFFIXES):
        return "A: binds the whole request body or query map"
    if name in _WHOLE_BODY_NAMED:
        return "A2: binds the whole request body under the object's name"
    if name in ("&", "_") or name.startswith("_") or name.startswith("&"):
        return "B: destructuring syntax or an ignored binding"
    if name in _RING:
        return "C: part of the Ring request, not sent by a client"
    if "->" in name:
        return "D: a map binding (key->value), not a wire name"
    return None
