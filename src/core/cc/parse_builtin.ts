// Compiler builtins: memory builtins with a constant size, atomics, byte swaps, __builtin_expect,
// folded queries (constant_p, types_compatible_p, choose_expr, offsetof) and the CO-RE builtins,
// which fold to the layouts of the compiled types (bpfplay relocates against its own vmlinux.h).

import type { BuiltinName, Expr, Loc, Stmt, VarSym } from "./ast.ts";
import { BUILTIN_FUNCTIONS, memLibcall } from "./builtin_names.ts";
import { BITOP_BUILTINS, bitop } from "./parse_bitops.ts";
import { ERR, compatible, intInfo, typeName } from "./check_types.ts";
import { assignConv, castTo, promote, rvalue } from "./check_conv.ts";
import { constValue } from "./consteval.ts";
import { skipBalanced } from "./parse_attr.ts";
import { parseTypeName } from "./parse_decl.ts";
import { constInt, deref, errExpr } from "./check_ops.ts";
import { parseAssign } from "./parse_expr.ts";
import { findMember } from "./parse_postfix.ts";
import type { Parser } from "./parse_state.ts";
import { spanLoc } from "./token.ts";
import { INT, LONG, UINT, ULONG, USHORT, VOID, isInteger, ptrTo, sizeOf, unqualified, type CType } from "./types.ts";

export const isBuiltinName = (n: string): boolean => BUILTIN_FUNCTIONS.has(n) || BITOP_BUILTINS.has(n);

const SYNC: Record<string, BuiltinName> = {
  __sync_fetch_and_add: "atomic_fetch_add", __sync_fetch_and_sub: "atomic_fetch_sub", __sync_fetch_and_or: "atomic_fetch_or",
  __sync_fetch_and_and: "atomic_fetch_and", __sync_fetch_and_xor: "atomic_fetch_xor",
  __sync_add_and_fetch: "atomic_add_fetch", __sync_sub_and_fetch: "atomic_sub_fetch", __sync_or_and_fetch: "atomic_or_fetch",
  __sync_and_and_fetch: "atomic_and_fetch", __sync_xor_and_fetch: "atomic_xor_fetch", __sync_lock_test_and_set: "atomic_xchg",
  __atomic_fetch_add: "atomic_fetch_add", __atomic_fetch_sub: "atomic_fetch_sub", __atomic_fetch_or: "atomic_fetch_or",
  __atomic_fetch_and: "atomic_fetch_and", __atomic_fetch_xor: "atomic_fetch_xor",
  __atomic_add_fetch: "atomic_add_fetch", __atomic_sub_fetch: "atomic_sub_fetch", __atomic_or_fetch: "atomic_or_fetch",
  __atomic_and_fetch: "atomic_and_fetch", __atomic_xor_fetch: "atomic_xor_fetch", __atomic_exchange_n: "atomic_xchg",
};

function args(p: Parser): Expr[] {
  p.expect("(");
  const out: Expr[] = [];
  if (!p.is(")")) {
    for (;;) {
      out.push(parseAssign(p));
      if (!p.consume(",")) break;
    }
  }
  return out;
}

