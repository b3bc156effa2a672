// Globals whose initial addresses clang folds into the code. `static int *p = &x;` (never written)
// or `int *const p = &x;`: clang -O2 knows p's value and loads x directly, so the program works.
// Any other global holding an address keeps only the addend in its section once libbpf loads it
// (libbpf skips relocations outside code and `.maps`): reading it gives that number, and the
// kernel refuses to dereference it. bpfplay does both the same way (see Lowerer.load).

import type { Expr, Unit, VarSym } from "../ast.ts";
import { walkStmt } from "./callgraph.ts";

/** Ids of globals with address initialisers whose value is known: const, or static and never changed. */
export function constantAddressGlobals(unit: Unit): ReadonlySet<number> {
  const candidates = new Map<number, VarSym>();
  for (const g of unit.globals) {
    if (!g.initRelocs?.length || g.section === ".maps" || g.type.volatile) continue;
    if (g.type.const || (g.isStatic && g.storage === "global")) candidates.set(g.id, g);
  }
  if (!candidates.size) return new Set();
  const changed = new Set<number>();
  const root = (e: Expr): VarSym | undefined => {
    for (let k = 0; k < 64; k++) {
      if (e.kind === "var") return e.sym;
      if (e.kind === "member") e = e.base;
      else if (e.kind === "cast") e = e.arg;
      else return undefined;
    }
    return undefined;
  };
  const onExpr = (e: Expr): void => {
    let target: Expr | undefined;
    if (e.kind === "assign" || e.kind === "opassign" || e.kind === "incdec") target = e.target;
    else if (e.kind === "addr") target = e.arg; // its address escapes: anything may write through it
    const v = target && root(target);
    if (v && candidates.has(v.id) && !v.type.const) changed.add(v.id);
  };
  for (const f of unit.funcs) if (f.body) walkStmt(f.body, onExpr, () => undefined);
  const out = new Set<number>();
  for (const id of candidates.keys()) if (!changed.has(id)) out.add(id);
  return out;
}
