// Postfix and primary expressions: subscripts, calls (functions, BPF helpers, kfuncs, pointers),
// member access through anonymous members, literals, identifiers and builtins.

import type { Expr, Loc, VarSym } from "./ast.ts";
import { ERR, derive, recordName, typeName } from "./check_types.ts";
import { assignConv, floatConstant, promote, rvalue } from "./check_conv.ts";
import { charValue, parseNumber, stringBytes } from "./literal.ts";
import { isBuiltinName, parseBuiltin } from "./parse_builtin.ts";
import { errExpr, incdec, num, ptrAdd } from "./check_ops.ts";
import { parseAssign, parseExpr } from "./parse_expr.ts";
import type { Parser } from "./parse_state.ts";
import { parseStmtExpr } from "./parse_stmt.ts";
import { spanLoc } from "./token.ts";
import { CHAR, INT, arrayOf, isInteger, unqualified, type CType, type Member } from "./types.ts";

export function parsePostfix(p: Parser): Expr {
  return parsePostfixOps(p, parsePrimary(p));
}

export function parsePostfixOps(p: Parser, e: Expr): Expr {
  for (;;) {
    const t = p.t;
    if (t.kind !== "punct") return e;
    switch (t.text) {
      case "[": {
        p.next();
        const idx = parseExpr(p);
        const close = p.loc();
        p.expect("]");
        e = subscript(p, e, idx, spanLoc(e.loc, close));
        continue;
      }
      case "(":
        e = parseCall(p, e);
        continue;
      case ".":
      case "->": {
        p.next();
        const nameTok = p.next();
        if (nameTok.kind !== "ident") p.fail(p.loc(nameTok), "expected identifier");
        e = memberAccess(p, e, nameTok.text, t.text === "->", p.loc(t), p.loc(nameTok));
        continue;
      }
      case "++":
      case "--":
        p.next();
        e = incdec(p, e, t.text === "++", false, spanLoc(e.loc, p.loc(t)));
        continue;
      default:
        return e;
    }
  }
}

function subscript(p: Parser, base: Expr, idx: Expr, loc: Loc): Expr {
  let a = rvalue(base);
  let b = rvalue(idx);
  if (a.type === ERR || b.type === ERR) return errExpr(loc);
  if (b.type.kind === "ptr" && a.type.kind !== "ptr") [a, b] = [b, a];
  if (a.type.kind !== "ptr") {
    p.error(base.loc, "subscripted value is not an array, pointer, or vector");
    return errExpr(loc);
  }
  if (!isInteger(b.type) && b.type.kind !== "bool") {
    p.error(idx.loc, "array subscript is not an integer");
    return errExpr(loc);
  }
  const add = ptrAdd(p, a, b, false, loc, loc);
  if (add.type === ERR) return add;
  return { kind: "deref", type: (a.type as Extract<CType, { kind: "ptr" }>).to, arg: add, loc };
}

/** Find a member by name, through anonymous struct and union members (offsets combined). */
export function findMember(t: CType, name: string): Member | undefined {
  if (t.kind !== "struct" && t.kind !== "union") return undefined;
  for (const m of t.def.members) {
    if (m.name === name) return m;
    if (m.name === undefined) {
      const inner = findMember(m.type, name);
      if (inner) return { ...inner, offset: inner.offset + m.offset };
    }
  }
  return undefined;
}

export function memberAccess(p: Parser, base: Expr, name: string, arrow: boolean, opLoc: Loc, nameLoc: Loc): Expr {
  let obj = base;
  if (base.type === ERR) return base;
  const loc = spanLoc(base.loc, nameLoc);
  if (arrow) {
    const b = rvalue(base);
    if (b.type.kind !== "ptr") {
      if (b.type.kind === "struct" || b.type.kind === "union") p.error(opLoc, `member reference type ${typeName(b.type)} is not a pointer; did you mean to use '.'?`);
      else p.error(nameLoc, `member reference type ${typeName(b.type)} is not a pointer`);
      return errExpr(loc);
    }
    obj = { kind: "deref", type: b.type.to, arg: b, loc: base.loc };
  }
  const t = obj.type;
  if (!arrow && t.kind === "ptr" && (t.to.kind === "struct" || t.to.kind === "union")) {
    p.error(opLoc, `member reference type ${typeName(t)} is a pointer; did you mean to use '->'?`);
    return errExpr(loc);
  }
  if (t.kind !== "struct" && t.kind !== "union") {
    p.error(opLoc, `member reference base type ${typeName(t)} is not a structure or union`);
    return errExpr(loc);
  }
  if (!t.def.complete) {
    p.error(opLoc, `incomplete definition of type ${typeName(t)}`);
    return errExpr(loc);
  }
  const m = findMember(t, name);
  if (!m) {
    p.error(nameLoc, `no member named '${name}' in ${recordName(unqualTypedef(t))}`);
    return errExpr(loc);
  }
  let type = m.type;
  if (t.const || t.volatile) type = derive(type, { ...(t.const ? { const: true } : {}), ...(t.volatile ? { volatile: true } : {}) });
  return { kind: "member", type, base: obj, member: m, loc };
}