/** `as`: the builtin a library name stands for (memset declared as <string.h> does is __builtin_memset). */
export function parseBuiltin(p: Parser, as?: string): Expr {
  const nameTok = p.next();
  const name = as ?? nameTok.text;
  const start = p.loc(nameTok);
  const close = (): Loc => {
    const l = p.loc();
    p.expect(")");
    return spanLoc(start, l);
  };
  switch (name) {
    case "__builtin_offsetof": {
      p.expect("(");
      const t = parseTypeName(p);
      p.expect(",");
      let type = t;
      let off = 0;
      for (let first = true; ; first = false) {
        if (first || p.consume(".")) {
          const m = p.next();
          const mem = findMember(type, m.text);
          if (!mem) {
            p.error(p.loc(m), `no member named '${m.text}' in ${typeName(type)}`);
            skipTo(p);
            return errExpr(start);
          }
          off += mem.offset;
          type = mem.type;
        } else if (p.consume("[")) {
          const i = constInt(p, parseAssign(p), "offsetof");
          p.expect("]");
          if (type.kind === "array") {
            off += Number(i ?? 0n) * sizeOf(type.of);
            type = type.of;
          }
        } else break;
      }
      return { kind: "num", type: ULONG, value: BigInt(off), loc: close() };
    }
    case "__builtin_types_compatible_p": {
      p.expect("(");
      const a = parseTypeName(p);
      p.expect(",");
      const b = parseTypeName(p);
      return { kind: "num", type: INT, value: compatible(unqualified(a), unqualified(b)) ? 1n : 0n, loc: close() };
    }
    case "__builtin_choose_expr": {
      p.expect("(");
      const c = constInt(p, parseAssign(p), "__builtin_choose_expr");
      p.expect(",");
      const a = parseAssign(p);
      p.expect(",");
      const b = parseAssign(p);
      close();
      return c ? a : b;
    }
    case "__builtin_constant_p": {
      const a = args(p);
      const loc = close();
      return { kind: "num", type: INT, value: a.length === 1 && constValue(rvalue(a[0])) !== undefined ? 1n : 0n, loc };
    }
    case "__builtin_expect_with_probability":
    case "__builtin_expect": {
      p.expect("(");
      const x = parseAssign(p);
      p.expect(",");
      const c = parseAssign(p);
      if (name === "__builtin_expect_with_probability" && p.consume(",")) while (!p.is(")") && p.t.kind !== "eof") p.next();
      const loc = close();
      return { kind: "builtin", name: "expect", type: LONG, args: [castTo(promote(x), LONG), castTo(promote(c), LONG)], loc };
    }
    case "__builtin_bswap16":
    case "__builtin_bswap32":
    case "__builtin_bswap64": {
      const a = args(p);
      const loc = close();
      const bits = name.slice(-2);
      const t = bits === "16" ? USHORT : bits === "32" ? UINT : ULONG;
      if (a.length !== 1) return arity(p, name, 1, a.length, loc);
      return { kind: "builtin", name: `bswap${bits}` as BuiltinName, type: t, args: [assignConv(p, a[0], t, "pass", a[0].loc)], loc };
    }
    case "__builtin_memset":
    case "__builtin_memcpy":
    case "__builtin_memmove":
    case "__builtin_memcmp": {
      const a = args(p);
      const loc = close();
      if (a.length !== 3) return arity(p, name, 3, a.length, loc);
      const n = constValue(rvalue(a[2]));
      const kind = name.slice("__builtin_".length) as BuiltinName;
      if (n === undefined) {
        // A back-end error in clang, only in a function that is emitted. A static function's
        // parameter may be a constant once it is inlined: the code generator sees the size then.
        const message = memLibcall(kind);
        const fn = p.fn?.sym;
        if (fn && !(fn.isStatic || fn.inline === "always")) p.fn!.deferred.push({ loc, message });
        else if (!fn) p.error(loc, message);
        if (!fn || !(fn.isStatic || fn.inline === "always")) return errExpr(loc);
      }
      const vp = ptrTo(VOID);
      const cvp = ptrTo({ ...VOID, const: true });
      const conv =
        kind === "memset"
          ? [assignConv(p, a[0], vp, "pass", a[0].loc), assignConv(p, a[1], INT, "pass", a[1].loc), castTo(rvalue(a[2]), ULONG)]
          : [assignConv(p, a[0], kind === "memcmp" ? cvp : vp, "pass", a[0].loc), assignConv(p, a[1], cvp, "pass", a[1].loc), castTo(rvalue(a[2]), ULONG)];
      return { kind: "builtin", name: kind, type: kind === "memcmp" ? INT : vp, args: conv, ...(n === undefined ? {} : { size: Number(n) }), loc };
    }
    case "__builtin_unreachable":
    case "__builtin_trap": {
      args(p);
      return { kind: "builtin", name: "unreachable", type: VOID, args: [], loc: close() };
    }
    case "__builtin_preserve_access_index": {
      p.expect("(");
      const e = parseAssign(p);
      close();
      return e;
    }
    case "__builtin_preserve_field_info": {
      const a = args(p);
      const loc = close();
      if (a.length !== 2) return arity(p, name, 2, a.length, loc);
      const kind = constInt(p, a[1], name);
      return { kind: "num", type: UINT, value: fieldInfo(p, a[0], Number(kind ?? 0n)), loc };
    }
    case "__builtin_preserve_type_info": {
      const a = args(p);
      const loc = close();
      if (a.length !== 2) return arity(p, name, 2, a.length, loc);
      const kind = constInt(p, a[1], name);
      const t = a[0].type;
      return { kind: "num", type: UINT, value: kind === 1n ? BigInt(sizeOf(t)) : 1n, loc };
    }
    case "__builtin_preserve_enum_value": {
      const a = args(p);
      const loc = close();
      if (a.length !== 2) return arity(p, name, 2, a.length, loc);
      const kind = constInt(p, a[1], name);
      const inner = a[0].kind === "deref" ? constValue(a[0].arg) : undefined;
      const value = kind === 1n ? BigInt.asIntN(64, inner ?? 0n) : 1n;
      return { kind: "num", type: LONG, value, loc };
    }
    case "__builtin_btf_type_id": {
      const a = args(p);
      const loc = close();
      const t = a[0]?.type;
      return { kind: "num", type: UINT, value: t && (t.kind === "struct" || t.kind === "union") ? BigInt(t.def.id) : 1n, loc };
    }
    case "__sync_val_compare_and_swap":
    case "__sync_bool_compare_and_swap": {
      const a = args(p);
      const loc = close();
      if (a.length !== 3) return arity(p, name, 3, a.length, loc);
      const ptr = atomicPtr(p, a[0]);
      if (!ptr) return errExpr(loc);
      const t = (ptr.type as Extract<CType, { kind: "ptr" }>).to;
      const bool = name === "__sync_bool_compare_and_swap";
      return { kind: "builtin", name: bool ? "atomic_cmpxchg_bool" : "atomic_cmpxchg", type: bool ? INT : unqualified(t), args: [ptr, assignConv(p, a[1], unqualified(t), "pass", a[1].loc), assignConv(p, a[2], unqualified(t), "pass", a[2].loc)], loc };
    }
    case "__atomic_compare_exchange_n": {
      const a = args(p);
      const loc = close();
      if (a.length !== 6) return arity(p, name, 6, a.length, loc);
      return compareExchange(p, a, loc);
    }
    case "__atomic_load_n": {
      const a = args(p);
      const loc = close();
      if (a.length !== 2) return arity(p, name, 2, a.length, loc);
      return rvalue(deref(p, a[0], loc));
    }
    case "__atomic_store_n": {
      const a = args(p);
      const loc = close();
      if (a.length !== 3) return arity(p, name, 3, a.length, loc);
      const target = deref(p, a[0], loc);
      if (target.type === ERR) return target;
      return { kind: "assign", type: target.type, target, value: assignConv(p, a[1], target.type, "pass", a[1].loc), loc };
    }
  }
  if (BITOP_BUILTINS.has(name)) {
    const a = args(p);
    const loc = close();
    if (a.length !== 1) return arity(p, name, 1, a.length, loc);
    return bitop(p, name, a[0], loc);
  }
  const op = SYNC[name];
  if (op) {
    const a = args(p);
    const loc = close();
    const want = name.startsWith("__atomic") ? 3 : 2;
    if (a.length !== want) return arity(p, name, want, a.length, loc);
    const ptr = atomicPtr(p, a[0]);
    if (!ptr) return errExpr(loc);
    const t = unqualified((ptr.type as Extract<CType, { kind: "ptr" }>).to);
    return { kind: "builtin", name: op, type: t, args: [ptr, assignConv(p, a[1], t, "pass", a[1].loc)], loc };
  }
  // A builtin we list but do not compile: skip its arguments.
  if (p.is("(")) skipBalanced(p);
  p.error(start, `builtin '${name}' is not supported`);
  return errExpr(start);
}

