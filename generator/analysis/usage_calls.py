"""The calls that reach Metabase in a user's Python files: read with ``ast``, never
imported or run. The rules (what counts as a Client, what is followed) are in docs/diff.md.

The scanner knows an OLD model's client surface (``Surface``: resource attributes and
their methods, as the generated client names them) and yields ``Call``s (a generated
method, ``client.request``, or requests/httpx with a literal ``/api/...`` path) and
``Unresolved`` places where a client value goes where the scanner cannot follow it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.analysis.usage_packages import NotChecked

NOT_LITERAL = object()  # an argument whose value is not a literal
DYN = "\0"  # a computed part of a URL
HTTP_VERBS = {"get", "post", "put", "delete", "patch"}
HTTP_LIBS = {"requests", "httpx"}
# Callees that receive a client without calling Metabase through it.
HARMLESS = {
    "print", "repr", "str", "isinstance", "issubclass", "id", "type", "hasattr", "len",
    "bool", "format", "debug", "info", "warning", "error", "exception", "critical", "log",
}  # fmt: skip
PASS_THROUGH = {"closing", "enter_context", "cast"}  # return the client they are given
CLIENTISH = ("cls", "inst", "res", "meth", "reqm", "box")
CLIENT_CLASSES = ("Client", "AsyncClient")  # a generated package's two clients


@dataclass(frozen=True)
class Surface:
    """The OLD package's names: ``resources[attr][method] = (HTTP method, path)``."""

    packages: frozenset[str]
    resources: dict[str, dict[str, tuple[str, str]]]
    # generated packages that are not OLD's (usage_packages): their Client is no client here
    foreign: frozenset[str] = frozenset()


@dataclass
class Call:
    file: str
    line: int
    col: int
    text: str
    via: str  # "client" (a generated method), "request" (Client.request), "http"
    attr: str | None = None  # "card.get" for via == "client"
    http_method: str | None = None  # for request/http
    url: str | None = None  # for request/http: the path, DYN for computed parts
    positional: list[object] = field(default_factory=list)
    keywords: dict[str, object] = field(default_factory=dict)  # name -> value / NOT_LITERAL
    where: dict[str, str] = field(default_factory=dict)  # http: wire name -> query/body
    spread: bool = False  # *args / **kwargs, or a body/params that is not a dict literal


@dataclass(frozen=True)
class Unresolved:
    file: str
    line: int
    col: int
    text: str
    reason: str


@dataclass(frozen=True)
class Read:
    """One key read from an answer: where, as written, whose answer, which key path."""

    file: str
    line: int
    col: int
    text: str
    attr: str  # the generated method that answered: card.get
    key: str  # dotted key path
    paged: bool = False  # read from an item of mb.paginate()
    safe: bool = False  # read with .get(): the code already handles a missing key


Value = tuple[str, ...]
FuncInfo = tuple[tuple[str, ...], frozenset[str], bool]


def _typed_slot(infos: list[FuncInfo], slot: int | str, method: bool) -> tuple[bool, str]:
    """Whether a def of that name has a Client annotation on the parameter an argument
    lands in; else the parameter's name when known."""
    names = ""
    for params, typed, has_self in infos:
        ps = params[1:] if has_self and method else params
        name = ps[slot] if isinstance(slot, int) and slot < len(ps) else slot
        if isinstance(name, str) and name in typed:
            return True, name
        if isinstance(name, str) and name in ps:
            names = name
    return False, names


Source = list[str]  # a file's lines, ends kept


def text_of(src: Source, node: ast.expr) -> str:
    """The expression as written, on one line, at most 120 characters."""
    first, last = node.lineno, node.end_lineno or node.lineno
    end_col = node.end_col_offset if node.end_col_offset is not None else None
    if last - first > 30 or end_col is None or last > len(src):
        seg = ast.unparse(node)
    else:
        chunk = [line.encode() for line in src[first - 1 : last]]
        if len(chunk) == 1:
            raw = chunk[0][node.col_offset : end_col]
        else:
            raw = chunk[0][node.col_offset :] + b"".join(chunk[1:-1]) + chunk[-1][:end_col]
        seg = raw.decode(errors="replace")
    seg = " ".join(seg.split())
    return seg if len(seg) <= 120 else seg[:117] + "..."


def column(src: Source, node: ast.expr) -> int:
    """The 1-based column in characters (``col_offset`` counts UTF-8 bytes)."""
    line = src[node.lineno - 1] if node.lineno <= len(src) else ""
    if line.isascii():
        return node.col_offset + 1
    return len(line.encode()[: node.col_offset].decode(errors="replace")) + 1


