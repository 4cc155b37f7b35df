"""Tokenise one Markdown page of Metabase's API docs into raw endpoints.

Works on markdown-it-py tokens and their line maps: endpoint headings are ``##``/``###``
headings whose only content is a code span ``METHOD /path``; a heading reading ``PARAMS:``
opens the parameter list of the endpoint above it; anything else at heading level, or a
thematic break (the footer of split pages), ends the endpoint's description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.core.diagnostics import Diagnostics, InputError
from generator.core.model import METHODS

_MD = MarkdownIt("commonmark")
# Pages are read block by block; the inline tokens of the few blocks that are read (headings,
# parameter bullets) are made when first asked for (``inline_children``), with the page's own
# env: the same tokens as a whole parse, for a third of its work.
_BLOCKS = MarkdownIt("commonmark").disable("inline")
_HEADING_CODE = re.compile(r"^([A-Za-z]+)\s+(/\S*)$")
# Mid-2024 docs print some Enterprise routes with the namespace instead of the route prefix:
# `GET metabase-enterprise.scim.api/api_key` on the page of /api/ee/scim/.
_HEADING_NS = re.compile(r"^([A-Za-z]+)\s+([a-z][\w\-]*(?:\.[\w\-]+)+)(/\S*)?$")
_HEADING_PRINTED = re.compile(r"^([A-Za-z]+)\s+(\S+)$")
_METHOD_WORD = re.compile(r"^`?(?:GET|POST|PUT|DELETE|PATCH)\s+\S")


def namespace_prefix(namespace: str) -> str:
    """The route a namespace's name suggests, the last resort when no route facts mount
    it (app/wire.py warns when it is used):
    ``metabase.api.card`` -> ``/api/card``; ``metabase-enterprise.scim.api`` ->
    ``/api/ee/scim``; ``metabase-enterprise.x.api.y`` -> ``/api/ee/x/y``."""
    parts = namespace.split(".")
    if parts[:2] == ["metabase", "api"]:
        return "/api/" + "/".join(parts[2:])
    if parts[0] == "metabase-enterprise":
        rest = [x for x in parts[1:] if x != "api"]
        return "/api/ee/" + "/".join(rest)
    return "/api/" + "/".join(x for x in parts if x not in ("metabase", "api"))


@dataclass
class RawParam:
    name: str
    prose: str
    line: int


@dataclass
class RawEndpoint:
    method: str
    path: str
    file: str
    line: int
    description: str
    enterprise: bool
    params: list[RawParam] = field(default_factory=list)


@dataclass
class Page:
    """One parsed page: its endpoints, its title, and its front matter fields."""

    file: str
    title: str | None
    endpoints: list[RawEndpoint]
    front_matter: dict[str, str]
    heading_tags: set[str] = field(default_factory=set)


def tokenize(text: str) -> list[Token]:
    return _MD.parse(text)


# The two inline shapes read most, told without an inline parse: a heading that is one code
# span (`GET /api/card/:id`), a bullet that opens with **`name`** (a delimiter run that
# CommonMark's flanking rules make a strong span: nothing but white space may follow it).
# Anything else is parsed.
_ONE_CODE_SPAN = re.compile(r"`([^`]+)`")
_PARAM_OPENING = re.compile(r"\*\*`([^`\s]+)`\*\*(?=\s|$)")


def inline_children(inline: Token, env: dict[str, object]) -> list[Token]:
    """An inline token's children, parsed now if the block pass left them out."""
    if not inline.children and inline.content:
        inline.children = _MD.parseInline(inline.content, env)[0].children or []
    return inline.children or []