function skipTo(p: Parser): void {
  let depth = 1;
  while (p.t.kind !== "eof" && depth > 0) {
    const t = p.next();
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
  }
}

function arity(p: Parser, name: string, want: number, have: number, loc: Loc): Expr {
  p.error(loc, `too ${have > want ? "many" : "few"} arguments to function call, expected ${want}, have ${have}`);
  void name;
  return errExpr(loc);
}

function atomicPtr(p: Parser, e: Expr): Expr | undefined {
  const r = rvalue(e);
  if (r.type === ERR) return undefined;
  if (r.type.kind !== "ptr" || !(isInteger(r.type.to) || r.type.to.kind === "ptr")) {
    p.error(e.loc, `address argument to atomic builtin must be a pointer to integer or pointer (${typeName(r.type)} invalid)`);
    return undefined;
  }
  return r;
}

/** BPF_FIELD_BYTE_OFFSET(0), BYTE_SIZE(1), EXISTS(2), SIGNED(3), LSHIFT_U64(4), RSHIFT_U64(5). */
function fieldInfo(p: Parser, e: Expr, kind: number): bigint {
  let off = 0;
  let x: Expr = e;
  let bitOffset = 0;
  let bitWidth: number | undefined;
  if (x.kind === "member") {
    bitOffset = x.member.bitOffset ?? 0;
    bitWidth = x.member.bitWidth;
  }
  for (let guard = 0; guard < 1000; guard++) {
    if (x.kind === "member") {
      off += x.member.offset;
      x = x.base;
    } else if (x.kind === "deref" && x.arg.kind === "ptradd" && x.arg.ptr.kind === "addr") {
      off += Number(constValue(x.arg.index) ?? 0n) * x.arg.scale;
      x = x.arg.ptr.arg;
    } else break;
  }
  if (e.kind !== "member" && !(e.kind === "deref")) p.error(e.loc, "__builtin_preserve_field_info argument must be a field access");
  const t = e.type;
  const size = bitWidth !== undefined ? sizeOf(t) : sizeOf(t);
  switch (kind) {
    case 0: return BigInt(off);
    case 1: return BigInt(size);
    case 2: return 1n;
    case 3: return isInteger(t) && intInfo(t).signed ? 1n : 0n;
    case 4: return BigInt(64 - (bitOffset + (bitWidth ?? size * 8)));
    case 5: return BigInt(64 - (bitWidth ?? size * 8));
    default: return 1n;
  }
}

