"""The endpoint model: what parsers produce and renderers, diffs and exporters consume.

Everything here is a frozen dataclass so a parsed model can be shared, hashed and compared
without defensive copies. The JSON form (generator/core/jsonform.py) is documented in
``docs/model.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar, get_args

from generator.core import types as tx

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
# Where the server reads a parameter (docs/model.md): the URL path, the query string, ring's
# :params (query string, or a form body on POST/PUT/PATCH), a JSON body key, a multipart part.
Location = Literal["path", "query", "form", "body", "multipart"]
BodyFormat = Literal["json", "form", "multipart"]
# How a parameter's type was decided; see docs/type-inference.md.
TypeOrigin = Literal["prose", "location", "name", "schema", "none"]
# What a successful answer is (docs/model.md): JSON (typed by ``Endpoint.returns``), a file
# or other non-JSON content (bytes), or nothing (204).
ReturnKind = Literal["json", "bytes", "none"]
LOCATIONS: tuple[Location, ...] = get_args(Location)
# The locations by name: code compares with these, never with a string of its own.
PATH: Location = "path"
QUERY: Location = "query"
FORM: Location = "form"
BODY: Location = "body"
MULTIPART: Location = "multipart"
BODY_LOCATIONS: tuple[Location, ...] = (BODY, MULTIPART)  # sent in the request body
QUERY_LOCATIONS: tuple[Location, ...] = (QUERY, FORM)  # ring :params: query string or form
BODY_FORMATS: tuple[BodyFormat, ...] = get_args(BodyFormat)
TYPE_ORIGINS: tuple[TypeOrigin, ...] = get_args(TypeOrigin)
RETURN_KINDS: tuple[ReturnKind, ...] = get_args(ReturnKind)


_Word = TypeVar("_Word", bound=str)


def _one_of(words: tuple[_Word, ...], text: str) -> _Word:
    """``text`` as one of ``words`` (a Literal's values); ValueError naming them else."""
    for word in words:
        if word == text:
            return word
    raise ValueError(f"must be one of {', '.join(words)}")


def as_location(text: str) -> Location:
    return _one_of(LOCATIONS, text)


def as_body_format(text: str) -> BodyFormat:
    return _one_of(BODY_FORMATS, text)


def as_return_kind(text: str) -> ReturnKind:
    return _one_of(RETURN_KINDS, text)


def as_type_origin(text: str) -> TypeOrigin:
    return _one_of(TYPE_ORIGINS, text)


@dataclass(frozen=True)
class Constraints:
    """What a value must satisfy beyond its type, read from Markdown prose ("greater than
    zero", "non-blank") and from JSON Schema (``minimum``, ``minLength``, ``pattern``...)."""

    minimum: float | None = None
    exclusive_minimum: bool = False
    maximum: float | None = None
    exclusive_maximum: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    non_blank: bool = False  # a string that is not only white space
    min_items: int | None = None

    def __bool__(self) -> bool:
        return self != NO_CONSTRAINTS

    def words(self) -> list[str]:
        """How a docstring says them: ``must be > 0``, ``at least 1 character``..."""
        out = []
        if self.minimum is not None:
            out.append(f"must be {'>' if self.exclusive_minimum else '>='} {_num(self.minimum)}")
        if self.maximum is not None:
            out.append(f"must be {'<' if self.exclusive_maximum else '<='} {_num(self.maximum)}")
        if self.non_blank:
            out.append("must not be blank")
        if self.min_length is not None:
            out.append(f"at least {self.min_length} character{'s' * (self.min_length != 1)}")
        if self.max_length is not None:
            out.append(f"at most {self.max_length} characters")
        if self.min_items is not None:
            out.append(f"at least {self.min_items} item{'s' * (self.min_items != 1)}")
        if self.pattern is not None:
            out.append(f"matches {self.pattern!r}")
        return out


NO_CONSTRAINTS = Constraints()


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


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
    location: Location
    required: bool
    type: tx.T
    schema: str | None = None
    description: str | None = None
    type_origin: TypeOrigin = "none"
    # The parameter is the whole JSON body (body), or the whole query/form map (query, form),
    # not one key of it.
    whole_body: bool = False
    # The schema's default as JSON text (OpenAPI); the server uses it when nothing is sent.
    default: str | None = None

    # Where the value goes when that is not the top-level key ``name``: the keys from the
    # body's root (nested objects first, the wire key last), or the one wire key.
    key_path: tuple[str, ...] = ()
    constraints: Constraints = NO_CONSTRAINTS

    @property
    def wire_path(self) -> tuple[str, ...]:
        """The keys the value is sent under: ``key_path``, else the documented name."""
        return self.key_path or (self.name,)

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
class SchemaField:
    """One key of an object schema: its wire key, type, whether it must be present."""

    key: str
    type: tx.T
    required: bool
    description: str | None = None


@dataclass(frozen=True)
class ObjectSchema:
    """A named JSON object shape (a TypedDict of the generated package); ``tx.ref(name)``
    points at it. ``source`` is the spec's name for it (a component name), or the JSON
    pointer of an inline schema, or ``prose:...`` for a Markdown-era map."""

    name: str
    source: str
    fields: tuple[SchemaField, ...]
    # The type of keys beyond ``fields`` (``additionalProperties``); None when not allowed or
    # not said.
    additional: tx.T | None = None
    description: str | None = None

    def refs(self) -> set[str]:
        """The names of the schemas its fields refer to."""
        out: set[str] = set()
        for f in self.fields:
            out |= tx.refs(f.type)
        if self.additional is not None:
            out |= tx.refs(self.additional)
        return out


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
    # How the request body is sent: "json"; "form" (the form parameters, url-encoded); or
    # "multipart" (form fields and file parts).
    body_format: BodyFormat = "json"
    # The successful answer: a JSON value of type ``returns`` (Any when the docs say
    # nothing), a file (``returns_kind`` "bytes") or nothing ("none"); RETURN_KINDS.
    returns: tx.T = tx.ANY
    returns_kind: ReturnKind = "json"

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
    # Where parameter locations come from when the docs do not say: the route facts snapshot
    # applied (docs/facts.md), e.g. "v0.49.0 bmbferreira/metabase@46c668b1e5"; "" when none.
    wire_facts: str = ""
    # The named object schemas that parameter and return types refer to, by name.
    schemas: tuple[ObjectSchema, ...] = ()

    def schema(self, name: str) -> ObjectSchema:
        """The schema called ``name``; KeyError when there is none."""
        for s in self.schemas:
            if s.name == name:
                return s
        raise KeyError(name)

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
        schemas = tuple(
            replace(
                s,
                description=None,
                fields=tuple(replace(f, description=None) for f in s.fields),
            )
            for s in self.schemas
        )
        return replace(self, endpoints=eps, schemas=schemas)

    def sorted(self) -> ApiModel:
        eps = tuple(sorted(self.endpoints, key=lambda e: (e.path, METHODS.index(e.method))))
        return replace(self, endpoints=eps, schemas=tuple(sorted(self.schemas, key=_by_name)))


def _by_name(s: ObjectSchema) -> str:
    return s.name
