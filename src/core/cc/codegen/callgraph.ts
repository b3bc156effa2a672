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

/**
 * Calls onStmt and onExpr on every statement and expression of s, in source order (a node before
 * its children, children left to right). Iterative: `x = 1+1+...+1` with 16k terms is a left-deep
 * tree 16k nodes tall, which clang compiles and a recursive walk would overflow the stack on.
 */
export function walkStmt(s: Stmt, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  walk({ stmt: s }, onExpr, onStmt);
}

export function walkExpr(e: Expr, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  walk({ expr: e }, onExpr, onStmt);
}

type Item = { readonly stmt: Stmt; readonly expr?: undefined } | { readonly expr: Expr; readonly stmt?: undefined };

function walk(root: Item, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  // A stack of nodes still to visit; children are pushed in reverse so they pop in source order.
  const todo: Item[] = [root];
  const kids: Item[] = [];
  const S = (x: Stmt | undefined) => x && kids.push({ stmt: x });
  const E = (x: Expr | undefined) => x && kids.push({ expr: x });
  const I = (init: LocalInit | undefined) => init?.stores.forEach((st) => E(st.value));
  for (let item = todo.pop(); item; item = todo.pop()) {
    if (item.stmt) {
      const s = item.stmt;
      onStmt(s);
      switch (s.kind) {
        case "expr": E(s.expr); break;
        case "decl": I(s.init); break;
        case "block": s.body.forEach(S); break;
        case "if": E(s.cond); S(s.then); S(s.else); break;
        case "while": E(s.cond); S(s.body); break;
        case "dowhile": S(s.body); E(s.cond); break;
        case "for": S(s.init); E(s.cond); E(s.step); S(s.body); break;
        case "return": E(s.value); break;
        case "switch": E(s.value); S(s.body); break;
        case "case":
        case "label": S(s.body); break;
        default: break;
      }
    } else {
      const e = item.expr;
      onExpr(e);
      switch (e.kind) {
        case "unary": case "cast": case "deref": case "addr": E(e.arg); break;
        case "binary": case "logand": case "logor": case "comma": case "ptrdiff": E(e.left); E(e.right); break;
        case "ptradd": E(e.ptr); E(e.index); break;
        case "cond": E(e.cond); E(e.then); E(e.else); break;
        case "assign": case "opassign": E(e.target); E(e.value); break;
        case "incdec": E(e.target); break;
        case "member": E(e.base); break;
        case "call": if (e.callee.kind === "indirect") E(e.callee.fn); e.args.forEach(E); break;
        case "builtin": e.args.forEach(E); break;
        case "stmtexpr": e.body.forEach(S); E(e.result); break;
        case "compound": I(e.init); break;
        default: break;
      }
    }
    while (kids.length) todo.push(kids.pop()!);
  }
}
