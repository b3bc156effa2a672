// What a program sends to user space through a ring buffer or a perf event array, by C type: the
// struct a bpf_ringbuf_reserve result is converted to (`struct event *e = bpf_ringbuf_reserve(...)`
// or a cast), and the struct whose address goes to bpf_ringbuf_output / bpf_perf_event_output (and
// their skb/xdp forms). The Maps pane and the stream decode each record by it.

import type { Expr, FuncSym } from "../ast.ts";
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

/** Every output write in the functions given and those they call, in source order. */
export function outputWrites(funcs: readonly FuncSym[]): OutputWrite[] {
  const out: OutputWrite[] = [];
  const seen = new Set<FuncSym>();
  const todo = [...funcs];
  while (todo.length) {
    const f = todo.shift()!;
    if (seen.has(f) || !f.body) continue;
    seen.add(f);
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
        // a reserved record converted to the struct pointer it is used as
        if (e.kind === "cast" && e.type.kind === "ptr" && isRecord(e.type.to)) {
          const call = strip(e.arg);
          if (call.kind === "call" && call.callee.kind === "helper" && call.callee.name === "bpf_ringbuf_reserve") {
            const map = mapName(call.args[0]);
            if (map) out.push({ map, type: e.type.to, line: e.loc.line });
          }
        }
      },
      () => {},
    );
  }
  return out;
}