def literal(node: ast.AST) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return NOT_LITERAL


def url_text(node: ast.AST) -> str | None:
    """A string built of literals and computed parts (f-strings, ``+``), DYN for the latter."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            text = v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else DYN
            parts.append(text)
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = url_text(node.left), url_text(node.right)
        return (left if left is not None else DYN) + (right if right is not None else DYN)
    return None


def api_path(node: ast.AST) -> str | None:
    """The ``/api/...`` part of a URL expression, or None when it has no literal ``/api``."""
    text = url_text(node)
    if text is None:
        return None
    m = re.search(r"/api(/|$|\?)", text)
    if not m:
        return None
    return text[m.start() :]


def is_client_module(module: str, packages: frozenset[str]) -> tuple[bool, bool]:
    """(the OLD generated package or inside it, a module whose name has ``client`` in it)."""
    parts = module.split(".")
    if parts[0] in HTTP_LIBS or module == "http.client":
        return False, False
    return any(p in packages for p in parts), any("client" in p.lower() for p in parts)


def unresolved(file: str, src: Source, node: ast.expr, reason: str) -> Unresolved:
    return Unresolved(file, node.lineno, column(src, node), text_of(src, node), reason)


def _new(file: str, src: Source, node: ast.Call, via: str) -> Call:
    return Call(file, node.lineno, column(src, node), text_of(src, node), via)


def client_call(file: str, src: Source, node: ast.Call, attr: str) -> Call:
    """A call of a generated method: its positional and keyword arguments."""
    c = _new(file, src, node, "client")
    c.attr = attr
    for a in node.args:
        if isinstance(a, ast.Starred):
            c.spread = True
            break
        c.positional.append(literal(a))
    for k in node.keywords:
        if k.arg is None:
            c.spread = True
        else:
            c.keywords[k.arg] = literal(k.value)
    return c


def _query_keys(c: Call, query: str) -> None:
    for pair in query.split("&") if query else []:
        key, _, val = pair.partition("=")
        c.keywords[key] = val if DYN not in val else NOT_LITERAL
        c.where[key] = "query"


def request_call(file: str, src: Source, node: ast.Call) -> Call | Unresolved:
    """``client.request(METHOD, PATH, **params)``: GET and DELETE send query parameters."""
    method = literal(node.args[0]) if node.args else NOT_LITERAL
    path = url_text(node.args[1]) if len(node.args) > 1 else None
    for k in node.keywords:
        if k.arg == "method":
            method = literal(k.value)
        elif k.arg == "path":
            path = url_text(k.value)
    if not isinstance(method, str) or path is None or path.startswith(DYN):
        return unresolved(file, src, node, "request() with a computed method or path")
    c = _new(file, src, node, "request")
    path, _, query = path.partition("?")
    c.http_method, c.url = method.upper(), path if path.startswith("/") else "/" + path
    _query_keys(c, query)
    for k in node.keywords:
        if k.arg is None:
            c.spread = True
        elif k.arg not in ("method", "path"):
            c.keywords[k.arg] = literal(k.value)
            c.where[k.arg] = "query" if c.http_method in ("GET", "DELETE") else "body"
    return c


def http_call(file: str, src: Source, node: ast.Call, verb: str) -> Call | Unresolved | None:
    """requests/httpx with a literal ``/api`` in the URL; None when there is none."""
    args = list(node.args)
    method: object = verb.upper()
    if verb == "request":
        method = literal(args.pop(0)) if args else NOT_LITERAL
    url = args[0] if args else next((k.value for k in node.keywords if k.arg == "url"), None)
    path = api_path(url) if url is not None else None
    if path is None:
        return None  # not evidence of a Metabase call
    if not isinstance(method, str):
        return unresolved(file, src, node, "HTTP call with a computed method")
    c = _new(file, src, node, "http")
    c.http_method = method.upper()
    path, _, query = path.partition("?")
    c.url = path
    _query_keys(c, query)
    for k in node.keywords:
        if k.arg in ("params", "json", "data"):
            where = "query" if k.arg == "params" else "body"
            if not isinstance(k.value, ast.Dict) or any(x is None for x in k.value.keys):
                c.spread = True
                continue
            for kn, vn in zip(k.value.keys, k.value.values, strict=True):
                wire = literal(kn) if kn is not None else NOT_LITERAL
                if isinstance(wire, str):
                    c.keywords[wire], c.where[wire] = literal(vn), where
        elif k.arg is None:
            c.spread = True
    return c


def python_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files given and every ``*.py`` under the folders given, sorted, once each."""
    out: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            out.update(f for f in p.rglob("*.py") if f.is_file())
        else:
            out.add(p)
    return sorted(out)


