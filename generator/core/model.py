"""The endpoint model: what parsers produce and renderers, diffs and exporters consume.

Everything here is a frozen dataclass so a parsed model can be shared, hashed and compared
without defensive copies. The JSON form (generator/core/jsonform.py) is documented in
``docs/model.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator.core import types as tx

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
LOCATIONS = ("path", "query", "body")
# How a parameter's type was decided; see docs/type-inference.md.
TYPE_ORIGINS = ("prose", "location", "name", "schema", "none")


@dataclass(frozen=True, order=True)
class SourceRef:
    """Where something was read: a file relative to the docs root, and a 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Param:
    name: str
    python_name: str
    location: str
    required: bool
    type: tx.T
    schema: str | None = None
    description: str | None = None
    type_origin: str = "none"
    # The parameter is the whole JSON body (an array or a free-form map), not one of its keys.
    whole_body: bool = False
    # The schema's default as JSON text (OpenAPI); the server uses it when nothing is sent.
    default: str | None = None

    @property
    def nullable(self) -> bool:
        """Whether None is a value the parameter takes (sent as null in a JSON body)."""
        return self.type.nullable

    @property
    def enum(self) -> tuple[str, ...]:
        """The values the parameter is limited to, when its type is a Literal."""
        return tx.enum_values(self.type)

    @property
    def needed(self) -> bool:
        """Whether a caller must give a value: required and without a default."""
        return self.required and self.default is None


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    namespace: str
    description: str
    superuser: bool
    deprecated: bool
    enterprise: bool
    sources: tuple[SourceRef, ...]
    params: tuple[Param, ...] = ()
    # An Enterprise page documents the same method and path as an open-source page.
    enterprise_override: bool = False
    # How body parameters are sent: "json", or "multipart" (form fields and file parts).
    body_format: str = "json"

    @property
    def key(self) -> tuple[str, str]:
        return (self.path, self.method)

    @property
    def source(self) -> SourceRef:
        return self.sources[0]


@dataclass(frozen=True)
class ApiModel:
    metabase_version: str
    source_format: str
    endpoints: tuple[Endpoint, ...] = field(default_factory=tuple)

    def without_prose(self) -> ApiModel:
        """Facts only: the same endpoints without Metabase's descriptions and schema prose."""
        eps = tuple(
            replace(
                e,
                description="",
                params=tuple(replace(p, schema=None, description=None) for p in e.params),
            )
            for e in self.endpoints
        )
        return ApiModel(self.metabase_version, self.source_format, eps)

    def sorted(self) -> ApiModel:
        eps = tuple(sorted(self.endpoints, key=lambda e: (e.path, METHODS.index(e.method))))
        return ApiModel(self.metabase_version, self.source_format, eps)
