#!/usr/bin/env node
// Read the answer shapes of a Metabase frontend tree with the TypeScript compiler API.
//
//   node extract-types.js ROOT [TYPE ...]
//
// ROOT holds frontend/src/metabase-types/api/**.ts and (when the tree has them)
// frontend/src/metabase/api/*.ts (RTK Query endpoints).  Prints one JSON object:
//   {"routes": {"GET /api/card/:id": "Card", ...},
//    "types": {"Card": {"fields": [{"key", "type", "required"}], "additional": null}, ...},
//    "dropped": [...keys left out...]}
// Extra TYPE arguments name root types to convert even without a route (for trees without
// RTK files, whose routes come from another snapshot).  Type strings follow mbgen's
// annotation grammar (docs/answers.md).  Requires the `typescript` npm package.
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const UTILITY = new Set([
  "Pick", "Omit", "Partial", "Required", "Readonly", "NonNullable", "Record",
  "Exclude", "Extract", "ReturnType", "Awaited", "Array", "ReadonlyArray",
]);
const MAX_DEPTH = 6;

function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (name !== "mocks" && name !== "__tests__" && name !== "tests") walk(p, out);
    } else if (/\.(ts|tsx|d\.ts)$/.test(name) && !/\.(unit\.)?spec\.tsx?$/.test(name)) {
      out.push(p);
    }
  }
  return out;
}

