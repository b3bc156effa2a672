// A tiny typed-AST builder for the code generator's tests, until (and besides) the front end:
// the nodes are what the checker produces, implicit conversions spelled out as casts.

import type { BinaryOp, Expr, FuncSym, LocalInit, Stmt, Unit, VarSym } from "../ast.ts";
import type { CType, Member, RecordDef } from "../types.ts";
import { INT, LONG, VOID, ptrTo } from "../types.ts";

let ids = 1000;
export const at = (line = 1, column = 1) => ({ file: "t.c", line, column });
const L = at();

export const num = (value: bigint | number, type: CType = INT): Expr => ({ kind: "num", value: BigInt(value), type, loc: L });
export const ref = (sym: VarSym): Expr => ({ kind: "var", sym, type: sym.type, loc: L });
export const cast = (arg: Expr, type: CType): Expr => ({ kind: "cast", arg, type, loc: L });
const CMP = new Set(["==", "!=", "<", "<=", ">", ">="]);
export const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right, type: CMP.has(op) ? INT : left.type, loc: L });
export const assign = (target: Expr, value: Expr): Expr => ({ kind: "assign", target, value, type: target.type, loc: L });
export const opassign = (op: BinaryOp, target: Expr, value: Expr, opType: CType = target.type): Expr => ({ kind: "opassign", op, target, value, opType, type: target.type, loc: L });
export const inc = (target: Expr, prefix = false, delta = 1): Expr => ({ kind: "incdec", target, delta, prefix, type: target.type, loc: L });
export const deref = (arg: Expr): Expr => ({ kind: "deref", arg, type: (arg.type as { to: CType }).to, loc: L });
export const addr = (arg: Expr): Expr => ({ kind: "addr", arg, type: ptrTo(arg.type), loc: L });
export const member = (base: Expr, m: Member): Expr => ({ kind: "member", base, member: m, type: m.type, loc: L });
export const arrow = (p: Expr, m: Member): Expr => member(deref(p), m);
export const ptradd = (ptr: Expr, index: Expr, scale: number, sub = false): Expr => ({ kind: "ptradd", ptr, index, scale, sub, type: ptr.type, loc: L });
export const logand = (left: Expr, right: Expr): Expr => ({ kind: "logand", left, right, type: INT, loc: L });
export const logor = (left: Expr, right: Expr): Expr => ({ kind: "logor", left, right, type: INT, loc: L });
export const not = (arg: Expr): Expr => ({ kind: "unary", op: "!", arg, type: INT, loc: L });
export const neg = (arg: Expr): Expr => ({ kind: "unary", op: "-", arg, type: arg.type, loc: L });
export const cond = (c: Expr, then: Expr, els: Expr): Expr => ({ kind: "cond", cond: c, then, else: els, type: then.type, loc: L });
export const helper = (id: number, ret: CType, ...args: Expr[]): Expr => ({ kind: "call", callee: { kind: "helper", id, name: `helper_${id}` }, args, type: ret, loc: L });
export const callf = (f: FuncSym, ...args: Expr[]): Expr => ({ kind: "call", callee: { kind: "func", sym: f }, args, type: f.type.ret, loc: L });
export const builtin = (name: Extract<Expr, { kind: "builtin" }>["name"], type: CType, args: Expr[], size?: number): Expr => ({ kind: "builtin", name, args, size, type, loc: L });

export const expr = (e: Expr): Stmt => ({ kind: "expr", expr: e, loc: L });
export const ret = (value?: Expr): Stmt => ({ kind: "return", value, loc: L });
export const block = (...body: Stmt[]): Stmt => ({ kind: "block", body, loc: L });
export const if_ = (c: Expr, then: Stmt, els?: Stmt): Stmt => ({ kind: "if", cond: c, then, else: els, loc: L });
export const while_ = (c: Expr, body: Stmt): Stmt => ({ kind: "while", cond: c, body, loc: L });
export const for_ = (init: Stmt | undefined, c: Expr | undefined, step: Expr | undefined, body: Stmt): Stmt => ({ kind: "for", init, cond: c, step, body, loc: L });
export const brk: Stmt = { kind: "break", loc: L };
export const decl = (sym: VarSym, init?: Expr | LocalInit): Stmt => ({
  kind: "decl",
  sym,
  init: init === undefined ? undefined : "kind" in init ? { zero: false, stores: [{ offset: 0, type: sym.type, value: init }] } : init,
  loc: L,
});

export function local(name: string, type: CType, addressTaken = false): VarSym {
  return { kind: "var", name, type, storage: "local", id: ids++, loc: L, addressTaken };
}
export function global(name: string, type: CType, section?: string, init?: Uint8Array): VarSym {
  return { kind: "var", name, type, storage: "global", id: ids++, loc: L, addressTaken: true, section, init };
}

export function func(name: string, ret: CType, params: VarSym[], body: Stmt[], opts: { section?: string; inline?: "always" | "never" | "default"; isStatic?: boolean } = {}): FuncSym {
  const ps = params.map((p) => ({ ...p, storage: "param" as const }));
  return {
    kind: "func",
    name,
    type: { kind: "func", ret, params: ps.map((p) => p.type), variadic: false },
    id: ids++,
    loc: L,
    params: ps,
    body: block(...body),
    section: opts.section,
    inline: opts.inline ?? "default",
    isStatic: opts.isStatic ?? true,
    locals: [],
  };
}

/** A struct from [name, type] pairs laid out with natural alignment. */
export function struct(tag: string, fields: [string, CType, number?][]): { type: CType; m: Record<string, Member> } {
  const members: Member[] = [];
  let off = 0, align = 1;
  const sz = (t: CType): [number, number] => {
    switch (t.kind) {
      case "int": return [t.size, t.size];
      case "ptr": return [8, 8];
      case "array": { const [s, a] = sz(t.of); return [s * (t.len ?? 0), a]; }
      case "struct": return [t.def.size, t.def.align];
      default: return [4, 4];
    }
  };
  for (const [name, t] of fields) {
    const [s, a] = sz(t);
    off = Math.ceil(off / a) * a;
    members.push({ name, type: t, offset: off });
    off += s;
    align = Math.max(align, a);
  }
  const def: RecordDef = { kind: "struct", tag, complete: true, members, size: Math.ceil(off / align) * align, align, packed: false, id: ids++ };
  return { type: { kind: "struct", def }, m: Object.fromEntries(members.map((m) => [m.name!, m])) };
}

export const unit = (funcs: FuncSym[], globals: VarSym[] = []): Unit => ({ funcs, globals });
export { INT, LONG, VOID };
