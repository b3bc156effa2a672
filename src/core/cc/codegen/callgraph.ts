// What the inliner needs to know about the unit before lowering: how often each function is
// called and how big its body is (clang -O2 inlines small and single-call static functions).

import type { Expr, FuncSym, LocalInit, Stmt, Unit } from "../ast.ts";

export interface CallInfo {
  readonly calls: Map<FuncSym, number>;
  readonly size: Map<FuncSym, number>;
}

export function callInfo(unit: Unit): CallInfo {
  const calls = new Map<FuncSym, number>();
  const size = new Map<FuncSym, number>();
  for (const f of unit.funcs) {
    if (!f.body) continue;
    let n = 0;
    const onExpr = (e: Expr) => {
      n++;
      if (e.kind === "call" && e.callee.kind === "func") calls.set(e.callee.sym, (calls.get(e.callee.sym) ?? 0) + 1);
      if (e.kind === "func") calls.set(e.sym, (calls.get(e.sym) ?? 0) + 2); // a callback is never inlined
    };
    walkStmt(f.body, onExpr, () => n++);
    size.set(f, n);
  }
  return { calls, size };
}

export function walkStmt(s: Stmt, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  onStmt(s);
  const E = (e: Expr | undefined) => e && walkExpr(e, onExpr, onStmt);
  const S = (x: Stmt | undefined) => x && walkStmt(x, onExpr, onStmt);
  switch (s.kind) {
    case "expr": return void E(s.expr);
    case "decl": return walkInit(s.init, onExpr, onStmt);
    case "block": return s.body.forEach(S);
    case "if": E(s.cond); S(s.then); S(s.else); return;
    case "while": E(s.cond); S(s.body); return;
    case "dowhile": S(s.body); E(s.cond); return;
    case "for": S(s.init); E(s.cond); E(s.step); S(s.body); return;
    case "return": return void E(s.value);
    case "switch": E(s.value); S(s.body); return;
    case "case":
    case "label": return void S(s.body);
    default: return;
  }
}

function walkInit(init: LocalInit | undefined, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  for (const st of init?.stores ?? []) walkExpr(st.value, onExpr, onStmt);
}

export function walkExpr(e: Expr, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  onExpr(e);
  const E = (x: Expr) => walkExpr(x, onExpr, onStmt);
  switch (e.kind) {
    case "unary": case "cast": case "deref": case "addr": return E(e.arg);
    case "binary": case "logand": case "logor": case "comma": case "ptrdiff": E(e.left); E(e.right); return;
    case "ptradd": E(e.ptr); E(e.index); return;
    case "cond": E(e.cond); E(e.then); E(e.else); return;
    case "assign": case "opassign": E(e.target); E(e.value); return;
    case "incdec": return E(e.target);
    case "member": return E(e.base);
    case "call": if (e.callee.kind === "indirect") E(e.callee.fn); e.args.forEach(E); return;
    case "builtin": return e.args.forEach(E);
    case "stmtexpr": e.body.forEach((s) => walkStmt(s, onExpr, onStmt)); if (e.result) E(e.result); return;
    case "compound": return walkInit(e.init, onExpr, onStmt);
    default: return;
  }
}

/**
 * Signed local variables that can never be negative: every write is a non-negative constant or an
 * increase by a positive constant (an overflow would be undefined behaviour, as clang also assumes).
 * Reading one needs no sign extension to 64 bits: loop counters index arrays for free.
 */
export function nonNegativeVars(body: Stmt): Set<number> {
  const good = new Set<number>();
  const bad = new Set<number>();
  const declared = new Set<number>(); // parameters start with any value: only locals qualify
  const nonNegConst = (e: Expr | undefined): boolean => {
    while (e && e.kind === "cast") e = e.arg;
    return !!e && e.kind === "num" && e.value >= 0n && e.value <= 0x7fffffffn;
  };
  const write = (id: number, ok: boolean) => (ok ? good.add(id) : bad.add(id));
  walkStmt(
    body,
    (e) => {
      if (e.kind === "assign" && e.target.kind === "var") write(e.target.sym.id, nonNegConst(e.value));
      else if (e.kind === "opassign" && e.target.kind === "var") write(e.target.sym.id, e.op === "+" && nonNegConst(e.value));
      else if (e.kind === "incdec" && e.target.kind === "var") write(e.target.sym.id, e.delta > 0);
      else if (e.kind === "addr" && e.arg.kind === "var") bad.add(e.arg.sym.id);
    },
    (s) => {
      if (s.kind === "decl") declared.add(s.sym.id);
      if (s.kind === "decl" && s.init) {
        const st = s.init.stores;
        write(s.sym.id, st.length === 1 && nonNegConst(st[0].value));
      } else if (s.kind === "decl") bad.add(s.sym.id); // uninitialised: anything
    },
  );
  for (const id of good) if (bad.has(id) || !declared.has(id)) good.delete(id);
  return good;
}
