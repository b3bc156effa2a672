// The code generator: typed AST in, one Program per SEC() function out.
//
//   Unit ─► maps.ts (maps, global data, license) ─► stmt/expr/cond/call.ts (IR per function, inlining)
//        ─► regalloc.ts ─► emit.ts (instructions) ─► link.ts (entry + subprograms, per SEC function)

import { progTypeOfSection } from "../../isa/progtypes.ts";
import type { Diagnostic } from "../../diag.ts";
import type { MapDef } from "../../program.ts";
import type { FuncSym, Loc, Unit } from "../ast.ts";
import type { CompiledProgram } from "../index.ts";
import { callInfo } from "./callgraph.ts";
import { constantAddressGlobals } from "./constglobals.ts";
import { emitFunction } from "./emit.ts";
import { STACK_LIMIT } from "./frame.ts";
import { link } from "./link.ts";
import type { Compiled } from "./link.ts";
import { CodegenError } from "./blocks.ts";
import type { Lowerer, UnitCtx } from "./lower.ts";
import { GlobalTable } from "./maps.ts";
import { allocate } from "./regalloc.ts";
import { lowerFunction } from "./stmt.ts";

/** Functions of at most this many AST nodes are inlined even when called more than once. */
const INLINE_SIZE = 40;

export interface GenerateOptions {
  readonly cpu: 1 | 2 | 3 | 4;
  readonly sources: Record<string, string>;
}

export interface GenerateResult {
  programs: CompiledProgram[];
  maps: MapDef[];
  license?: string;
  diagnostics: Diagnostic[];
}

export function generate(unit: Unit, opts: GenerateOptions): GenerateResult {
  const diagnostics: Diagnostic[] = [];
  const constAddrs = constantAddressGlobals(unit);
  const globals = new GlobalTable(unit.globals, diagnostics, constAddrs);
  const info = callInfo(unit);
  const u: UnitCtx = {
    cpu: opts.cpu,
    diags: diagnostics,
    globals,
    constAddrs,
    inlined: (f) => {
      if (!f.body || f.inline === "never" || f.section) return false;
      if (f.inline === "always") return true;
      return (info.calls.get(f) ?? 0) <= 1 || (info.size.get(f) ?? 0) <= INLINE_SIZE;
    },
  };
  const lowered = new Map<FuncSym, Lowerer>();
  const failed = new Set<FuncSym>();
  const work = unit.funcs.filter((f) => f.section && f.body);
  while (work.length) {
    const f = work.shift()!;
    if (lowered.has(f) || failed.has(f)) continue;
    try {
      const L = lowerFunction(u, f);
      lowered.set(f, L);
      for (const c of L.calls) work.push(c.callee);
    } catch (e) {
      // A CodegenError is the program's fault; anything else is ours, still reported at the function.
      if (e instanceof CodegenError) diagnostics.push(diag(e.code, e.message, e.loc));
      else diagnostics.push(diag("internal", `internal error compiling '${f.name}': ${(e as Error).message}`, f.loc));
      failed.add(f);
    }
  }
  reportRecursion(lowered, diagnostics);
  const maps = globals.finish();
  const compiled = new Map<FuncSym, Compiled>();
  for (const [f, L] of lowered) {
    try {
      const alloc = allocate(L.fn, L.frame);
      if (L.frame.max > STACK_LIMIT) {
        diagnostics.push(diag("stack-limit", "Looks like the BPF stack limit is exceeded. Please move large on stack variables into BPF per-cpu array map.", f.loc));
        continue;
      }
      compiled.set(f, { ir: L.fn, alloc, code: emitFunction(L.fn, alloc, opts.cpu) });
    } catch (e) {
      diagnostics.push(diag("internal", (e as Error).message, f.loc));
    }
  }
  // A program whose section names no type bpfplay runs would be verified and run as the wrong one.
  for (const f of unit.funcs) {
    if (!f.section || !f.body || f.section.startsWith(".")) continue;
    const t = progTypeOfSection(f.section);
    if (!t) diagnostics.push(diag("unknown-section", unknownSection(f.section), f.loc));
    else if (t.legacy) diagnostics.push({ ...diag("legacy-section", `SEC("${f.section}"): libbpf 1.0 and later do not know this section name; bpfplay reads it as ${t.type.name}, as libbpf 0.x did and as loaders that set the type (xdp-loader) do`, f.loc), severity: "warning" });
  }
  const programs: CompiledProgram[] = [];
  if (!diagnostics.some((d) => d.severity === "error")) {
    for (const f of unit.funcs) {
      if (!f.section || !f.body) continue;
      const program = link(f, compiled, maps, opts.sources);
      if (program) programs.push({ name: f.name, section: f.section, program });
    }
  }
  return { programs: withPeers(programs, maps), maps, license: globals.license, diagnostics };
}

/** Each program gets the programs prog-array slots name (Program.peers), as libbpf loads the object. */
function withPeers(programs: CompiledProgram[], maps: readonly MapDef[]): CompiledProgram[] {
  const named = new Set(maps.flatMap((m) => (m.slots ?? []).flatMap((s) => (s.prog === undefined ? [] : [s.prog]))));
  if (named.size === 0) return programs;
  const peers = programs.filter((p) => named.has(p.name)).map((p) => ({ name: p.name, insns: p.program.insns }));
  return programs.map((p) => ({ ...p, program: { ...p.program, peers } }));
}

/** Why a section cannot be built: BTF-typed program types need the kernel's BTF, which bpfplay has not. */
function unknownSection(section: string): string {
  const kind = section.split("/")[0];
  const btf = ["fentry", "fexit", "fmod_ret", "lsm", "lsm.s", "iter", "iter.s", "tp_btf", "struct_ops", "freplace", "fentry.s", "fexit.s"].includes(kind);
  return btf
    ? `SEC("${section}"): ${kind} programs take their context from the kernel's BTF, which bpfplay does not have; use a kprobe or tracepoint section instead`
    : `SEC("${section}") names no program type bpfplay can run (it knows the sections libbpf gives xdp, tc, socket, cgroup_skb, kprobe, tracepoint, raw_tracepoint, perf_event, syscall and the other types in its Program type list)`;
}

/** A cycle of bpf-to-bpf calls: the kernel refuses it, so report it at the call that closes it. */
function reportRecursion(lowered: ReadonlyMap<FuncSym, Lowerer>, out: Diagnostic[]): void {
  const state = new Map<FuncSym, 1 | 2>();
  const visit = (f: FuncSym): void => {
    state.set(f, 1);
    for (const c of lowered.get(f)?.calls ?? []) {
      const s = state.get(c.callee);
      if (s === 1) out.push(diag("recursion", `recursive call to '${c.callee.name}' is not supported in BPF`, c.loc));
      else if (s === undefined) visit(c.callee);
    }
    state.set(f, 2);
  };
  for (const f of lowered.keys()) if (!state.has(f)) visit(f);
}

function diag(code: string, message: string, loc: Loc): Diagnostic {
  return { code, severity: "error", message, span: { file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine ?? loc.line, endColumn: loc.endColumn ?? loc.column + 1 } };
}
