"""Find the calls that reach Metabase in a user's Python files: read with ``ast``, never
imported or run. What counts as a Client, and what is followed, is in docs/diff.md.

Values are tracked per scope as small tuples: ``("cls",)`` the Client class, ``("mod",)``
the generated package, ``("inst",)`` a client, ``("res", attr)`` a resource, ``("meth",
attr, name)`` a bound method, ``("box",)`` a container holding a client, ``("lost",
why)`` a client reached through something not followed (a call of it is reported).
"""

from __future__ import annotations

import ast

from generator.analysis import usage_answers as answers
from generator.analysis.usage_calls import (
    CLIENT_CLASSES,
    CLIENTISH,
    HTTP_VERBS,
    PASS_THROUGH,
    Call,
    FuncInfo,
    Read,
    Source,
    Surface,
    Unresolved,
    Value,
    bind_import,
    client_call,
    defs_of,
    escape,
    http_call,
    inline,
    literal,
    request_call,
    unresolved,
    url_text,
)

FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)


class Scanner:
    """One file's values and the calls they make (see usage_files for a whole file)."""

    def __init__(self, surface: Surface, file: str, src: Source) -> None:
        self.s, self.file, self.src = surface, file, src
        self.calls: list[Call] = []
        self.unresolved: list[Unresolved] = []
        self.reads: list[Read] = []  # keys read from answers (usage_answers)
        self.globals: dict[str, Value] = {}
        # name -> [(parameter names, those annotated with Client, has self)], every file
        self.defs: dict[str, list[FuncInfo]] = {}
        # module name (last component) -> its module-level names that hold a Client
        self.exports: dict[str, dict[str, Value]] = {}
        self.returns: dict[str, Value] = {}
        self.class_attrs: dict[str, dict[str, Value]] = {}
        self.client_classes: set[str] = set()
        self.user_classes: set[str] = set()

    # --- names -------------------------------------------------------------------------
    def lookup(self, env: dict[str, Value], name: str) -> Value | None:
        return env.get(name) or self.globals.get(name)

    def is_client_annotation(self, env: dict[str, Value], node: ast.AST | None) -> bool:
        if node is None:
            return False
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return False
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self.is_client_annotation(env, node.left) or self.is_client_annotation(
                env, node.right
            )
        if isinstance(node, ast.Subscript):  # Optional[Client], Union[Client, None]
            inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            return any(self.is_client_annotation(env, x) for x in inner)
        if isinstance(node, ast.Name) and node.id in self.client_classes:
            return True
        return self.value(env, node, record=False) == ("cls",)

    # --- expressions -------------------------------------------------------------------
    def value(self, env: dict[str, Value], node: ast.AST, record: bool = True) -> Value:
        """What an expression is, as far as the client goes; records the calls it makes."""
        if isinstance(node, ast.Name):
            found = self.lookup(env, node.id)
            if found is None and node.id in self.user_classes:
                return ("self", node.id)  # the class: its attributes, its instances
            return found or ()
        if isinstance(node, ast.Attribute):
            return self.attribute(self.value(env, node.value, record), node.attr)
        if isinstance(node, ast.Call):
            return self.call(env, node) if record else ()
        if isinstance(node, ast.Await):
            return self.value(env, node.value, record)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
            items = [v for v in ast.iter_child_nodes(node) if isinstance(v, ast.expr)]
            vals = [self.value(env, v, record) for v in items]
            return ("box",) if any(v[:1] and v[0] in CLIENTISH for v in vals) else ()
        if isinstance(node, ast.Subscript):
            base = self.value(env, node.value, record)
            self.walk_expr(env, node.slice)
            if answers.is_answer(base):
                return self.read(node, base, node.slice, record)
            return ("lost", "client taken out of a container") if base[:1] == ("box",) else ()
        if isinstance(node, ast.NamedExpr):
            v = self.value(env, node.value, record)
            env[node.target.id] = v
            return v
        if isinstance(node, ast.IfExp):
            self.walk_expr(env, node.test)
            a, b = self.value(env, node.body, record), self.value(env, node.orelse, record)
            if (
                a[:1] and a[0] in CLIENTISH and b and a != b
            ):  # mb.card.get if x else mb.card.list: which is not known
                return ("lost", "chosen by a condition between two parts of the client")
            return a or b
        if isinstance(node, ast.Lambda):
            if record:
                self.value(dict(env), node.body)
            return ()
        if record:
            self.walk_expr(env, node)
        return ()

    def walk_expr(self, env: dict[str, Value], node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.value(env, child)
            elif isinstance(child, ast.comprehension):
                it = self.value(env, child.iter)
                self.bind_target(env, child.target, self.element(it))
                for cond in child.ifs:
                    self.value(env, cond)
            elif not isinstance(child, (ast.stmt, ast.arguments)):
                self.walk_expr(env, child)

    def element(self, container: Value) -> Value:
        if container[:1] == ("box",):
            return ("lost", "client taken out of a container")
        return answers.element(container)

    def read(self, node: ast.expr, base: Value, key: ast.AST | None, record: bool) -> Value:
        v, found = answers.read(
            self.file, self.src, node, base, key, safe=isinstance(node, ast.Call)
        )
        if found is not None and record:
            self.reads.append(found)
        return v

    def attribute(self, base: Value, attr: str) -> Value:
        kind = base[:1]
        if answers.is_answer(base):
            return answers.method(base, attr)
        if kind == ("self",):
            return self.self_attribute(base, attr)
        if kind == ("mod",):
            return ("cls",) if attr in CLIENT_CLASSES else ("mod",) if attr == "client" else ()
        if kind == ("inst",):
            if attr in ("request", "paginate"):
                return ("reqm",) if attr == "request" else ("pagm",)
            return ("res", attr) if attr in self.s.resources else ()
        if kind == ("res",):
            return ("meth", base[1], attr) if attr in self.s.resources[base[1]] else ()
        if kind in (("http",), ("sess",)) and attr in HTTP_VERBS | {"request"}:
            return ("httpfn", attr)
        if kind == ("http",) and attr in ("Session", "Client", "AsyncClient"):
            return ("sesscls",)
        if kind == ("box",) and attr in ("get", "values", "items", "pop", "copy"):
            return ("boxget",)
        if kind in (("lost",), ("box",), ("boxget",)):
            return ("lost", base[1] if kind == ("lost",) else "client taken out of a container")
        return ()

    def call(self, env: dict[str, Value], node: ast.Call) -> Value:
        f = node.func
        if isinstance(f, ast.Name) and f.id == "getattr" and len(node.args) >= 2:
            base = self.value(env, node.args[0])
            name = literal(node.args[1])
            if isinstance(name, str):
                return self.attribute(base, name)
            self.value(env, node.args[1])
            if base[:1] and base[0] in CLIENTISH + ("lost",):
                return ("lost", "client reached by getattr with a computed name")
            return ()
        fv = self.value(env, f)
        if isinstance(f, ast.Attribute) and f.attr == "append" and isinstance(f.value, ast.Name):
            if any(self.value(env, a)[:1] in (("inst",), ("res",), ("meth",)) for a in node.args):
                env[f.value.id] = ("box",)
            return ()
        args = [self.value(env, a.value if isinstance(a, ast.Starred) else a) for a in node.args]
        kwargs = [self.value(env, k.value) for k in node.keywords]
        kind = fv[:1]
        if kind in (("cls",), ("factory",)):
            return ("inst",)
        if kind == ("self",) and isinstance(f, ast.Name):  # an instance of our class
            return ("inst",) if fv[1] in self.client_classes else fv
        if kind == ("sesscls",):
            return ("sess",)
        if kind == ("boxget",):
            return ("lost", "client taken out of a container")
        if kind == ("meth",):
            self.calls.append(client_call(self.file, self.src, node, f"{fv[1]}.{fv[2]}"))
            return answers.answer(f"{fv[1]}.{fv[2]}")
        if answers.is_getter(fv):  # answer.get("key")
            return self.read(node, fv, node.args[0] if node.args else None, True)
        if kind == ("reqm",):
            self.add(request_call(self.file, self.src, self.inline(env, node)))
            return ()
        if kind == ("pagm",):
            return self.paginate(node, args[0] if args else ())
        if kind == ("httpfn",):
            self.add(http_call(self.file, self.src, self.inline(env, node), fv[1]))
            return ()
        if kind == ("lost",):
            self.unresolved.append(
                unresolved(self.file, self.src, node, f"{fv[1]}; the call is not followed")
            )
            return ()
        if kind in (("inst",), ("res",)):
            self.unresolved.append(
                unresolved(self.file, self.src, node, "a client object called directly")
            )
            return ()
        callee = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        if callee in PASS_THROUGH and args and args[0][:1] in (("inst",), ("res",)):
            return args[0]
        if callee == "cast" and node.args and self.is_client_annotation(env, node.args[0]):
            return ("inst",)  # typing.cast(Client, x): a client from here on
        if isinstance(f, ast.Name) and f.id in self.returns:
            return self.returns[f.id]
        if isinstance(f, ast.Name) and f.id in self.client_classes:
            return ("inst",)
        self.check_escape(node, callee, args, kwargs)
        return ()

    def paginate(self, node: ast.Call, method: Value) -> Value:
        """``mb.paginate(mb.search.list, *args, **params)``: a call of that method (limit
        and offset are the helper's own)."""
        if method[:1] != ("meth",):
            why = "paginate() of a method that is not known"
            self.unresolved.append(unresolved(self.file, self.src, node, why))
            return ()
        kws = [k for k in node.keywords if k.arg not in ("limit", "offset")]
        inner = ast.copy_location(ast.Call(node.func, node.args[1:], kws), node)
        inner.end_lineno, inner.end_col_offset = node.end_lineno, node.end_col_offset
        self.calls.append(client_call(self.file, self.src, inner, f"{method[1]}.{method[2]}"))
        return answers.answer(f"{method[1]}.{method[2]}", paged=True)

    def check_escape(
        self, node: ast.Call, callee: str, args: list[Value], kwargs: list[Value]
    ) -> None:
        why = escape(node, callee, args, kwargs, self.defs)
        if why:
            self.add(unresolved(self.file, self.src, node, why))

    def inline(self, env: dict[str, Value], node: ast.Call) -> ast.Call:
        """The call with names bound to strings replaced by those strings."""

        def strings(name: str) -> tuple[str, ...]:
            v = self.lookup(env, name) or ()
            return v[1:2] if v[:1] == ("str",) else ()

        return inline(node, strings)

    def add(self, found: Call | Unresolved | None) -> None:
        if isinstance(found, Call):
            self.calls.append(found)
        elif found is not None:
            self.unresolved.append(found)

    # --- statements --------------------------------------------------------------------
    def bind_target(self, env: dict[str, Value], target: ast.AST, v: Value) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = v
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            cls = env.get(target.value.id)
            if cls and cls[0] == "self" and v:
                self.class_attrs.setdefault(cls[1], {})[target.attr] = v
        elif isinstance(target, (ast.Tuple, ast.List)):
            inner = answers.element(v) or (
                ("lost", "client unpacked from a container") if v else ()
            )
            for t in target.elts:
                self.bind_target(env, t, inner)

    def run(self, env: dict[str, Value], body: list[ast.stmt], cls: str | None = None) -> None:
        for st in body:
            self.stmt(env, st, cls)

    def stmt(self, env: dict[str, Value], st: ast.stmt, cls: str | None) -> None:
        if isinstance(st, (ast.Import, ast.ImportFrom)):
            bind_import(env, st, self.s, self.exports)
        elif isinstance(st, ast.Assign) and _pairwise(st):  # a, b = x, y
            for te, ve in zip(st.targets[0].elts, st.value.elts, strict=True):  # type: ignore[attr-defined]
                self.bind_target(env, te, self.value(env, ve))
        elif isinstance(st, ast.Assign):
            v = self.value(env, st.value)
            if not v and url_text(st.value) is not None:
                v = ("str", ast.unparse(st.value))  # a URL kept for request()/requests
            for t in st.targets:
                self.bind_target(env, t, v)
                if cls is not None and isinstance(t, ast.Name) and v:
                    self.class_attrs.setdefault(cls, {})[t.id] = v
        elif isinstance(st, ast.AnnAssign):
            v = self.value(env, st.value) if st.value is not None else ()
            if self.is_client_annotation(env, st.annotation):
                v = v or ("inst",)
            if cls is not None and isinstance(st.target, ast.Name) and v:
                self.class_attrs.setdefault(cls, {})[st.target.id] = v
            self.bind_target(env, st.target, v)
        elif isinstance(st, (ast.With, ast.AsyncWith)):
            for item in st.items:
                v = self.value(env, item.context_expr)
                if item.optional_vars is not None:
                    self.bind_target(env, item.optional_vars, v)
            self.run(env, st.body, cls)
        elif isinstance(st, (ast.For, ast.AsyncFor)):
            self.bind_target(env, st.target, self.element(self.value(env, st.iter)))
            self.run(env, st.body, cls)
            self.run(env, st.orelse, cls)
        elif isinstance(st, ast.Return) and st.value is not None:
            fn = env.get("\0fn", ())
            if self.value(env, st.value)[:1] == ("inst",) and fn:
                self.returns[fn[1]] = ("inst",)  # return mb: calls of it give a client
        elif isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            pass  # run after the enclosing body (see scan)
        else:
            for child in ast.iter_child_nodes(st):
                if isinstance(child, ast.expr):
                    self.value(env, child)
                elif isinstance(child, ast.stmt):
                    self.stmt(env, child, cls)
                elif isinstance(child, (ast.excepthandler, ast.match_case)):
                    for sub in ast.iter_child_nodes(child):
                        if isinstance(sub, ast.stmt):
                            self.stmt(env, sub, cls)
                        elif isinstance(sub, ast.expr):
                            self.value(env, sub)

    def function(
        self, fn: ast.FunctionDef | ast.AsyncFunctionDef, outer: dict[str, Value], cls: str | None
    ) -> None:
        env = dict(outer)
        a = fn.args
        params = a.posonlyargs + a.args + a.kwonlyargs
        for i, p in enumerate(params):
            if i == 0 and cls is not None and p.arg in ("self", "cls"):
                env[p.arg] = ("self", cls)
            else:
                env[p.arg] = ("inst",) if self.is_client_annotation(env, p.annotation) else ()
        for d in a.defaults + [d for d in a.kw_defaults if d is not None]:
            self.value(env, d)
        env["\0fn"] = ("fn", fn.name) if cls is None else ()
        self.run(env, fn.body, cls)
        self.nested(fn.body, env, None)

    def nested(self, body: list[ast.stmt], env: dict[str, Value], cls: str | None) -> None:
        for st in defs_of(body):
            if isinstance(st, ast.ClassDef):
                self.klass(st, env)
            else:
                self.function(st, env, cls)

    def klass(self, node: ast.ClassDef, env: dict[str, Value]) -> None:
        if any(self.value(env, b, record=False) == ("cls",) for b in node.bases):
            self.client_classes.add(node.name)
        self.run(dict(env), node.body, node.name)
        methods = [s for s in defs_of(node.body) if not isinstance(s, ast.ClassDef)]
        methods.sort(key=lambda m: m.name != "__init__")  # self.x = Client(...) first
        for m in methods:
            self.function(m, env, node.name)

    def self_attribute(self, base: Value, attr: str) -> Value:
        if base[:1] != ("self",):
            return ()
        if base[1] in self.client_classes:
            return self.attribute(("inst",), attr)
        return self.class_attrs.get(base[1], {}).get(attr, ())


def _pairwise(st: ast.Assign) -> bool:
    t, v = st.targets[0], st.value
    return (
        len(st.targets) == 1
        and isinstance(t, ast.Tuple)
        and isinstance(v, ast.Tuple)
        and len(t.elts) == len(v.elts)
    )