function unqualTypedef(t: CType): CType {
  const { typedefName: _n, const: _c, volatile: _v, ...rest } = t as CType & { typedefName?: string };
  return rest as CType;
}

function parseCall(p: Parser, fn: Expr): Expr {
  const open = p.next();
  const args: Expr[] = [];
  if (!p.is(")")) {
    for (;;) {
      args.push(parseAssign(p));
      if (!p.consume(",")) break;
    }
  }
  const close = p.loc();
  p.expect(")");
  const loc = spanLoc(fn.loc, close);
  if (fn.type === ERR) return errExpr(loc);
  let ft: CType = fn.type;
  if (ft.kind === "ptr" && ft.to.kind === "func") ft = ft.to;
  if (ft.kind !== "func") {
    p.error(p.loc(open), `called object type ${typeName(fn.type)} is not a function or function pointer`);
    return errExpr(loc);
  }
  const params = ft.params;
  if (!ft.unprototyped) {
    if (args.length > params.length && !ft.variadic) {
      p.error(args[params.length].loc, `too many arguments to function call, expected ${params.length}, have ${args.length}`);
      return errExpr(loc);
    }
    if (args.length < params.length) {
      p.error(close, `too few arguments to function call, ${ft.variadic ? "at least argument" : "expected"} ${params.length}, have ${args.length}`);
      return errExpr(loc);
    }
  }
  const conv = args.map((a, k) => {
    if (k < params.length && !ft.unprototyped) return assignConv(p, a, params[k], "pass", a.loc);
    // Default argument promotions for `...` and unprototyped calls.
    const r = rvalue(a);
    if (r.type.kind === "float") p.error(a.loc, "floating point is not supported by the BPF target");
    return isInteger(r.type) || r.type.kind === "bool" ? promote(r) : r;
  });
  const ret = ft.ret;
  if ((ret.kind === "struct" || ret.kind === "union") && !ret.def.complete) p.error(loc, `calling function with incomplete return type ${typeName(ret)}`);
  if (fn.kind === "func") {
    p.use(fn.sym);
    if (fn.sym.section === ".ksyms" && !fn.sym.body) return { kind: "call", type: ret, callee: { kind: "kfunc", name: fn.sym.name }, args: conv, loc };
    return { kind: "call", type: ret, callee: { kind: "func", sym: fn.sym }, args: conv, loc };
  }
  if (fn.kind === "var") {
    const id = p.helpers.get(fn.sym);
    if (id !== undefined) return { kind: "call", type: ret, callee: { kind: "helper", id, name: fn.sym.name }, args: conv, loc };
  }
  if (fn.kind === "deref" && fn.arg.kind === "var") {
    const id = p.helpers.get(fn.arg.sym);
    if (id !== undefined) return { kind: "call", type: ret, callee: { kind: "helper", id, name: fn.arg.sym.name }, args: conv, loc };
  }
  return { kind: "call", type: ret, callee: { kind: "indirect", fn: rvalue(fn) }, args: conv, loc };
}

function parsePrimary(p: Parser): Expr {
  const t = p.t;
  const loc = p.loc(t);
  switch (t.kind) {
    case "num": {
      p.next();
      const n = parseNumber(t.text);
      if (n.kind === "float") {
        // Decimal floating constants keep their value for a conversion to an integer (hex ones stay errors).
        const v = /^0[xX]/.test(t.text) ? NaN : Number(t.text.replace(/[fFlL]$/, ""));
        if (!Number.isFinite(v)) {
          p.error(loc, "floating point is not supported by the BPF target");
          return errExpr(loc);
        }
        return floatConstant(p, v, loc);
      }
      if (n.kind === "error") {
        p.error(loc, n.message);
        return errExpr(loc);
      }
      if (n.warning) p.warn(loc, n.warning);
      return num(n.value, n.type, loc);
    }
    case "char": {
      p.next();
      const c = charValue(t.text);
      if (c.error) p.warn(loc, c.error);
      return num(c.value, INT, loc);
    }
    case "str": {
      const bytes: number[] = [];
      let end = t;
      while (p.t.kind === "str") {
        end = p.next();
        const s = stringBytes(end.text);
        if (s.error) p.warn(p.loc(end), s.error);
        bytes.push(...s.bytes);
      }
      bytes.push(0);
      return { kind: "str", type: arrayOf(CHAR, bytes.length), bytes: Uint8Array.from(bytes), loc: spanLoc(loc, p.loc(end)) };
    }
    case "ident":
      return parseIdent(p);
    case "punct":
      if (t.text === "(") {
        p.next();
        if (p.is("{")) {
          const e = parseStmtExpr(p, loc);
          p.expect(")");
          return e;
        }
        const e = parseExpr(p);
        p.expect(")");
        return e;
      }
      break;
  }
  p.fail(loc, "expected expression");
}