def split_front_matter(text: str, file: str) -> tuple[str, dict[str, str]]:
    """Blank out a leading YAML front matter block, keeping line numbers, and read its
    top-level ``key: value`` lines (enough for ``title``)."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return text, {}
    lines = text.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n") == "---":
            fields: dict[str, str] = {}
            for line in lines[1:i]:
                m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*?)\s*$", line)
                if m:
                    fields[m.group(1)] = m.group(2).strip("\"'")
            blank = "\n" * (i + 1)
            return blank + "".join(lines[i + 1 :]), fields
    raise InputError(file, 1, "front matter opened with '---' is never closed", "front-matter")


def _inline_text(inline: Token) -> str:
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


def _endpoint_code(inline: Token) -> str | None:
    """The code span of an endpoint heading, when the heading is nothing but one."""
    kids = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(kids) == 1 and kids[0].type == "code_inline":
        return kids[0].content.strip()
    return None


def parse_page(text: str, file: str, *, enterprise: bool, diags: Diagnostics) -> Page:
    body, front = split_front_matter(text, file)
    reader = _PageReader(body, file, enterprise, diags)
    reader.run()
    return Page(file, reader.title, reader.endpoints, front, reader.tags)


class _PageReader:
    """One pass over a page's tokens: endpoint headings open endpoints, their prose is the
    description, a PARAMS heading's bullet list holds the parameters."""

    def __init__(self, body: str, file: str, enterprise: bool, diags: Diagnostics) -> None:
        self.lines = body.splitlines()
        self.env: dict[str, object] = {}
        self.tokens = _BLOCKS.parse(body, self.env)
        self.file = file
        self.enterprise = enterprise
        self.diags = diags
        self.endpoints: list[RawEndpoint] = []
        self.title: str | None = None
        self.tags: set[str] = set()
        self.current: RawEndpoint | None = None
        self.desc_start: int | None = None  # 0-based first line of the current description
        self.in_params = False

    def run(self) -> None:
        tokens, i = self.tokens, 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.type == "heading_open" and tok.level == 0:
                self.heading(tok, tokens[i + 1])
                i += 3
                continue
            if tok.type == "hr" and tok.level == 0:
                self.close_description(tok.map[0] if tok.map else len(self.lines))
                self.current = None
                self.in_params = False
            elif (
                tok.type == "bullet_list_open"
                and tok.level == 0
                and self.in_params
                and (current := self.current) is not None
            ):
                i = _read_params(tokens, i, self.lines, current, self.file, self.diags, self.env)
                continue
            i += 1
        self.close_description(len(self.lines))

    def close_description(self, end: int) -> None:
        if self.current is not None and self.desc_start is not None:
            chunk = self.lines[self.desc_start : end]
            while chunk and not chunk[-1].strip():
                chunk.pop()
            while chunk and not chunk[0].strip():
                chunk.pop(0)
            self.current.description = "\n".join(chunk)
        self.desc_start = None

    def endpoint_heading(self, tok: Token, code: str | None, start: int) -> re.Match[str] | None:
        """The ``METHOD /path`` of an endpoint heading, or None. A namespace heading
        (``POST metabase-enterprise.llm.api/card/summarize``) keeps the namespace as printed:
        the route it is served at comes from the route facts (app/wire.py, docs/facts.md)."""
        m = _HEADING_CODE.match(code) if code is not None else None
        ns = _HEADING_NS.match(code) if code is not None and m is None else None
        if ns and ns.group(1).upper() in METHODS:
            m = _HEADING_PRINTED.match(f"{ns.group(1)} {ns.group(2)}{ns.group(3) or '/'}")
        return m if m and tok.tag in ("h2", "h3") else None

    def heading(self, tok: Token, inline: Token) -> None:
        start = tok.map[0] if tok.map else 0
        self.close_description(start)
        self.in_params = False
        span = _ONE_CODE_SPAN.fullmatch(inline.content)
        if span is not None:  # as the parse would give it, for a tenth of the work
            code = heading = span.group(1).strip()
        else:
            inline_children(inline, self.env)
            code = _endpoint_code(inline)
            heading = _inline_text(inline).strip()
        m = self.endpoint_heading(tok, code, start)
        if m:
            self.open_endpoint(tok, m, start)
        elif (code is not None and re.match(r"^[A-Za-z]+\s+/", code)) or re.match(
            r"^`[A-Za-z]+\s+/", heading
        ):
            raise InputError(
                self.file, start + 1, f"malformed endpoint heading {code!r}", "bad-heading"
            )
        elif heading.rstrip(":").strip().upper() == "PARAMS" and self.current is not None:
            self.in_params = True
        elif _METHOD_WORD.match(code or heading) and tok.tag != "h1":
            self.diags.warning(
                "dropped-heading",
                f"heading {heading!r} names an HTTP method but is not an endpoint heading "
                "(`METHOD /path` alone, at level 2 or 3): skipped",
                self.file,
                start + 1,
            )
            self.current = None
        else:
            if tok.tag == "h1" and self.title is None:
                self.title = heading
            self.current = None

    def open_endpoint(self, tok: Token, m: re.Match[str], start: int) -> None:
        method = m.group(1)
        if method not in METHODS:
            raise InputError(
                self.file,
                start + 1,
                f"endpoint heading has unknown HTTP method {method!r}",
                "unknown-method",
            )
        self.tags.add(tok.tag)
        self.current = RawEndpoint(method, m.group(2), self.file, start + 1, "", self.enterprise)
        self.endpoints.append(self.current)
        self.desc_start = tok.map[1] if tok.map else start + 1