function camelWords(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

function pyName(s) {
  let n = camelWords(s);
  if (!n) n = "T";
  if (/^[0-9]/.test(n)) n = "T" + n;
  return n;
}

function idish(key) {
  return /(^|_|-)id$|Id$|_ids$|(^|_)(count|position|row_count|size_x|size_y|row|col)$/.test(
    key || "",
  );
}

class Extractor {
  constructor(root) {
    root = path.resolve(root);
    this.root = root;
    const src = path.join(root, "frontend", "src");
    const files = [
      ...walk(path.join(src, "metabase-types", "api"), []),
      ...walk(path.join(src, "metabase", "api"), []),
      ...walk(path.join(src, "metabase-types", "types"), []),
      ...walk(path.join(src, "metabase", "meta", "types"), []),
    ];
    this.apiDir = path.join(src, "metabase", "api");
    this.program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowJs: false,
      baseUrl: src,
      paths: { "metabase-types/*": ["metabase-types/*"], "metabase/*": ["metabase/*"] },
      types: [],
      lib: ["lib.es2020.d.ts"],
      target: ts.ScriptTarget.ES2020,
      moduleResolution: ts.ModuleResolutionKind.NodeJs,
    });
    this.checker = this.program.getTypeChecker();
    this.files = files;
    this.types = {}; // name -> definition
    this.byKey = new Map(); // identity key -> name
    this.dropped = new Set();
  }

  // ---- naming -----------------------------------------------------------------------
  uniqueName(base, key) {
    let name = base;
    let i = 2;
    while (name in this.types && this.types[name].__key !== key) name = base + i++;
    return name;
  }

  isDefaultInstance(t) {
    const target = t.target;
    const args = this.checker.getTypeArguments ? this.checker.getTypeArguments(t) : [];
    const decl = target && target.symbol && target.symbol.declarations && target.symbol.declarations[0];
    const params = decl && decl.typeParameters;
    if (!params) return true;
    for (let i = 0; i < params.length; i++) {
      const d = params[i].default;
      if (!d) return false;
      if (this.checker.getTypeFromTypeNode(d) !== args[i]) return false;
    }
    return true;
  }

  // The name a type has by itself (interface, non-utility alias), or null.
  ownName(t) {
    if (t.aliasSymbol && !UTILITY.has(t.aliasSymbol.name)) {
      let n = t.aliasSymbol.name;
      const args = t.aliasTypeArguments || [];
      if (args.length && !this.aliasDefault(t) && !args.every(isTypeParam)) {
        n += args.map((a) => pyName(this.checker.typeToString(a))).join("");
      }
      return n;
    }
    const s = t.symbol;
    if (s && (s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) && !UTILITY.has(s.name)) {
      let n = s.name;
      if (t.objectFlags & ts.ObjectFlags.Reference && t.target !== t && !this.isDefaultInstance(t) &&
        !this.checker.getTypeArguments(t).every(isTypeParam)) {
        n += this.checker.getTypeArguments(t).map((a) => pyName(this.checker.typeToString(a))).join("");
      }
      return n;
    }
    return null;
  }

  aliasDefault(t) {
    const decl = t.aliasSymbol.declarations && t.aliasSymbol.declarations[0];
    const params = decl && decl.typeParameters;
    if (!params) return true;
    const args = t.aliasTypeArguments || [];
    for (let i = 0; i < params.length; i++) {
      const d = params[i].default;
      if (!d || this.checker.getTypeFromTypeNode(d) !== args[i]) return false;
    }
    return true;
  }

  // ---- conversion -------------------------------------------------------------------
  // Returns a type string, or null when the value is not data (a function, undefined).
  conv(t, ctx) {
    const c = this.checker;
    const f = t.flags;
    if (ctx.depth > 3 * MAX_DEPTH) return "Any";
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return "Any";
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return null;
    if (f & ts.TypeFlags.Null) return "None";
    if (f & ts.TypeFlags.StringLiteral) return /^[^'\\\n]*$/.test(t.value) ? `Literal['${t.value}']` : "str";
    if (f & ts.TypeFlags.String || f & ts.TypeFlags.TemplateLiteral) return "str";
    if (f & ts.TypeFlags.NumberLiteral) return Number.isInteger(t.value) ? "int" : "float";
    if (f & ts.TypeFlags.Number) {
      if (ctx.idAlias || idish(ctx.key)) return "int";
      return "int | float";
    }
    if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return "bool";
    if (f & (ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return "int";
    if (f & ts.TypeFlags.Enum || f & ts.TypeFlags.EnumLiteral) {
      if (t.isUnion && t.isUnion()) return this.convUnion(t, ctx);
      return "str";
    }
    if (f & ts.TypeFlags.Union) return this.convUnion(t, ctx);
    if (f & ts.TypeFlags.Intersection) {
      const prim = t.types.find((m) => m.flags & (ts.TypeFlags.Number | ts.TypeFlags.String));
      if (prim) return this.conv(prim, ctx); // branded primitive: number & {...}
      return this.convObject(t, ctx);
    }
    if (f & ts.TypeFlags.TypeParameter) {
      const con = c.getBaseConstraintOfType(t);
      return con && con !== t ? this.conv(con, ctx) : "Any";
    }
    if (f & ts.TypeFlags.Object) {
      if (c.isArrayType(t)) {
        const el = c.getTypeArguments(t)[0];
        const asName = ctx.asName ? ctx.asName + "Item" : null;
        const s = this.conv(el, { ...ctx, idAlias: false, item: true, depth: ctx.depth + 1, asName });
        return `list[${s === null ? "Any" : s}]`;
      }
      if (c.isTupleType(t)) return "list[Any]"; // MBQL clauses and pairs: kept untyped
      if (c.isArrayLikeType(t)) {
        const ni = c.getIndexInfoOfType(t, ts.IndexKind.Number);
        const s = ni ? this.conv(ni.type, { ...ctx, idAlias: false, item: true, depth: ctx.depth + 1 }) : "Any";
        return `list[${s === null ? "Any" : s}]`;
      }
      if (t.symbol && t.symbol.name === "Date") return "str";
      return this.convObject(t, ctx);
    }
    return "Any";
  }

  convUnion(t, ctx) {
    const members = t.types;
    const parts = [];
    const objects = [];
    for (const m of members) {
      const isObj = (m.flags & ts.TypeFlags.Object && !this.checker.isArrayType(m) && !this.checker.isTupleType(m) &&
        !(m.symbol && m.symbol.name === "Date")) || (m.flags & ts.TypeFlags.Intersection &&
        !m.types.some((x) => x.flags & (ts.TypeFlags.Number | ts.TypeFlags.String)));
      if (isObj) objects.push(m);
    }
    const name = this.ownName(t);
    const nonNull = members.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (name && objects.length >= 2 && objects.length === nonNull.length) {
      // a named union of object shapes: its own entry
      const key = "u:" + t.id;
      let n = this.byKey.get(key);
      if (!n) {
        n = this.uniqueName(pyName(name), key);
        this.byKey.set(key, n);
        this.types[n] = { __key: key, union: [] };
        const names = [];
        objects.forEach((m, i) => {
          const s = this.conv(m, { ...ctx, owner: n + "Variant" + (i + 1), key: null, depth: ctx.depth + 1 });
          if (s) names.push(s);
        });
        const allNames = names.every((s) => s in this.types);
        if (allNames) {
          this.types[n] = { __key: key, union: [...new Set(names)].sort() };
          const tag = this.tagOf(objects);
          if (tag) this.types[n].tag = tag;
        } else {
          this.types[n] = { __key: key, alias: joinUnion(names) };
        }
      }
      const hasNull = members.length !== nonNull.length;
      return hasNull ? `${n} | None` : n;
    }
    for (const m of members) {
      const s = this.conv(m, { ...ctx, depth: ctx.depth + 1 });
      if (s !== null) parts.push(s);
    }
    return parts.length ? joinUnion(parts) : null;
  }

  tagOf(objects) {
    const c = this.checker;
    const first = c.getPropertiesOfType(objects[0]).map((p) => p.name).sort();
    for (const key of first) {
      const seen = new Set();
      let ok = true;
      for (const o of objects) {
        const p = c.getPropertyOfType(o, key);
        if (!p || p.flags & ts.SymbolFlags.Optional) { ok = false; break; }
        const pt = c.getTypeOfSymbol(p);
        const lits = (pt.flags & ts.TypeFlags.Union ? pt.types : [pt]);
        if (!lits.every((l) => l.flags & ts.TypeFlags.StringLiteral)) { ok = false; break; }
        for (const l of lits) {
          if (seen.has(l.value)) { ok = false; break; }
          seen.add(l.value);
        }
        if (!ok) break;
      }
      if (ok) return key;
    }
    return null;
  }

  convObject(t, ctx) {
    const c = this.checker;
    const props = c.getPropertiesOfType(t);
    const sIndex = c.getIndexInfoOfType(t, ts.IndexKind.String);
    const nIndex = c.getIndexInfoOfType(t, ts.IndexKind.Number);
    if (!props.length && c.getSignaturesOfType(t, ts.SignatureKind.Call).length) return null;
    if (!props.length && (sIndex || nIndex)) {
      const v = this.conv((sIndex || nIndex).type, { ...ctx, key: null, owner: ctx.owner + "Value", depth: ctx.depth + 1, asName: null });
      return `dict[str, ${v === null ? "Any" : v}]`;
    }
    if (!props.length) return "dict[str, Any]";
    // a type without a name of its own takes the alias a reference gave it (`X = Partial<Y>`)
    const own = this.ownName(t) || ctx.asName || null;
    if (!own && ctx.depth > MAX_DEPTH) return "dict[str, Any]";
    const base = own ? pyName(own) : pyName((ctx.owner || "") + "_" + (ctx.key || (ctx.item ? "Item" : "Value")));
    if (ctx.depth > 3 * MAX_DEPTH) return "dict[str, Any]";
    const key = (own ? "n:" : "a:" + base + ":") + t.id;
    let name = this.byKey.get(key);
    if (name) return name;
    name = this.uniqueName(base, key);
    this.byKey.set(key, name);
    const def = { __key: key, fields: [], additional: null };
    this.types[name] = def;
    const fields = [];
    for (const p of props) {
      const decl = (p.declarations || [])[0];
      if (decl && this.notContract(decl)) { this.dropped.add(name + "." + p.name); continue; }
      const pt = c.getTypeOfSymbol(p);
      if (pt.flags & (ts.TypeFlags.ESSymbol | ts.TypeFlags.UniqueESSymbol)) {
        def.brand = p.name; // an opaque (branded) type: the key exists only for the compiler
        continue;
      }
      const idAlias = decl && this.idAliasNode(decl.type);
      // a named shape is converted once: its own nesting counts from zero
      const depth = own ? 1 : ctx.depth + 1;
      const asName = decl && decl.type ? refName(decl.type) : null;
      const s = this.conv(pt, { owner: name, key: p.name, depth, idAlias, item: false, asName });
      if (s === null) {
        const sig = c.getSignaturesOfType(c.getNonNullableType(pt), ts.SignatureKind.Call);
        if (sig.length || !(pt.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))) {
          this.dropped.add(name + "." + p.name);
          continue;
        }
      }
      let required = !(p.flags & ts.SymbolFlags.Optional);
      if (required && pt.flags & ts.TypeFlags.Union && pt.types.some((m) => m.flags & ts.TypeFlags.Undefined)) required = false;
      fields.push({ key: p.name, type: s === null ? "None" : s, required });
    }
    fields.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    def.fields = fields;
    if (sIndex) {
      const v = this.conv(sIndex.type, { owner: name, key: null, depth: own ? 1 : ctx.depth + 1, item: true });
      def.additional = v === null ? "Any" : v;
    }
    return name;
  }

  idAliasNode(node) {
    if (!node) return false;
    if (ts.isTypeReferenceNode(node)) {
      const n = node.typeName.getText();
      return /(Id|ID)$/.test(n);
    }
    if (ts.isUnionTypeNode(node)) return node.types.some((m) => this.idAliasNode(m));
    if (ts.isArrayTypeNode(node)) return this.idAliasNode(node.elementType);
    if (ts.isParenthesizedTypeNode(node)) return this.idAliasNode(node.type);
    return false;
  }

  notContract(decl) {
    const sf = decl.getSourceFile();
    const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) || [];
    return ranges.some((r) => /not part of (the |our )?([a-z]+ )?api/i.test(sf.text.slice(r.pos, r.end)));
  }

  // ---- routes -----------------------------------------------------------------------
  routes() {
    const found = [];
    for (const sf of this.program.getSourceFiles()) {
      if (!sf.fileName.startsWith(this.apiDir + path.sep)) continue;
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
          (node.expression.name.text === "query" || node.expression.name.text === "mutation") &&
          node.typeArguments && node.typeArguments.length >= 1 && node.arguments.length &&
          ts.isObjectLiteralExpression(node.arguments[0])) {
          const r = this.route(node);
          if (r) found.push(r);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    return found;
  }

  route(call) {
    const obj = call.arguments[0];
    const prop = (o, name) => o.properties.find((p) => p.name && p.name.getText() === name);
    const q = prop(obj, "query");
    if (!q) return null;
    const fn = ts.isPropertyAssignment(q) ? q.initializer : q;
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn))) return null;
    const rets = [];
    const body = fn.body;
    const unparen = (e) => { while (e && ts.isParenthesizedExpression(e)) e = e.expression; return e; };
    if (body && !ts.isBlock(body)) rets.push(unparen(body));
    else if (body) {
      const look = (n) => {
        if (ts.isReturnStatement(n) && n.expression) rets.push(unparen(n.expression));
        if (!ts.isFunctionLike(n)) ts.forEachChild(n, look);
      };
      ts.forEachChild(body, look);
    }
    const ret = rets.find((r) => r && ts.isObjectLiteralExpression(r));
    if (!ret) return null;
    const m = prop(ret, "method");
    let method = "GET";
    if (m) {
      if (!ts.isPropertyAssignment(m) || !ts.isStringLiteralLike(m.initializer)) return null;
      method = m.initializer.text.toUpperCase();
    }
    const u = prop(ret, "url");
    if (!u) return null;
    let urlExpr = ts.isPropertyAssignment(u) ? u.initializer : null;
    if (ts.isShorthandPropertyAssignment(u) && body && ts.isBlock(body)) {
      const look = (n) => {
        if (ts.isVariableDeclaration(n) && n.name.getText() === "url" && n.initializer) urlExpr = n.initializer;
        ts.forEachChild(n, look);
      };
      look(body);
    }
    const url = this.urlOf(urlExpr);
    if (!url) return null;
    let rtype = this.checker.getTypeFromTypeNode(call.typeArguments[0]);
    let rnode = call.typeArguments[0];
    const tr = prop(obj, "transformResponse");
    if (tr) {
      const tf = ts.isPropertyAssignment(tr) ? tr.initializer : tr;
      const p0 = tf && tf.parameters && tf.parameters[0];
      if (!p0 || !p0.type) return null; // the declared type is the transformed one
      rtype = this.checker.getTypeFromTypeNode(p0.type);
      rnode = p0.type;
    }
    return { method, url, rtype, rnode };
  }

  urlOf(e) {
    if (!e) return null;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    let s;
    if (ts.isStringLiteralLike(e)) s = e.text;
    else if (ts.isTemplateExpression(e)) {
      s = e.head.text;
      for (const span of e.templateSpans) s += ":" + placeholder(span.expression) + span.literal.text;
    } else return null;
    s = s.split("?")[0];
    if (!s.startsWith("/")) return null;
    s = s.replace(/\/+$/, "");
    if (/^\/api\/[^/]+$/.test(s)) s += "/";
    if (s.includes("${") || s.includes("::")) return null;
    return s;
  }

  run(extraRoots) {
    const routes = {};
    const conflicts = [];
    const found = this.routes();
    found.sort((a, b) => (a.method + a.url < b.method + b.url ? -1 : a.method + a.url > b.method + b.url ? 1 : 0));
    for (const r of found) {
      const name = refName(r.rnode);
      const s = this.conv(r.rtype, { owner: name || "Answer", key: null, depth: 0, item: false, asName: name });
      if (s === null || s === "None") continue;
      const k = `${r.method} ${r.url}`;
      if (k in routes && routes[k] !== s) {
        conflicts.push(k);
        if (routes[k] <= s) continue;
      }
      routes[k] = s;
    }
    for (const name of extraRoots) {
      // the 2016 Flow modules name API objects with an `Object` suffix (CardObject)
      const sym = this.findType(name) || this.findType(name + "Object");
      if (sym) this.conv(this.checker.getDeclaredTypeOfSymbol(sym), { owner: name, key: null, depth: 0 });
    }
    const types = {};
    for (const n of Object.keys(this.types).sort()) {
      const { __key, ...d } = this.types[n];
      types[n] = d;
    }
    return { routes, types, dropped: [...this.dropped].sort(), conflicts: [...new Set(conflicts)].sort() };
  }

  findType(name) {
    // the API types first, then the older type folders
    const files = [...this.program.getSourceFiles()].sort(
      (a, b) => Number(!a.fileName.includes("/metabase-types/api/")) - Number(!b.fileName.includes("/metabase-types/api/")));
    for (const sf of files) {
      if (sf.isDeclarationFile) continue;
      const sym = this.checker.getSymbolAtLocation(sf);
      if (!sym) continue;
      const ex = this.checker.getExportsOfModule(sym).find((s) => s.name === name);
      if (ex && ex.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) return ex;
    }
    return null;
  }
}

