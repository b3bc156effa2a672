// Which local variables a branch may test, directly or through other variables.
//
// A comparison whose 0/1 value is kept (`ok = i < 8`) is lowered as `r = 1; if i < 8 goto +1; r = 0`.
// The jump narrows `i` on each arm, and the kernel's verifier carries that to every register and
// stack slot linked to `i`. That is what makes `if (ok) v[i]` pass: on the arm where ok is 1 the
// kernel knows i < 8. Where nothing tests the value later (`acc ^= (a < b)`, `x = (i < n) + 1`),
// the narrowing only splits i's range at every such comparison: in a loop the kernel then keeps
// states that differ in i, and once i is precise they never prune (random seed 4151: refused as too
// large where clang's code passes). Such a comparison compares unlinked copies (cond.ts boolValue).
//
// A variable is tested when it appears anywhere in a condition (if/while/for/do, ?:, && and ||
// operands, !, switch), or in a value assigned to a tested variable. Return values, call arguments
// and stores to memory other than a local variable are treated by the lowering as their contexts
// require (see Lowerer.linkBools).

import type { Expr, Stmt } from "../ast.ts";
import { walkExpr, walkStmt } from "./callgraph.ts";

const cache = [new WeakMap<Stmt, ReadonlySet<number>>(), new WeakMap<Stmt, ReadonlySet<number>>()];

/** testedVars of a body, once per body and kind (an inlined function is lowered at each call). */
export function testedVarsOf(body: Stmt, inlined: boolean): ReadonlySet<number> {
  const c = cache[inlined ? 1 : 0];
  let t = c.get(body);
  if (!t) c.set(body, (t = testedVars(body, inlined)));
  return t;
}

/** `inlined`: the body's return value may be its caller's condition (a called function's is not). */
export function testedVars(body: Stmt, inlined: boolean): Set<number> {
  const tested = new Set<number>();
  // The operands of && || ! that are themselves such nodes are visited by the walk below on
  // their own: not walked from here, so a 16k-term `a && a && ...` costs linear time.
  const varsIn = (e: Expr | undefined, into: Set<number>): void => {
    if (!e || e.kind === "logand" || e.kind === "logor" || (e.kind === "unary" && e.op === "!")) return;
    walkExpr(e, (x) => { if (x.kind === "var") into.add(x.sym.id); }, () => {});
  };
  // Writes to variables: the variable and the ids its value reads.
  const flows: { to: number; from: Set<number> }[] = [];
  const write = (target: Expr, value: Expr | undefined): void => {
    if (target.kind !== "var" || !value) return;
    const from = new Set<number>();
    // `x = y = v`: x gets y's new value (and the inner assignment records y's flow from v).
    if (value.kind === "assign") {
      if (value.target.kind === "var") flows.push({ to: target.sym.id, from: new Set([value.target.sym.id]) });
      return;
    }
    varsIn(value, from);
    if (from.size) flows.push({ to: target.sym.id, from });
  };
  walkStmt(
    body,
    (e) => {
      switch (e.kind) {
        case "cond": varsIn(e.cond, tested); break;
        case "logand": case "logor": varsIn(e.left, tested); varsIn(e.right, tested); break;
        case "unary": if (e.op === "!") varsIn(e.arg, tested); break;
        case "assign": case "opassign": write(e.target, e.value); break;
        default: break;
      }
    },
    (s) => {
      switch (s.kind) {
        case "if": case "while": case "dowhile": case "switch":
          varsIn(s.kind === "switch" ? s.value : s.cond, tested);
          break;
        case "for": varsIn(s.cond, tested); break;
        // An inlined function's result may be its caller's condition.
        case "return": if (inlined) varsIn(s.value, tested); break;
        case "decl":
          for (const st of s.init?.stores ?? []) {
            const from = new Set<number>();
            varsIn(st.value, from);
            if (from.size) flows.push({ to: s.sym.id, from });
          }
          break;
        default: break;
      }
    },
  );
  // Back along the writes to a fixed point: each pass adds at least one variable or stops.
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of flows) {
      if (!tested.has(f.to)) continue;
      for (const id of f.from) {
        if (!tested.has(id)) {
          tested.add(id);
          changed = true;
        }
      }
    }
  }
  return tested;
}
