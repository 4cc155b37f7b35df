"""A whole file for the usage scan: what it imports and defines (``prepare``), what it
gives other files (``exported``), then the scan itself, twice (``scan``)."""

from __future__ import annotations

import ast

from generator.analysis.usage_calls import FuncInfo, Value, bind_import, statements
from generator.analysis.usage_scan import FUNCS, Scanner


class FileScanner(Scanner):
    def prepare(self, tree: ast.Module) -> dict[str, list[FuncInfo]]:
        """Bind the imports, then note every def's Client-annotated parameters and which
        module-level functions return a Client."""
        nodes = [
            n
            for n in statements(tree.body)
            if isinstance(n, (ast.Import, ast.ImportFrom, ast.ClassDef, *FUNCS))
        ]
        for st in nodes:
            if isinstance(st, (ast.Import, ast.ImportFrom)):
                bind_import(self.globals, st, self.s, self.exports)
        for st in nodes:
            if isinstance(st, ast.ClassDef) and any(
                self.value(self.globals, b, record=False) == ("cls",) for b in st.bases
            ):
                self.client_classes.add(st.name)
        out: dict[str, list[FuncInfo]] = {}
        for st in nodes:
            if isinstance(st, ast.ClassDef):  # MyClass(mb): its __init__, or its fields
                self.user_classes.add(st.name)
                out.setdefault(st.name, []).append(self.constructor(st))
            if not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            ps = st.args.posonlyargs + st.args.args + st.args.kwonlyargs
            typed = frozenset(
                p.arg for p in ps if self.is_client_annotation(self.globals, p.annotation)
            )
            has_self = bool(ps) and ps[0].arg in ("self", "cls")
            out.setdefault(st.name, []).append((tuple(p.arg for p in ps), typed, has_self))
            if self.is_client_annotation(self.globals, st.returns) or (
                "Client" in self.text_of(st) and self.returns_client(st)
            ):
                self.returns[st.name] = ("inst",)
        return out

    def constructor(self, cls: ast.ClassDef) -> FuncInfo:
        init = next((f for f in cls.body if isinstance(f, FUNCS) and f.name == "__init__"), None)
        if init is not None:
            ps = (init.args.posonlyargs + init.args.args + init.args.kwonlyargs)[1:]
            names = [(p.arg, p.annotation) for p in ps]
        else:
            names = [
                (f.target.id, f.annotation)
                for f in cls.body
                if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)
            ]
        typed = frozenset(n for n, a in names if self.is_client_annotation(self.globals, a))
        return tuple(n for n, _ in names), typed, False

    def text_of(self, st: ast.stmt) -> str:
        return "".join(self.src[st.lineno - 1 : st.end_lineno or st.lineno])

    def returns_client(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        return any(
            isinstance(r, ast.Return)
            and isinstance(r.value, ast.Call)
            and self.value(self.globals, r.value.func, record=False) == ("cls",)
            for r in statements(fn.body)
        )

    def exported(self, tree: ast.Module) -> dict[str, Value]:
        """Module-level names bound to a Client (``mb = Client(...)``, ``mb: Client``), and
        functions that return one (``("factory",)``)."""
        out: dict[str, Value] = {}
        for st in tree.body:
            target, value, ann = None, None, None
            if isinstance(st, ast.Assign) and len(st.targets) == 1:
                target, value = st.targets[0], st.value
            elif isinstance(st, ast.AnnAssign):
                target, value, ann = st.target, st.value, st.annotation
            if not isinstance(target, ast.Name):
                continue
            f = value.func if isinstance(value, ast.Call) else None
            made = f is not None and (
                self.value(self.globals, f, record=False) == ("cls",)
                or (
                    isinstance(f, ast.Name)
                    and f.id in self.returns | dict.fromkeys(self.client_classes, ("inst",))
                )
            )
            if made or self.is_client_annotation(self.globals, ann):
                out[target.id] = ("inst",)
        for st in tree.body:
            if isinstance(st, FUNCS) and st.name in self.returns:
                out[st.name] = ("factory",)
        return out

    def scan(self, tree: ast.Module) -> None:
        """Twice: the first pass learns what is bound where (``self.x`` set in a later
        method, a ``global`` set in a later function); the second records."""
        for _ in range(2):
            self.calls, self.unresolved, self.reads = [], [], []
            self.run(self.globals, tree.body)
            self.nested(tree.body, self.globals, None)