@dataclass
class Scan:
    files: int = 0
    calls: list[Call] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    errors: list[Unresolved] = field(default_factory=list)  # files that do not parse
    not_checked: list[NotChecked] = field(default_factory=list)  # clients not tied to OLD
    reads: list[Read] = field(default_factory=list)  # keys read from answers


def bind_import(
    env: dict[str, Value],
    node: ast.Import | ast.ImportFrom,
    surface: Surface,
    exports: dict[str, dict[str, Value]],
) -> None:
    """What an import binds: the generated package or its Client, requests/httpx, or a
    client made at module level in another scanned file (``exports``). Nothing of a
    generated package that is not OLD's."""
    packages = surface.packages
    if isinstance(node, ast.Import):
        for a in node.names:
            if surface.foreign & set(a.name.split(".")):
                continue
            pkg, _ = is_client_module(a.name, packages)
            top = a.name.split(".")[0]
            if pkg:
                env[a.asname or top] = ("mod",)
            elif top in HTTP_LIBS:
                env[a.asname or top] = ("http",) if a.asname is None or "." not in a.name else ()
        return
    module = "." * node.level + (node.module or "")
    if surface.foreign & set(module.split(".")):
        return
    pkg, named = is_client_module(module.lstrip("."), packages)
    top = module.lstrip(".").split(".")[0]
    for a in node.names:
        name = a.asname or a.name
        if a.name in CLIENT_CLASSES and (pkg or named):
            env[name] = ("cls",)
        elif pkg and a.name == "client":
            env[name] = ("mod",)
        elif top in HTTP_LIBS and a.name in HTTP_VERBS | {"request"}:
            env[name] = ("httpfn", a.name)
        elif top in HTTP_LIBS and a.name in ("Session", "Client", "AsyncClient"):
            env[name] = ("sesscls",)
        elif a.name in exports.get(module.split(".")[-1], {}):
            env[name] = exports[module.split(".")[-1]][a.name]


def escape(
    node: ast.Call,
    callee: str,
    args: list[Value],
    kwargs: list[Value],
    defs: dict[str, list[FuncInfo]],
) -> str | None:
    """Why a client given to this call is lost (its calls there are not followed), or None:
    the parameter it lands in is annotated with the Client, or the callee is harmless."""
    if callee in HARMLESS:
        return None
    method = isinstance(node.func, ast.Attribute)
    for i, v in enumerate(args + kwargs):
        if not (v[:1] and v[0] in CLIENTISH):
            continue
        slot: int | str = i if i < len(args) else str(node.keywords[i - len(args)].arg)
        typed, names = _typed_slot(defs.get(callee, []), slot, method)
        if typed and v[0] == "inst":
            continue
        what = "in a container" if v[0] == "box" else "as an argument"
        where = f" (parameter {names!r} is not annotated with Client)" if names else ""
        return f"client passed {what} to {callee or 'a call'}(){where}"
    return None


def defs_of(
    body: list[ast.stmt],
) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef]:
    """Function and class definitions of a body, those under if/try included."""
    for st in body:
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield st
        elif isinstance(st, (ast.If, ast.Try, ast.With)):
            for sub in ("body", "orelse", "finalbody"):
                yield from defs_of(getattr(st, sub, []))
            for h in getattr(st, "handlers", []):
                yield from defs_of(h.body)


def statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement of a body, nested ones included (expressions are not visited)."""
    for st in body:
        yield st
        for name in ("body", "orelse", "finalbody"):
            sub = getattr(st, name, None)
            if isinstance(sub, list):
                yield from statements(sub)
        for h in getattr(st, "handlers", ()):
            yield from statements(h.body)
        for case in getattr(st, "cases", ()):
            yield from statements(case.body)


def inline(node: ast.Call, strings: Callable[[str], tuple[str, ...]]) -> ast.Call:
    """The call with each name that ``strings`` knows (``url = f"{BASE}/api/card"``)
    replaced by the expression it was bound to, so that its URL can be read."""

    def sub(x: ast.expr) -> ast.expr:
        code = strings(x.id) if isinstance(x, ast.Name) else ()
        if code:
            return ast.copy_location(ast.parse(code[0], mode="eval").body, x)
        return x

    kws = [ast.keyword(k.arg, sub(k.value)) for k in node.keywords]
    return ast.copy_location(ast.Call(node.func, [sub(a) for a in node.args], kws), node)
