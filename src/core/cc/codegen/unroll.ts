// Full unrolling of counted `for` loops, as clang -O2 does where the verifier needs it.
//
// The kernel refuses a context pointer moved by a variable (`skb->cb[i]` in a loop: "dereference of
// modified ctx ptr"): every context access must have a constant offset. Clang unrolls such loops
// fully under `#pragma unroll` and, at -O2, when the trip count is small. This file finds the loops
// that can be: `for (int i = A; i OP B; i++ / i-- / i += C / i -= C)` with constant A, B, C, a body
// that never writes i nor takes its address, and no labels in the body (they would be duplicated).
// It gives the values i takes; stmt.ts lowers the body once per value with i bound to it.

import type { Expr, Stmt, VarSym } from "../ast.ts";
import { walkStmt } from "./callgraph.ts";
import { fitImm, intKind } from "./values.ts";

/** The most iterations a loop is unrolled to under `#pragma unroll`. */
const MAX_PRAGMA = 64;
/** Without the pragma: only loops that index the context, small ones with small bodies. */
const MAX_AUTO = 16;
const MAX_AUTO_NODES = 400;

/** Context structures of program types (the kernel rewrites their accesses, at constant offsets only). */
const CTX_TAGS = new Set(["__sk_buff", "xdp_md", "bpf_sock_ops", "sk_msg_md", "bpf_sock_addr", "sk_reuseport_md", "bpf_sysctl", "bpf_sockopt", "bpf_sk_lookup", "bpf_sock", "bpf_perf_event_data", "sk_skb", "bpf_flow_keys"]);

export interface UnrollPlan {
  readonly sym: VarSym;
  /** The induction variable's value in each iteration, in order. */
  readonly values: readonly bigint[];
}

const strip = (e: Expr): Expr => (e.kind === "cast" ? strip(e.arg) : e);

function constant(e: Expr): bigint | undefined {
  const x = strip(e);
  return x.kind === "num" ? x.value : undefined;
}

const isVar = (e: Expr, sym: VarSym): boolean => {
  const x = strip(e);
  return x.kind === "var" && x.sym.id === sym.id;
};

/** The plan to unroll `for` loop s fully, or undefined when it is not wanted or not possible. */
export function unrollPlan(s: Stmt & { kind: "for" }): UnrollPlan | undefined {
  const init = s.init;
  if (!init || init.kind !== "decl" || !s.cond || !s.step) return undefined;
  const sym = init.sym;
  const k = intKind(sym.type);
  if (!k || sym.type.kind !== "int" || sym.addressTaken || sym.storage !== "local") return undefined;
  const st = init.init?.stores;
  if (!st || st.length !== 1 || st[0].offset !== 0) return undefined;
  const start = constant(st[0].value);
  if (start === undefined) return undefined;
  const test = condition(s.cond, sym);
  const step = stepOf(s.step, sym);
  if (!test || step === undefined || step === 0n) return undefined;
  let body = 0, writes = false, labels = false, ctx = false;
  walkStmt(
    s.body,
    (e) => {
      body++;
      if ((e.kind === "assign" || e.kind === "opassign" || e.kind === "incdec") && isVar(e.target, sym)) writes = true;
      if (e.kind === "addr" && isVar(e.arg, sym)) writes = true;
      if (e.kind === "ptradd" && mentions(e.index, sym) && indexesCtx(e.ptr)) ctx = true;
    },
    (x) => {
      body++;
      if (x.kind === "label") labels = true;
    },
  );
  if (writes || labels) return undefined;
  const limit = s.unroll === undefined ? MAX_AUTO : typeof s.unroll === "number" ? s.unroll : MAX_PRAGMA;
  if (s.unroll === undefined && (!ctx || body > MAX_AUTO_NODES)) return undefined;
  const values: bigint[] = [];
  let v = fitImm(start, k);
  while (test(v)) {
    if (values.length >= limit) return undefined; // more iterations than wanted: a loop it stays
    values.push(v);
    v = fitImm(v + step, k);
  }
  return { sym, values };
}

/** `i OP c` or `c OP i` as a test of i's value (compared in the common type's signedness). */
function condition(e: Expr, sym: VarSym): ((v: bigint) => boolean) | undefined {
  if (e.kind !== "binary") return undefined;
  let op = e.op;
  let c: bigint | undefined;
  if (isVar(e.left, sym)) c = constant(e.right);
  else if (isVar(e.right, sym)) {
    c = constant(e.left);
    const flip: Record<string, typeof op> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "!=": "!=" };
    op = flip[op] ?? op;
  } else return undefined;
  const k = intKind(e.left.type);
  if (c === undefined || !k) return undefined;
  const kk = k;
  const cc = fitImm(c, kk);
  const as = (v: bigint) => fitImm(v, kk);
  switch (op) {
    case "<": return (v) => as(v) < cc;
    case "<=": return (v) => as(v) <= cc;
    case ">": return (v) => as(v) > cc;
    case ">=": return (v) => as(v) >= cc;
    case "!=": return (v) => as(v) !== cc;
    default: return undefined;
  }
}

/** How much the step expression adds to i. */
function stepOf(e: Expr, sym: VarSym): bigint | undefined {
  if (e.kind === "incdec" && isVar(e.target, sym)) return BigInt(e.delta);
  if (e.kind === "opassign" && isVar(e.target, sym) && (e.op === "+" || e.op === "-") && e.scale === undefined) {
    const c = constant(e.value);
    return c === undefined ? undefined : e.op === "+" ? c : -c;
  }
  return undefined;
}

function mentions(e: Expr, sym: VarSym): boolean {
  let found = false;
  walkStmt({ kind: "expr", expr: e, loc: e.loc } as Stmt, (x) => {
    if (x.kind === "var" && x.sym.id === sym.id) found = true;
  }, () => {});
  return found;
}

/** Whether a pointer expression points into a program's context (a member of *ctx). */
function indexesCtx(e: Expr): boolean {
  let found = false;
  walkStmt({ kind: "expr", expr: e, loc: e.loc } as Stmt, (x) => {
    if (x.kind === "var" && x.type.kind === "ptr" && x.type.to.kind === "struct" && CTX_TAGS.has(x.type.to.def.tag ?? "")) found = true;
  }, () => {});
  return found;
}