def _read_params(
    tokens: list[Token],
    i: int,
    lines: list[str],
    ep: RawEndpoint,
    file: str,
    diags: Diagnostics,
    env: dict[str, object],
) -> int:
    """Read the bullet list at ``tokens[i]``; return the index after it."""
    depth = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "bullet_list_open":
            depth += 1
        elif tok.type == "bullet_list_close":
            depth -= 1
            if depth == 0:
                return i + 1
        elif tok.type == "list_item_open" and depth == 1 and tok.map:
            inline = next((t for t in tokens[i:] if t.type == "inline"), None)
            line = tok.map[0] + 1
            opening = _PARAM_OPENING.match(inline.content) if inline is not None else None
            if opening is not None:  # **`name`** as the parse would read it
                _add_param(ep, opening.group(1), lines[tok.map[0] : tok.map[1]], line)
                i += 1
                continue
            kids = [
                c
                for c in (inline_children(inline, env) if inline is not None else [])
                if not (c.type == "text" and not c.content)
            ]
            if (
                inline is not None
                and len(kids) >= 3
                and kids[0].type == "strong_open"
                and kids[1].type == "code_inline"
                and kids[2].type == "strong_close"
            ):
                _add_param(ep, kids[1].content, lines[tok.map[0] : tok.map[1]], line)
            else:
                diags.warning("bad-param", "parameter bullet without a **`name`**", file, line)
        i += 1
    return i


def _add_param(ep: RawEndpoint, name: str, item: list[str], line: int) -> None:
    """The parameter a bullet names, its prose the text after the name."""
    raw = "\n".join(item)
    marker = f"`{name}`**"
    prose = raw[raw.index(marker) + len(marker) :] if marker in raw else ""
    ep.params.append(RawParam(name, prose.strip(), line))


def index_links(text: str) -> list[tuple[str, str, int]]:
    """The links of an index page as (label, href, line), in order."""
    out: list[tuple[str, str, int]] = []
    tokens = tokenize(text)
    for idx, tok in enumerate(tokens):
        if tok.type != "inline" or not tok.children:
            continue
        line = (tokens[idx - 1].map or [0])[0] + 1 if idx else 1
        kids = tok.children
        for k, child in enumerate(kids):
            if child.type == "link_open":
                href = str(child.attrs.get("href", ""))
                label = ""
                for c in kids[k + 1 :]:
                    if c.type == "link_close":
                        break
                    label += c.content
                out.append((label, href, line))
    return out
