"""The data classes of the facts: where the server reads each documented parameter."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOCATIONS", "EndpointFacts", "ParamFact"]

#: Where a parameter is read.  ``request`` (some other part of the request: a header, the
#: whole request map ...) and ``unbound`` (named in the schema map but bound nowhere in the
#: arglist) are the two extra values besides the seven of the brief.
PATH = "path"
QUERY = "query"
FORM = "form"
BODY = "body"
WHOLE_BODY = "whole_body"
WHOLE_QUERY = "whole_query"
MULTIPART = "multipart"
REQUEST = "request"
UNBOUND = "unbound"
LOCATIONS = (PATH, QUERY, FORM, BODY, WHOLE_BODY, WHOLE_QUERY, MULTIPART, REQUEST, UNBOUND)


@dataclass(frozen=True)
class ParamFact:
    """One name bound by (or documented for) an endpoint.

    ``name`` is the local / documented name (the symbol the docs print).  ``wire`` is the key
    read from the request when it differs from ``name``.  ``key_path`` lists the wire keys
    from the outermost, for a body key nested inside another body key (its last element is
    the wire key).  ``documented`` says the name is a key of the endpoint's schema map.
    """

    name: str
    location: str
    documented: bool = False
    wire: str | None = None
    key_path: tuple[str, ...] | None = None
    local: str | None = None  # the bound symbol, when the docs print another name

    @property
    def wire_name(self) -> str:
        return self.wire if self.wire is not None else self.name

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "in": self.location}
        if self.documented:
            out["doc"] = 1
        if self.wire is not None:
            out["wire"] = self.wire
        if self.key_path is not None:
            out["key_path"] = list(self.key_path)
        if self.local is not None:
            out["local"] = self.local
        return out

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ParamFact:
        # the dataset repeats few distinct facts (484 of 3683): one frozen value for each
        kp = data.get("key_path")
        key = (
            data.get("name"),
            data.get("in"),
            data.get("doc"),
            data.get("wire"),
            tuple(kp) if isinstance(kp, list) else kp,
            data.get("local"),
        )
        found = _PARAMS.get(key)
        if found is None:
            found = _PARAMS[key] = cls._from_json(data)
        return found

    @classmethod
    def _from_json(cls, data: dict[str, object]) -> ParamFact:
        kp = data.get("key_path")
        wire = data.get("wire")
        local = data.get("local")
        return cls(
            name=str(data["name"]),
            location=str(data["in"]),
            documented=bool(data.get("doc", 0)),
            wire=str(wire) if wire is not None else None,
            key_path=tuple(str(k) for k in kp) if isinstance(kp, list) else None,
            local=str(local) if local is not None else None,
        )


_PARAMS: dict[tuple[object, ...], ParamFact] = {}


@dataclass(frozen=True)
class EndpointFacts:
    """What one ``defendpoint`` form reads, keyed by the (method, path) the docs print.

    ``route`` is the full URL the server serves it at: the prefix the route tables mount its
    namespace at plus the form's route string (docs/facts.md, "Mounts"); None when no route
    table of the snapshot mounts the namespace and the docs' path is no route either.
    """

    method: str
    path: str
    namespace: str
    params: tuple[ParamFact, ...] = ()
    whole_body: str | None = None
    whole_query: str | None = None
    multipart: bool = False
    route: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)

    def param(self, name: str) -> ParamFact | None:
        """The fact for the documented / local name ``name`` (documented ones first)."""
        found = [p for p in self.params if p.name == name]
        found.sort(key=lambda p: (not p.documented, p.location == UNBOUND))
        return found[0] if found else None

    def documented_names(self) -> list[str]:
        return [p.name for p in self.params if p.documented]

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "method": self.method,
            "path": self.path,
            "ns": self.namespace,
            "params": [p.to_json() for p in self.params],
        }
        if self.whole_body is not None:
            out["whole_body"] = self.whole_body
        if self.whole_query is not None:
            out["whole_query"] = self.whole_query
        if self.multipart:
            out["multipart"] = 1
        if self.route is not None and self.route != self.path:
            out["route"] = self.route
        return out

    @classmethod
    def from_json(cls, data: dict[str, object]) -> EndpointFacts:
        params = data.get("params", [])
        wb, wq = data.get("whole_body"), data.get("whole_query")
        path = str(data["path"])
        route = data.get("route")
        return cls(
            method=str(data["method"]),
            path=path,
            namespace=str(data["ns"]),
            params=(
                tuple(ParamFact.from_json(p) for p in params if isinstance(p, dict))
                if isinstance(params, list)
                else ()
            ),
            whole_body=str(wb) if wb is not None else None,
            whole_query=str(wq) if wq is not None else None,
            multipart=bool(data.get("multipart", 0)),
            route=str(route) if route is not None else (path if path.startswith("/") else None),
        )