function isTypeParam(t) {
  return !!(t.flags & ts.TypeFlags.TypeParameter);
}

function refName(node) {
  if (node && ts.isTypeReferenceNode(node)) {
    const n = node.typeName.getText().split(".").pop();
    return UTILITY.has(n) ? null : n;
  }
  if (node && ts.isUnionTypeNode(node)) {
    const named = node.types.filter((m) => ts.isTypeReferenceNode(m) || ts.isArrayTypeNode(m));
    return named.length === 1 ? refName(named[0]) : null;
  }
  if (node && ts.isArrayTypeNode(node)) return refName(node.elementType);
  return null;
}

function placeholder(e) {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isCallExpression(e) && e.arguments.length) return placeholder(e.arguments[0]);
  let n = "param";
  if (ts.isIdentifier(e)) n = e.text;
  else if (ts.isPropertyAccessExpression(e)) n = e.name.text;
  else if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) n = e.argumentExpression.text;
  return n.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/_/g, "-");
}

function joinUnion(parts) {
  const lits = [];
  const rest = [];
  for (const p of parts) {
    for (const q of splitTop(p)) {
      const m = /^Literal\[(.*)\]$/.exec(q);
      if (m) lits.push(...m[1].split(", "));
      else if (!rest.includes(q)) rest.push(q);
    }
  }
  if (rest.includes("Any")) return "Any";
  const out = [];
  const ul = [...new Set(lits)].sort();
  if (ul.length && !rest.includes("str")) out.push(`Literal[${ul.join(", ")}]`);
  const order = (x) => (x === "None" ? 1 : 0);
  rest.sort((a, b) => order(a) - order(b));
  out.push(...rest.filter((x) => x !== "None"));
  if (rest.includes("None")) out.push("None");
  const merged = out.join(" | ");
  return merged.replace(/\bint \| int \| float\b/, "int | float");
}

function splitTop(s) {
  const out = [];
  let depth = 0, cur = "", quote = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'" ) quote = !quote;
    if (!quote) {
      if (ch === "[") depth++;
      if (ch === "]") depth--;
      if (depth === 0 && s.startsWith(" | ", i)) { out.push(cur); cur = ""; i += 2; continue; }
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  // "int | float" pieces arrive split: keep them as separate members
  return out;
}

if (require.main === module) {
  const [root, ...extra] = process.argv.slice(2);
  if (!root) {
    process.stderr.write("usage: node extract-types.js ROOT [TYPE ...]\n");
    process.exit(2);
  }
  const out = new Extractor(root).run(extra);
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}

module.exports = { Extractor };
