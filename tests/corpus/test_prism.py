"""Generated clients for OpenAPI-era releases against Prism serving Metabase's own spec.

Prism (npm @stoplight/prism-cli) mocks an OpenAPI document and rejects every request that
breaks it (422 bad parameter or body, 404 unknown route, 415 wrong content type). Each
endpoint is called with schema-valid values for the parameters a caller must give; every
rejection is a bug of ours, except the cases listed below, each with its reason.

Needs the corpus and Prism (`npm install @stoplight/prism-cli` in the repo, as .ci/run does,
or MBGEN_PRISM pointing at the prism executable); skips, saying which, without them.
"""

from __future__ import annotations

import json
import re
import typing
import warnings
from pathlib import Path
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_labels, corpus_manifest
from support.packages import import_package, schemas_package
from support.prism import PRISM, Mocks
from support.samples import Sampler, answer_schema, auth_header
from support.shipped import docs_params, shipped, sources

from generator.app import generate
from generator.app import load as loader
from generator.core import types as tx
from generator.core.model import Endpoint
from generator.readers.openapi import document as openapi_docs
from generator.render import typeddicts

ENTRIES = [e for e in corpus_manifest() if e["format"].startswith("openapi")]
# Releases shipped from documents the team sourced itself (not in the corpus): each runs when
# its document is at hand (MBGEN_SOURCED), else skips saying where it comes from.
SOURCED = [p for p in shipped(openapi_only=True) if not sources()[p].get("corpus")]
PARAMS = [
    pytest.param((e["label"], CORPUS / e["label"], e["label"].lstrip("v")), id=e["label"])
    for e in ENTRIES
] + [
    pytest.param((name, docs, sources()[name]["version"]), id=p.id, marks=p.marks)
    for p in docs_params(SOURCED)
    for name, docs in [p.values]
]

# Not ours, with the reason; anything else Prism rejects fails the test.
SPEC_AMBIGUITY = "the spec's oneOf branches overlap, so no value matches exactly one"
KNOWN: dict[tuple[str, str], str] = {
    ("POST", "/api/action"): SPEC_AMBIGUITY,
    ("POST", "/api/action/"): SPEC_AMBIGUITY,
    ("PUT", "/api/action/{id}"): SPEC_AMBIGUITY,
    ("PUT", "/api/cache"): SPEC_AMBIGUITY,
    ("PUT", "/api/cache/"): SPEC_AMBIGUITY,
}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not PARAMS, reason=f"corpus not found at {CORPUS}"),
    pytest.mark.skipif(
        PRISM is None,
        reason="Prism not installed (npm install "
        "@stoplight/prism-cli in the repo, or set MBGEN_PRISM)",
    ),
]


def spec_of(docs: Path) -> dict[str, Any]:
    if docs.is_file():
        return dict(json.loads(docs.read_text(encoding="utf-8")))
    folder = docs
    if (folder / "api.json").is_file():
        return dict(json.loads((folder / "api.json").read_text(encoding="utf-8")))
    embedded = openapi_docs.embedded_spec(
        (folder / "api.html").read_text(encoding="utf-8"), "api.html"
    )
    assert embedded is not None
    return dict(json.loads(embedded[0]))


@pytest.fixture(params=PARAMS)
def prism(
    request: pytest.FixtureRequest, prism_mocks: Mocks
) -> tuple[str, str, dict[str, Any], Path, str]:
    label, docs, version = request.param
    doc = spec_of(docs)
    return label, prism_mocks.url(str(docs), doc), doc, docs, version


def test_prism_accepts_every_request(
    prism: tuple[str, str, dict[str, Any], Path, str], tmp_path: Path
) -> None:
    label, url, doc, docs, version = prism
    model = loader.load(docs, version).model
    package = "prism_" + re.sub(r"\W", "_", label)
    generate.write_package(model, tmp_path, package, formatted=False)
    pkg = import_package(tmp_path, package)
    client = pkg.Client(url, **credentials_for(doc))
    last: dict[str, Any] = {}
    client._http.hooks["response"].append(
        lambda r, *a, **k: last.update(violations=r.headers.get("sl-violations"))
    )
    sample = Sampler(doc).value
    by_key = {(e.method, e.path): e for e in model.endpoints}
    rejected: list[str] = []
    called = 0
    for row in pkg.ENDPOINTS:
        ep = by_key[(row.method, row.path)]
        if (ep.method, ep.path) in KNOWN or "__:" in ep.path:
            continue  # listed above; `card__:id` paths: Prism routes them to {id} instead
        ns, name = row.attr.split(".")
        fn = getattr(getattr(client, ns), name)
        args = [sample(json.loads(p.schema or "{}")) for p in ep.params if p.location == "path"]
        kwargs = {
            p.python_name: (
                ("rows.csv", b"a,b\n1,2\n")
                if p.type.render() == "bytes"
                else sample(json.loads(p.schema or "{}"))
            )
            for p in ep.params
            # Metabase's spec marks a parameter with a server-side default required; the
            # client sends it only when the caller sets it (docs/client.md), so this caller
            # sets those too, with the spec's default, for Prism
            if p.location != "path" and p.required
        }
        last.clear()
        called += 1
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                fn(*args, **kwargs)
        except pkg.ApiError as exc:
            problems = [
                v
                for v in json.loads(last.get("violations") or "[]")
                if not _prism_query_coercion(v, ep) and not _upload_map(v, ep)
            ]
            if problems or not last.get("violations"):
                rejected.append(f"{ep.method} {ep.path}: HTTP {exc.status} {problems}")
    assert called > 400
    assert not rejected, "\n".join(rejected[:20])