const LIBC_BUILTINS = new Set(["memset", "memcpy", "memmove", "memcmp"]);

/**
 * The values libbpf would put in .kconfig for the kernel bpfplay models (Linux 6.18, x86-64; the
 * CONFIG_ ones as its config has them: y is 1, as libbpf gives a bool or a tristate).
 */
const KCONFIG: Readonly<Record<string, bigint>> = {
  LINUX_HAS_SYSCALL_WRAPPER: 1n,
  LINUX_HAS_BPF_COOKIE: 1n,
  LINUX_KERNEL_VERSION: (6n << 16n) + (18n << 8n),
  CONFIG_BPF_SYSCALL: 1n,
  CONFIG_BPF_JIT: 1n,
  CONFIG_BPF_EVENTS: 1n,
  CONFIG_NET: 1n,
  CONFIG_CGROUPS: 1n,
  CONFIG_64BIT: 1n,
  CONFIG_X86_64: 1n,
  CONFIG_HZ: 250n,
};

/**
 * An extern `__kconfig` variable folds to its value (libbpf fills a frozen .kconfig map with it; a
 * weak one libbpf does not know reads 0); an extern `__ksym` variable needs the kernel's BTF.
 */
function externValue(p: Parser, sym: VarSym, loc: Loc): Expr | undefined {
  const attrs = sym.attrs ?? [];
  if (attrs.includes("__ksym")) {
    p.error(loc, `kernel variable '${sym.name}' (__ksym) needs the kernel's BTF, which bpfplay does not have`);
    return errExpr(loc);
  }
  if (!attrs.includes("__kconfig")) return undefined;
  const known = KCONFIG[sym.name];
  if (!isInteger(sym.type)) {
    p.error(loc, `kconfig '${sym.name}' of type ${typeName(sym.type)} is not supported: bpfplay folds integer kconfig values only`);
    return errExpr(loc);
  }
  if (known === undefined && !attrs.includes("weak")) {
    p.error(loc, `kconfig '${sym.name}' is not known to bpfplay (it knows ${Object.keys(KCONFIG).join(", ")}); declare it __weak to read 0`);
    return errExpr(loc);
  }
  return num(known ?? 0n, unqualified(sym.type), loc);
}

function parseIdent(p: Parser): Expr {
  const t = p.t;
  const loc = p.loc(t);
  const name = t.text;
  if (isBuiltinName(name) && p.peek().text === "(") return parseBuiltin(p);
  if (LIBC_BUILTINS.has(name) && p.peek().text === "(") {
    // clang treats the C library's memset/memcpy/memmove/memcmp, declared without a body, as the builtins.
    const e = p.lookup(name);
    if (e?.kind === "func" && !e.sym.body) return parseBuiltin(p, `__builtin_${name}`);
  }
  if (name === "__func__" || name === "__FUNCTION__" || name === "__PRETTY_FUNCTION__") {
    p.next();
    const s = p.fn?.sym.name ?? "";
    const bytes = Uint8Array.from([...s].map((c) => c.charCodeAt(0)).concat(0));
    return { kind: "str", type: arrayOf({ ...CHAR, const: true }, bytes.length), bytes, loc };
  }
  if (name === "_Generic") p.fail(loc, "_Generic is not supported");
  if (name === "asm" || name === "__asm__" || name === "__asm") p.fail(loc, "inline assembly is not supported in BPF programs");
  p.next();
  const e = p.lookup(name);
  if (!e) {
    if (p.is("(")) p.error(loc, `call to undeclared function '${name}'; ISO C99 and later do not support implicit function declarations`);
    else p.error(loc, `use of undeclared identifier '${name}'`);
    return errExpr(loc);
  }
  switch (e.kind) {
    case "var":
      if (e.sym.storage === "extern" && e.sym.attrs) {
        const k = externValue(p, e.sym, loc);
        if (k) return k;
      }
      return { kind: "var", type: e.sym.type, sym: e.sym, loc };
    case "func":
      p.use(e.sym);
      return { kind: "func", type: e.sym.type, sym: e.sym, loc };
    case "enumconst":
      return num(e.value, e.type, loc);
    case "typedef":
      p.error(loc, `unexpected type name '${name}': expected expression`);
      return errExpr(loc);
  }
}
