// What the inliner needs to know about the unit before lowering: how often each function is
// called and how big its body is (clang -O2 inlines small and single-call static functions).

import type { Expr, FuncSym, LocalInit, Stmt, Unit } from "../ast.ts";
import { constValue } from "../consteval.ts";

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
    // (a conditional that folds to a constant is one node: `bpf_htonl(1)` is a
    // __builtin_constant_p(x) ? <a byte swap written out> : ... that clang folds before it weighs a body)
    const folded = new Set<Expr>();
    const onExpr = (e: Expr) => {
      if (folded.has(e)) return;
      n++;
      if (e.kind === "cond" && foldsToConstant(e)) walkExpr(e, (x) => x !== e && folded.add(x), () => undefined);
      if (e.kind === "call" && e.callee.kind === "func") calls.set(e.callee.sym, (calls.get(e.callee.sym) ?? 0) + 1);
      if (e.kind === "func") calls.set(e.sym, (calls.get(e.sym) ?? 0) + 2); // a callback is never inlined
    };
    walkStmt(f.body, onExpr, () => n++);
    size.set(f, n);
  }
  return { calls, size };
}

function foldsToConstant(e: Expr): boolean {
  try {
    return constValue(e) !== undefined;
  } catch (x) {
    if (x instanceof RangeError) return false; // (nested too deep to fold by recursion: not small anyway)
    throw x;
  }
}

/**
 * Calls onStmt and onExpr on every statement and expression of s, in source order (a node before
 * its children, children left to right). Iterative: `x = 1+1+...+1` with 16k terms is a left-deep
 * tree 16k nodes tall, which clang compiles and a recursive walk would overflow the stack on.
 */
export function walkStmt(s: Stmt, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  walk(s, true, onExpr, onStmt);
}

export function walkExpr(e: Expr, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  walk(e, false, onExpr, onStmt);
}

function walk(root: Stmt | Expr, rootIsStmt: boolean, onExpr: (e: Expr) => void, onStmt: (s: Stmt) => void): void {
  // Nodes still to visit, with whether each is a statement. Children are pushed last first, so
  // they pop in source order.
  const nodes: (Stmt | Expr)[] = [root];
  const stmts: boolean[] = [rootIsStmt];
  const S = (x: Stmt | undefined) => {
    if (!x) return;
    nodes.push(x);
    stmts.push(true);
  };
  const E = (x: Expr | undefined) => {
    if (!x) return;
    nodes.push(x);
    stmts.push(false);
  };
  const I = (init: LocalInit | undefined) => {
    const st = init?.stores;
    if (st) for (let k = st.length - 1; k >= 0; k--) E(st[k].value);
  };
  while (nodes.length) {
    const isStmt = stmts.pop()!;
    if (isStmt) {
      const s = nodes.pop() as Stmt;
      onStmt(s);
      switch (s.kind) {
        case "expr": E(s.expr); break;
        case "decl": I(s.init); break;
        case "block": for (let k = s.body.length - 1; k >= 0; k--) S(s.body[k]); break;
        case "if": S(s.else); S(s.then); E(s.cond); break;
        case "while": S(s.body); E(s.cond); break;
        case "dowhile": E(s.cond); S(s.body); break;
        case "for": S(s.body); E(s.step); E(s.cond); S(s.init); break;
        case "return": E(s.value); break;
        case "switch": S(s.body); E(s.value); break;
        case "case":
        case "label": S(s.body); break;
        default: break;
      }
    } else {
      const e = nodes.pop() as Expr;
      onExpr(e);
      switch (e.kind) {
        case "unary": case "cast": case "deref": case "addr": E(e.arg); break;
        case "binary": case "logand": case "logor": case "comma": case "ptrdiff": E(e.right); E(e.left); break;
        case "ptradd": E(e.index); E(e.ptr); break;
        case "cond": E(e.else); E(e.then); E(e.cond); break;
        case "assign": case "opassign": E(e.value); E(e.target); break;
        case "incdec": E(e.target); break;
        case "member": E(e.base); break;
        case "call":
          for (let k = e.args.length - 1; k >= 0; k--) E(e.args[k]);
          if (e.callee.kind === "indirect") E(e.callee.fn);
          break;
        case "builtin": for (let k = e.args.length - 1; k >= 0; k--) E(e.args[k]); break;
        case "stmtexpr":
          E(e.result);
          for (let k = e.body.length - 1; k >= 0; k--) S(e.body[k]);
          break;
        case "compound": I(e.init); break;
        default: break;
      }
    }
  }
}