def credentials_for(doc: dict[str, Any]) -> dict[str, str]:
    """The client credential for the header the spec's security scheme names."""
    header = next(iter(auth_header(doc)))
    return {"api_key": "mb_prism"} if header == "X-API-Key" else {"session_token": "prism-token"}


def _upload_map(violation: dict[str, Any], ep: Any) -> bool:
    """Metabase types a multipart file part as the map its server makes of an upload
    ({filename, tempfile}); over HTTP a file part is a file, so Prism's "must be object" for a
    part we send as a file is the spec's, not ours."""
    loc = violation.get("location", [])
    if violation.get("code") != "type" or loc[:2] != ["request", "body"] or len(loc) != 3:
        return False
    param = next((p for p in ep.params if p.name == loc[2] and p.location == "multipart"), None)
    return ep.body_format == "multipart" and param is not None and param.type.render() == "bytes"


def _prism_query_coercion(violation: dict[str, Any], ep: Any) -> bool:
    """Prism coerces a query string to every branch of ``oneOf [X, null]`` and then finds two
    matches (`archived=false` is a boolean and, coerced, a null): the request is valid."""
    loc = violation.get("location", [])
    if violation.get("code") != "oneOf" or loc[:2] != ["request", "query"] or len(loc) != 3:
        return False
    param = next((p for p in ep.params if p.name == loc[2] and p.location == "query"), None)
    return param is not None and param.nullable


# Answers Prism makes that no type could accept, because of the spec (or Prism), not us.
PRISM_KNOWN = {
    # two routes for one URL ({id} and {virtual-db}): Prism answers the other's empty body
    ("GET", "/api/database/{id}/schemas"): "ambiguous route",
    # Prism's static example cuts the recursive CollectionItem.children with {}, which lacks
    # the keys the spec requires
    ("GET", "/api/ee/library"): "Prism cuts recursion with {}",
}


@pytest.mark.parametrize("entry", corpus_labels("openapi"))  # same worker as the mocks above
def test_prism_answers_validate_strictly(
    entry: dict[str, Any], tmp_path: Path, prism_mocks: Mocks
) -> None:
    """Every 2XX answer Prism mocks from Metabase's own spec, for each operation with a JSON
    return type, validates against that type with pydantic in strict mode."""
    pydantic = pytest.importorskip("pydantic", reason="pydantic not installed")
    requests = pytest.importorskip("requests")
    folder = CORPUS / entry["label"]
    model = loader.load(folder, entry["label"].lstrip("v")).model
    name = "prism_" + entry["label"].replace(".", "_").replace("-", "_")
    mod = schemas_package(tmp_path, name, model)
    generated = {"List": typing.List, "Any": Any, "Literal": typing.Literal}  # noqa: UP006
    namespace = {**vars(mod), **generated}
    spec = spec_of(folder)
    url = prism_mocks.url(str(folder), spec)  # the mock the test above uses too
    sample = Sampler(spec).value
    failed, answered = [], 0
    for e in model.endpoints:
        if e.returns_kind != "json" or tx.is_untyped(e.returns) or e.key[::-1] in PRISM_KNOWN:
            continue
        if answer_schema(spec, e) is None:
            continue  # typed by the answer facts: Prism has no answer of that type to mock
        response = _call(requests, url, e, sample, auth_header(spec))
        if not 200 <= response.status_code < 300:
            continue  # the request sample did not satisfy Prism; no answer to check
        answered += 1
        value = response.json() if response.content.strip() else None
        adapter = pydantic.TypeAdapter(eval(typeddicts.annotation(e.returns), namespace))
        try:
            adapter.validate_python(value, strict=True)
        except pydantic.ValidationError as exc:
            failed.append(f"{e.method} {e.path}: {str(exc)[:300]}")
    assert answered > 20
    assert not failed, "\n".join(failed[:10])


def _call(requests: Any, url: str, e: Endpoint, sample: Any, auth: dict[str, str]) -> Any:
    path = e.path
    for p in e.params:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", str(sample(json.loads(p.schema or "{}"))))
    query = {}
    for p in e.params:
        if p.location == "query" and p.needed:
            v = sample(json.loads(p.schema or "{}"))
            query[p.name] = json.dumps(v) if isinstance(v, (dict, list, bool)) else v
    kw: dict[str, Any] = {}
    body = [p for p in e.params if p.location == "body" and p.needed]
    if e.body_format == "multipart":
        # Each part says its type: Prism's multipart parser crashes on a part without one
        part = ("a.csv", b"a\n1\n", "text/csv")
        kw["files"] = {p.name: part for p in e.params if p.needed} or {"x": part}
    elif any(p.whole_body for p in body):
        kw["json"] = sample(json.loads(next(p for p in body if p.whole_body).schema or "{}"))
    elif any(p.location == "body" for p in e.params):
        kw["json"] = {p.name: sample(json.loads(p.schema or "{}")) for p in body}
    headers = {**auth, "Accept": "application/json"}
    return requests.request(e.method, url + path, params=query, headers=headers, timeout=60, **kw)
