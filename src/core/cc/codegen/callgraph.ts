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
