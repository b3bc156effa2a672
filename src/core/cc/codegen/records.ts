// What a program sends to user space through a ring buffer or a perf event array, by C type: the
// struct a bpf_ringbuf_reserve result is converted to (`struct event *e = bpf_ringbuf_reserve(...)`
// or a cast), also later, through the variables it was kept in (`void *p = bpf_ringbuf_reserve(...);
// ... struct event *e = p;`, `((struct event *)p)->pid`, a function taking `struct event *`), and the
// struct whose address goes to bpf_ringbuf_output / bpf_perf_event_output (and their skb/xdp forms).
// The Maps pane and the stream decode each record by it.

import type { Expr, FuncSym, Stmt, VarSym } from "../ast.ts";
import type { CType } from "../types.ts";
import { walkStmt } from "./callgraph.ts";

export interface OutputWrite {
  /** The map written to. */
  readonly map: string;
  /** The record's C type (a struct or union). */
  readonly type: CType;
  /** The source line of the write. */
  readonly line: number;
}

/** Output helpers: the argument that names the map and the one that points to the data. */
const OUTPUTS: Readonly<Record<string, { map: number; data: number }>> = {
  bpf_ringbuf_output: { map: 0, data: 1 },
  bpf_perf_event_output: { map: 1, data: 3 },
  bpf_skb_output: { map: 1, data: 3 },
  bpf_xdp_output: { map: 1, data: 3 },
};

const strip = (e: Expr): Expr => {
  let x = e;
  for (let k = 0; k < 64 && x.kind === "cast"; k++) x = x.arg;
  return x;
};

const isRecord = (t: CType): boolean => t.kind === "struct" || t.kind === "union";

/** The map `&name` names. */
function mapName(e: Expr | undefined): string | undefined {
  const x = e && strip(e);
  return x?.kind === "addr" && x.arg.kind === "var" ? x.arg.sym.name : undefined;
}

/** The record a data pointer points to (before its conversion to void *). */
function pointee(e: Expr | undefined): CType | undefined {
  const x = e && strip(e);
  if (!x) return undefined;
  if (x.kind === "addr" && isRecord(x.arg.type)) return x.arg.type;
  return x.type.kind === "ptr" && isRecord(x.type.to) ? x.type.to : undefined;
}

/** The ring buffer a reserve call (`bpf_ringbuf_reserve(&rb, ...)`, through casts) takes from. */
function reserved(e: Expr): string | undefined {
  const call = strip(e);
  return call.kind === "call" && call.callee.kind === "helper" && call.callee.name === "bpf_ringbuf_reserve" ? mapName(call.args[0]) : undefined;
}

/**
 * The pointer variables of a function that hold a reserved record, by the ring buffers it comes
 * from: set from a reserve call or from another such variable, anywhere in the function (which
 * assignment reaches which use is not followed: a variable that ever holds a record counts).
 */
function reservedVars(body: Stmt): Map<VarSym, Set<string>> {
  const held = new Map<VarSym, Set<string>>();
  const pairs: [VarSym, Expr][] = [];
  walkStmt(
    body,
    (e) => {
      if (e.kind === "assign" && e.target.kind === "var" && e.target.sym.type.kind === "ptr") pairs.push([e.target.sym, e.value]);
    },
    (s) => {
      if (s.kind === "decl" && s.sym.type.kind === "ptr" && s.init?.stores.length === 1) pairs.push([s.sym, s.init.stores[0].value]);
    },
  );
  const sources = (value: Expr): readonly string[] => {
    const direct = reserved(value);
    if (direct) return [direct];
    const x = strip(value);
    return x.kind === "var" ? [...(held.get(x.sym) ?? [])] : [];
  };
  // a chain of copies settles in at most as many rounds as there are assignments
  for (let round = 0, changed = true; changed && round <= pairs.length; round++) {
    changed = false;
    for (const [v, value] of pairs) {
      for (const map of sources(value)) {
        const set = held.get(v) ?? new Set<string>();
        if (!set.has(map)) {
          set.add(map);
          held.set(v, set);
          changed = true;
        }
      }
    }
  }
  return held;
}

/** Every output write in the functions given and those they call, in source order. */
export function outputWrites(funcs: readonly FuncSym[]): OutputWrite[] {
  const out: OutputWrite[] = [];
  const seen = new Set<FuncSym>();
  const todo = [...funcs];
  while (todo.length) {
    const f = todo.shift()!;
    if (seen.has(f) || !f.body) continue;
    seen.add(f);
    const held = reservedVars(f.body);
    walkStmt(
      f.body,
      (e) => {
        if (e.kind === "call" && e.callee.kind === "func") todo.push(e.callee.sym);
        if (e.kind === "call" && e.callee.kind === "helper") {
          const o = OUTPUTS[e.callee.name];
          const map = o && mapName(e.args[o.map]);
          const type = o && pointee(e.args[o.data]);
          if (map && type) out.push({ map, type, line: e.loc.line });
        }
        // a reserved record converted to the struct pointer it is used as: at the reserve, or
        // later from a variable that holds it
        if (e.kind === "cast" && e.type.kind === "ptr" && isRecord(e.type.to)) {
          const direct = reserved(e.arg);
          const x = strip(e.arg);
          const maps = direct ? [direct] : x.kind === "var" ? [...(held.get(x.sym) ?? [])] : [];
          for (const map of maps) out.push({ map, type: e.type.to, line: e.loc.line });
        }
      },
      () => {},
    );
  }
  return out;
}
