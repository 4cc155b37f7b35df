"""The Clojure reader of generator.facts, on made-up source text."""

from __future__ import annotations

import pytest

from generator.facts.edn import (
    Char,
    EdnError,
    EList,
    EMap,
    ESet,
    Keyword,
    Number,
    Regex,
    Symbol,
    Tagged,
    Vector,
    read_all,
)


def one(text: str) -> object:
    forms = read_all(text)
    assert len(forms) == 1, forms
    return forms[0]


def test_collections_and_atoms() -> None:
    form = one('(a [1 -2 3.5] {:k "v"} #{x} nil true false)')
    assert isinstance(form, EList)
    a, vec, mp, st, n, t, f = form.items
    assert a == Symbol("a")
    assert isinstance(vec, Vector) and vec.items == [1, -2, Number("3.5")]
    assert isinstance(mp, EMap) and mp.pairs == [(Keyword("k"), "v")]
    assert isinstance(st, ESet) and st.items == [Symbol("x")]
    assert (n, t, f) == (None, True, False)


def test_strings_with_escapes_and_semicolons() -> None:
    assert one(r'"a \"quoted\" ; not a comment \\ \n"') == 'a "quoted" ; not a comment \\ \n'
    assert one(r'"\u0041"') == "A"


def test_regex_with_quote_inside() -> None:
    assert one(r'#"[0-9]+\"x"') == Regex(r"[0-9]+\"x")
    assert one(r'#"\d+"') == Regex(r"\d+")


def test_chars() -> None:
    form = one(r"[\a \newline \space \( \; \" \u0041]")
    assert isinstance(form, Vector)
    assert form.items == [
        Char("a"),
        Char("\n"),
        Char(" "),
        Char("("),
        Char(";"),
        Char('"'),
        Char("A"),
    ]


def test_comments_and_discard() -> None:
    forms = read_all("""
        ; a comment (with [unbalanced
        (widget #_ (ignored "form") kept) ;; trailing
        #_#_ a b
        #! shebang-like line
        last
        """)
    assert forms == [EList([Symbol("widget"), Symbol("kept")]), Symbol("last")]


def test_keywords() -> None:
    form = one("[:a :ns/b ::c ::alias/d]")
    assert isinstance(form, Vector)
    assert form.items == [
        Keyword("a"),
        Keyword("ns/b"),
        Keyword("c", auto=True),
        Keyword("alias/d", auto=True),
    ]


def test_metadata_attaches() -> None:
    form = one('(def ^:private ^{:doc "x"} widget 1)')
    assert isinstance(form, EList)
    sym = form.items[1]
    assert isinstance(sym, Symbol) and sym.name == "widget"
    assert sym.meta["private"] is True and sym.meta["doc"] == "x"
    vec = one("^:multipart [a]")
    assert isinstance(vec, Vector) and vec.meta == {"multipart": True}


def test_quotes_and_dispatch() -> None:
    form = one("['x `(y ~z ~@w) @atom #'some/var #(inc %) #inst \"2020\"]")
    assert isinstance(form, Vector)
    q, sq, deref, var, fn, inst = form.items
    assert q == EList([Symbol("quote"), Symbol("x")])
    assert isinstance(sq, EList) and sq.items[0] == Symbol("syntax-quote")
    assert deref == EList([Symbol("deref"), Symbol("atom")])
    assert var == EList([Symbol("var"), Symbol("some/var")])
    assert isinstance(fn, EList) and fn.items[0] == Symbol("fn*")
    assert inst == Tagged("inst", "2020")


def test_reader_conditionals_keep_clj() -> None:
    assert one("#?(:cljs 1 :clj 2)") == 2
    assert read_all("#?(:cljs 1) x") == [Symbol("x")]
    assert one("#?(:cljs 1 :default 3)") == 3


def test_namespaced_map_and_numbers() -> None:
    form = one("#:widget{:a 1}")
    assert isinstance(form, EMap) and form.pairs == [(Keyword("a"), 1)]
    assert one("0x1F") == 31
    assert one("42N") == 42
    assert one("1/2") == Number("1/2")


def test_symbols_with_odd_characters() -> None:
    form = one("[a->b x' *dyn* ->thing? ok! foo#]")
    assert isinstance(form, Vector)
    assert [s.name for s in form.items if isinstance(s, Symbol)] == [
        "a->b",
        "x'",
        "*dyn*",
        "->thing?",
        "ok!",
        "foo#",
    ]


@pytest.mark.parametrize("text", ["(a", "[1 2", '"open', "{:a}", ")", '#"x'])
def test_errors(text: str) -> None:
    with pytest.raises(EdnError):
        read_all(text)
