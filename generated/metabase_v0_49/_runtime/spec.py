"""What a generated method hands the runtime: one frozen request spec per route, and the
request it builds from the spec and the call's arguments (the one place that decides where
each argument goes on the wire)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .base import _AUTH_HEADERS, UNSET
from .encoding import _body, _Form, _merge, _place, _query, _segment

Where = Literal["path", "query", "form", "body", "multipart"]
PATH: Where = "path"
QUERY: Where = "query"
FORM: Where = "form"
BODIES: tuple[Where, ...] = ("body", "multipart")
BodyFormat = Literal["json", "form", "multipart"]
AnswerKind = Literal["json", "bytes", "none"]


@dataclass(frozen=True)
class Place:
    """Where one argument goes: ``where``, under the wire ``keys`` (nested JSON keys from the
    body's root; one key elsewhere), or as the whole body or query map (``whole``)."""

    where: Where
    keys: tuple[str, ...] = ()
    whole: bool = False


@dataclass(frozen=True)
class RequestSpec:
    """One route: its method, its path as a ``str.format`` template (one ``{}`` per path
    argument), where each argument goes (in the order the method passes them), how the body
    is sent (``json``, ``form``: url-encoded ring ``:params``, ``multipart``), what the
    answer is, and the deprecation warning when Metabase deprecates it."""

    method: str
    template: str
    places: tuple[Place, ...] = ()
    body_format: BodyFormat = "json"
    answer: AnswerKind = "json"
    deprecated: str | None = None


@dataclass(frozen=True)
class Request:
    """A request ready to send: path, query pairs and body (None: no body)."""

    method: str
    path: str
    path_args: tuple[object, ...]
    query: list[tuple[str, str]]
    payload: object
    multipart: bool


def build_request(
    spec: RequestSpec,
    args: Sequence[object],
    *,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Request:
    """The request of one call: ``args`` are the method's arguments in ``spec.places``
    order; UNSET ones are not sent (None is not sent in the query string, and sent as null
    in a JSON body); the ``extra_*`` mappings join, never over a documented parameter."""
    if len(args) != len(spec.places):
        raise TypeError(f"{spec.template}: {len(args)} arguments for {len(spec.places)} places")
    path_args: list[object] = []
    query: dict[str, object] = {}
    form: dict[str, object] = {}
    fields: list[tuple[tuple[str, ...], object]] = []
    keyed_body = False
    raw_body: object = UNSET
    query_map: object = UNSET
    for place, value in zip(spec.places, args, strict=True):
        if place.where == PATH:
            path_args.append(value)
        elif place.whole and place.where in BODIES:
            raw_body = value
        elif place.whole:
            query_map = value
        elif place.where == QUERY:
            query[place.keys[-1]] = value
        elif place.where == FORM:
            form[place.keys[-1]] = value
        else:
            keyed_body = True
            fields.append((place.keys, value))
    path = spec.template.format(*(_segment(v) for v in path_args))
    form_body = spec.body_format == "form"
    params: Mapping[str, object] = query
    if isinstance(query_map, Mapping):
        params = {**query_map, **_body(params)}
    if form and not form_body:
        params = {**params, **form}
    if extra_query:
        params = _merge("extra_query", params, extra_query)
    payload = _payload(keyed_body, fields, raw_body)
    if form and form_body:
        payload = _Form(_body(form))
    if extra_body:
        payload = _with_extra(payload, fields, extra_body)
    return Request(
        spec.method,
        path,
        tuple(path_args),
        _query(params),
        payload,
        spec.body_format == "multipart",
    )


def _payload(keyed: bool, fields: list[tuple[tuple[str, ...], object]], raw_body: object) -> object:
    """The body from its keyed arguments and the whole body (a mapping is merged with the
    keyed values, which win)."""
    payload: object = _place({}, fields) if keyed else None
    if raw_body is UNSET:
        return payload
    if isinstance(raw_body, Mapping) and isinstance(payload, dict) and payload:
        return _place(dict(raw_body), [((k,), v) for k, v in payload.items()])
    if isinstance(raw_body, Mapping) or not payload:
        return dict(raw_body) if isinstance(raw_body, Mapping) else raw_body
    raise TypeError("this whole body is not a JSON object: keyword keys can't join it")


def _with_extra(
    payload: object,
    fields: list[tuple[tuple[str, ...], object]],
    extra: Mapping[str, object],
) -> object:
    if payload is None:
        return dict(extra)
    if not isinstance(payload, Mapping):
        raise TypeError("extra_body needs a JSON object body; this body is not one")
    documented = {keys[0]: value for keys, value in fields}
    _merge("extra_body", documented, extra)  # unset documented keys clash too
    return _merge("extra_body", payload, extra)


def check_headers(extra_headers: Mapping[str, str] | None) -> None:
    """Refuse extra headers that would replace the client's authentication."""
    if not extra_headers:
        return
    clash = sorted(k for k in extra_headers if k.lower() in _AUTH_HEADERS)
    if clash:
        raise TypeError(
            f"extra_headers may not set {', '.join(clash)}: authentication is the "
            "client's (api_key=, session_token=, username= and password=)"
        )