/**
 * __atomic_compare_exchange_n(ptr, expected, desired, weak, so, fo) as a statement expression:
 * `({ T *e = expected; T old = cmpxchg(ptr, *e, desired); old == *e ? 1 : (*e = old, 0); })`.
 */
function compareExchange(p: Parser, a: Expr[], loc: Loc): Expr {
  const ptr = atomicPtr(p, a[0]);
  const exp = rvalue(a[1]);
  if (!ptr || !p.fn) return errExpr(loc);
  const t = unqualified((ptr.type as Extract<CType, { kind: "ptr" }>).to);
  if (exp.type.kind !== "ptr") {
    p.error(a[1].loc, `address argument to atomic builtin must be a pointer (${typeName(exp.type)} invalid)`);
    return errExpr(loc);
  }
  const temp = (name: string, type: CType): VarSym => {
    const sym: VarSym = { kind: "var", name: `.${name}.${p.nextId}`, type, storage: "local", id: p.nextId++, loc, addressTaken: false };
    p.fn!.sym.locals.push(sym);
    return sym;
  };
  const eSym = temp("expected", ptrTo(t));
  const oldSym = temp("old", t);
  const eVar: Expr = { kind: "var", type: eSym.type, sym: eSym, loc };
  const oldVar: Expr = { kind: "var", type: t, sym: oldSym, loc };
  const star: Expr = { kind: "deref", type: t, arg: eVar, loc };
  const cmpxchg: Expr = { kind: "builtin", name: "atomic_cmpxchg", type: t, args: [ptr, star, assignConv(p, a[2], t, "pass", a[2].loc)], loc };
  const body: Stmt[] = [
    { kind: "decl", sym: eSym, init: { zero: false, stores: [{ offset: 0, type: eSym.type, value: castTo(exp, eSym.type) }] }, loc },
    { kind: "decl", sym: oldSym, init: { zero: false, stores: [{ offset: 0, type: t, value: cmpxchg }] }, loc },
  ];
  const cmp = promoteCompare(oldVar, star, loc);
  const result: Expr = {
    kind: "cond",
    type: INT,
    cond: cmp,
    then: { kind: "num", type: INT, value: 1n, loc },
    else: { kind: "comma", type: INT, left: { kind: "assign", type: t, target: star, value: oldVar, loc }, right: { kind: "num", type: INT, value: 0n, loc }, loc },
    loc,
  };
  return { kind: "stmtexpr", type: INT, body, result, loc };
}

function promoteCompare(x: Expr, y: Expr, loc: Loc): Expr {
  const a = promote(x);
  const b = promote(y);
  return { kind: "binary", op: "==", type: INT, left: a, right: castTo(b, a.type), loc };
}
