// The verifier: a first pass over the control flow, then path exploration by abstract
// interpretation with state pruning, in the kernel's structure and with its wording.
// Privileged mode (root): bounded loops, reads of uninitialised stack, pointer comparisons.

import { buildCfg, reachable } from "../cfg/index.ts";
import type { Cfg } from "../cfg/index.ts";
import type { Decoded } from "../isa/index.ts";
import { BPF_COMPLEXITY_LIMIT_INSNS, BPF_COMPLEXITY_LIMIT_JMP_SEQ, MAX_BPF_STACK, MAX_CALL_FRAMES } from "../isa/limits.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import { alu, AluError } from "./alu.ts";
import { branch } from "./branch.ts";
import { checkCall, checkExit } from "./calls.ts";
import { checkMem } from "./mem.ts";
import { liveness } from "./liveness.ts";
import { backtrackLines, frameItems, KernelLog, KernelStats, kernelPrunePoints, precisionRegs } from "./log.ts";
import type { KeptState, LogMark } from "./log.ts";
import { frameText } from "./print.ts";
import { cloneReg, constScalar, isPointer, notInit, pointer, unknownScalar } from "./reg.ts";
import type { Reg } from "./reg.ts";
import { histEntry, markPrecise, preciseLocs, record, regLoc } from "./precision.ts";
import type { Chained, HistExtra, History } from "./precision.ts";
import { cloneState, entryFrame, stateCovers, stateEquals, widen } from "./state.ts";
import { VerifyError } from "./error.ts";
import type { State } from "./state.ts";

export const COMPLEXITY_LIMIT = BPF_COMPLEXITY_LIMIT_INSNS;
/** Paths waiting to be explored, at most. */
const JMP_SEQ_LIMIT = BPF_COMPLEXITY_LIMIT_JMP_SEQ;
const NO_PRECISE_LINES = (_forked: boolean): void => undefined;
/** The kernel's jmps_processed counts every instruction of the JMP classes. */
const JUMP_KINDS = new Set(["jcc", "ja", "gotol", "may_goto", "call", "callx", "exit"]);
/** The log keeps this many lines (the kernel's is bounded by the caller's buffer). */
const LOG_LINES = 20_000;

export interface VerifyOptions {
  readonly progType: string;
  readonly logLevel?: 0 | 1 | 2;
  readonly strictAlign?: boolean;
  /** How many states to keep per instruction for the inspector. */
  readonly keepStates?: number;
}

export interface VDiagnostic {
  readonly pc: number;
  readonly message: string;
  readonly code: string;
}

export interface Verdict {
  readonly accepted: boolean;
  readonly diagnostics: readonly VDiagnostic[];
  readonly insnsProcessed: number;
  readonly log: string;
  /** The register and stack state before each instruction, one line per path that reached it (capped). */
  readonly states: ReadonlyMap<number, readonly string[]>;
  /** Instructions the exploration reached. */
  readonly visited: ReadonlySet<number>;
  /** For a rejection: the instructions of the path that led to the error. */
  readonly errorPath: readonly number[];
  readonly cfg: Cfg;
}

export { VerifyError };

/** One path being explored: a state and the instructions that led to it. */
interface Path extends History {
  st: State;
  trail: number[];
  /** For the log: the branch instruction that pushed this path, and where the log stood then. */
  from?: number;
  mark?: LogMark;
  /** How many instructions of the path were cut from the front of trail. */
  base: number;
  /** The state the kernel would have kept last on this path, where its current state begins. */
  first: KeptState;
  /** The stored snapshot this path descends from, for branch counting and precision. */
  parent?: Snapshot;
}

/** A stored state; its history is what ran from its parent's state to it. */
interface Snapshot extends Chained {
  readonly st: State;
  branches: number;
  readonly parent?: Snapshot;
  /** Compare by ranges only: its precision marks may be incomplete (a path below it was pruned against a loop state). */
  exactOnly?: boolean;
}

export interface Ctx {
  readonly program: Program;
  readonly type: ProgType;
  readonly cfg: Cfg;
  readonly opts: VerifyOptions;
  nextId: number;
  log: string[];
  /** Maximum stack depth per function start. */
  readonly stackDepth: Map<number, number>;
  /** The stack slot the current instruction loaded or stored (slotLoc), or -1. */
  lastSlot: number;
  /** Registers and slots that took bounds from the current conditional jump. */
  lastLinked?: number[];
  /** For a may_goto: the state of the same loop head one iteration earlier on this path. */
  mayGotoPrev?: State;
  /** The pointer type each load and store first went through (the kernel's insn_aux_data ptr_type). */
  readonly ptrTypes: Map<number, string>;
  /** Marks scalars precise: their exact bounds decide something (precision.ts). */
  precise(st: State, locs: readonly number[]): void;
}

export function verify(program: Program, opts: VerifyOptions): Verdict {
  const type = progTypeByName(opts.progType) ?? progTypeByName("socket_filter")!;
  const cfg = buildCfg(program);
  let current: Path | undefined;
  const c: Ctx = {
    program, type, cfg, opts, nextId: 1, log: [], stackDepth: new Map(), lastSlot: -1, ptrTypes: new Map(),
    precise: (st, locs) => current && markPrecise(cfg, st, current, locs),
  };
  const states = new Map<number, string[]>();
  const seenAt = new Uint8Array(program.insns.length); // cheaper than a Set on the hot path
  let processed = 0;
  let errorPath: number[] = [];
  const keep = opts.keepStates ?? 8;
  // the kernel-format log; at level 1 it is given back on each branch taken up, which leaves the failing path
  const klog = opts.logLevel ? new KernelLog(opts.logLevel, program.maps, program.lineTable && program.debug?.sources ? { table: program.lineTable, texts: program.debug.sources } : undefined) : undefined;
  // (the loops it needs come from the liveness pass, which only a log pays for)
  const stats = new KernelStats(opts.logLevel ? liveness(cfg.at).scc : []);
  const keepAt = kernelPrunePoints(cfg.insns);

  /** `when`: the error came before the walk, or after it (then the walk's log is the accepted program's). */
  const done = (diag?: VDiagnostic & { detail?: string }, when?: "before" | "after"): Verdict => {
    if (klog) {
      // level 1 keeps nothing but the statistics for an accepted program
      if (opts.logLevel === 1 && (!diag || when === "after")) klog.lines.length = 0;
      // level 2 names the functions before the checks that come ahead of the walk, but after finding calls
      if (klog.level === 2 && when === "before" && !/^(call to invalid destination|kernel btf_id)/.test(diag?.message ?? "")) klog.header(cfg.funcs);
      c.log = klog.lines;
    }
    if (diag) c.log.push(diag.message);
    if (diag?.detail) c.log.push(diag.detail);
    c.log.push(stats.line(processed, COMPLEXITY_LIMIT));
    const visited = new Set<number>();
    for (let pc = 0; pc < seenAt.length; pc++) if (seenAt[pc]) visited.add(pc);
    return { accepted: !diag, diagnostics: diag ? [diag] : [], insnsProcessed: processed, log: c.log.join("\n") + "\n", states, visited, errorPath, cfg };
  };

  // ---- the first pass: encoding and control flow -------------------------------------
  const pre = precheck(c);
  if (pre) {
    errorPath = [pre.pc]; // found before exploring: the path is the instruction itself
    return done(pre, "before");
  }

  // ---- path exploration ---------------------------------------------------------------
  const entry = entryFrame(0, -1, 0);
  entry.regs[1] = type.ctx === "none" ? unknownScalar() : pointer("ctx");
  const stack: Path[] = [{ st: { frames: [entry], refs: [], pc: 0, mayGoto: 0 }, trail: [], base: 0, first: { pc: 0, at: 0, precise: new Set() }, hist: [] }];
  const explored = new Map<number, Snapshot[]>();
  // the kernel's prune points: conditional jumps (may_goto too) and their targets, the targets
  // of unconditional ones, bpf-to-bpf calls and function entries, the instruction after a call
  const pruneAt = new Uint8Array(program.insns.length + 1);
  for (const pc of keepAt) pruneAt[pc] = 1;
  for (const d of cfg.insns) if (d.valid && d.spec.kind === "call" && d.spec.op === "local") pruneAt[d.pc] = 1;
  // as the kernel does, a state is stored only every so often: after 2 jumps and 8 instructions
  // (20 and 100 inside a loop), or always at a may_goto
  let jumps = 0;
  const isJump = new Uint8Array(program.insns.length);
  for (const d of cfg.insns) if (d.valid && JUMP_KINDS.has(d.spec.kind)) isJump[d.pc] = 1;
  let lastJumps = 0;
  let lastProcessed = 0;

  const finish = (p: Path) => {
    for (let s = p.parent; s; s = s.parent) {
      if (--s.branches > 0) break;
    }
  };

  if (klog?.level === 2) klog.header(cfg.funcs, cfg.at);
  while (stack.length) {
    const path = stack.pop()!;
    current = path;
    let { st } = path;
    let from = path.from;
    if (klog?.level === 1 && path.mark) klog.reset(path.mark);
    klog?.scratchAll();
    try {
      for (;;) {
        const pc = st.pc;
        const d = cfg.at[pc];
        if (!d) throw new VerifyError(pc, `jump into the middle of ldimm64 insn ${pc - 1}`);
        if (++processed > COMPLEXITY_LIMIT) throw new VerifyError(pc, `BPF program is too large. Processed ${processed} insn`, "too-complex");
        seenAt[pc] = 1;
        if (path.trail.length < 20_000) path.trail.push(pc);
        const frame = st.frames[st.frames.length - 1];
        if (keep > 0) {
          const list = states.get(pc) ?? (states.set(pc, []), states.get(pc)!);
          if (list.length < keep) list.push(frameText(frame, program.maps));
        }

        if (pruneAt[pc]) {
          const seen = explored.get(pc) ?? (explored.set(pc, []), explored.get(pc)!);
          let hit: Snapshot | undefined;
          const mayGoto = d.valid && d.spec.kind === "may_goto";
          let add = mayGoto || (jumps - lastJumps >= 2 && processed - lastProcessed >= 8);
          let looking = 16; // the newest states still being explored are compared for an endless loop
          for (let k = seen.length - 1; k >= 0; k--) {
            const old = seen[k];
            if (old.branches > 0) {
              if (looking-- <= 0) continue;
              // still being explored: an ancestor on a loop, or a path waiting on the stack
              // may_goto bounds its loop at run time: covering an earlier iteration is enough
              if (mayGoto && old.st.mayGoto !== st.mayGoto && stateCovers(old.st, st, true)) {
                hit = old;
                break;
              }
              // (only at the same may_goto depth: a may_goto passed since bounds the loop at run time)
              if (old.st.mayGoto === st.mayGoto && stateEquals(old.st, st)) throw new VerifyError(pc, `infinite loop detected at insn ${pc}`, "infinite-loop");
              if (!mayGoto && jumps - lastJumps < 20 && processed - lastProcessed < 100) add = false;
              continue;
            }
            // a finished state: its precise scalars say what it needed; imprecise ones match anything
            if (stateCovers(old.st, st, old.exactOnly === true)) {
              hit = old;
              break;
            }
          }
          if (hit) {
            if (hit.branches === 0 && !hit.exactOnly) {
              // this path goes on as the stored one did: what that one needed precise, this one needs too
              markPrecise(cfg, st, path, preciseLocs(hit.st));
            } else {
              // pruned against a state whose precision is not final yet: the states between it and
              // here must never be matched loosely
              for (let a = path.parent; a && a !== hit; a = a.parent) a.exactOnly = true;
            }
            klog?.push(`${pc}: safe`);
            finish(path);
            break;
          }
          // keep a bounded number of states per instruction, as the kernel does
          // (past that bound a state is still kept on the path, for precision, but not for pruning)
          if (add) {
            const snap: Snapshot = { st: cloneState(st), branches: 1, parent: path.parent, hist: path.hist, extra: path.extra, truncated: path.truncated };
            if (seen.length < 64) seen.push(snap);
            path.parent = snap;
            path.hist = [];
            path.extra = undefined;
            path.truncated = false;
            lastJumps = jumps;
            lastProcessed = processed;
          }
        }
        c.mayGotoPrev = undefined;
        if (d.valid && d.spec.kind === "may_goto") {
          // the state this loop head had one iteration ago, on this path
          for (let s = path.parent; s; s = s.parent) {
            if (s.st.pc === pc && s.st !== path.parent?.st) {
              c.mayGotoPrev = s.st;
              break;
            }
          }
        }
        if (keepAt.has(pc) && stats.checkpoint(pc, processed, d.valid && d.spec.kind === "may_goto")) {
          const kept = klog?.level === 2 ? cloneState({ frames: [frame], refs: [], pc, mayGoto: 0 }).frames[0] : undefined;
          path.first = { pc, at: path.base + path.trail.length - 1, frame: kept, precise: new Set(), prev: path.first };
        }

        const logging = klog !== undefined && klog.lines.length < LOG_LINES;
        let callee: string | undefined;
        if (logging) {
          klog.insn(st, d, from);
          klog.touch(d, frame);
          if (d.valid && d.spec.kind === "exit" && st.frames.length > 1) callee = frameItems(frame, program.maps);
        } else if (klog?.lines.length === LOG_LINES) klog.push("... (log truncated)");
        from = undefined;
        stats.processed(d);
        let forked = false;
        const frameNo = st.frames.length - 1;
        jumps += isJump[pc];
        c.lastSlot = -1;
        c.lastLinked = undefined;
        let children: Path[] | undefined;
        const before = logging && klog.level === 2 ? { ...frame, regs: frame.regs.slice() } : undefined;
        // where the kernel traces a scalar back for precision (printed at level 2 only); a
        // return value is traced before it is checked, the rest once the instruction is done
        const precise = before
          ? (forked: boolean) => {
              const regs = precisionRegs(d, before, forked, before.index === 0 && c.type.returnRange !== undefined);
              // (the trail stops growing on very long paths: then there is nothing to trace back on)
              if (path.trail[path.trail.length - 1] === pc) for (const r of regs) for (const l of backtrackLines(cfg.at, path.trail, path.base, path.first, before.index, 1 << r, program.maps)) klog!.push(l);
            }
          : NO_PRECISE_LINES;
        if (d.valid && d.spec.kind === "exit") precise(false);
        const next = step(c, st, d, (other) => {
          forked = true;
          if (path.parent) path.parent.branches++;
          // the child's trail is cut to its last 512 instructions: where its state began moves with it
          const cut = Math.max(0, path.trail.length - 512);
          const p: Path = {
            st: other, trail: path.trail.slice(-512), base: path.base + cut, parent: path.parent, from: pc, mark: klog?.mark(), first: path.first,
            hist: path.hist.slice(), extra: path.extra && new Map(path.extra), truncated: path.truncated,
          };
          (children ??= []).push(p);
          stack.push(p);
          // the kernel bounds the paths waiting to be explored (BPF_COMPLEXITY_LIMIT_JMP_SEQ)
          if (stack.length > JMP_SEQ_LIMIT) throw new VerifyError(pc, `The sequence of ${stack.length} jumps is too complex.`, "too-complex");
        });
        // the history backtracking reads (precision.ts), for this path and any it forked
        const extra: HistExtra | undefined = c.lastSlot >= 0 || c.lastLinked ? { slot: c.lastSlot >= 0 ? c.lastSlot : undefined, linked: c.lastLinked } : undefined;
        record(path, histEntry(pc, frameNo), extra);
        if (children) for (const p of children) record(p, histEntry(pc, frameNo), extra);
        if (!(d.valid && d.spec.kind === "exit")) precise(forked);
        if (logging && d.valid && d.spec.kind === "jcc" && typeof next === "object") klog.flush(pc, next);
        if (logging && typeof next === "object") {
          if (d.valid && d.spec.kind === "call" && d.spec.op === "local") klog.call(next);
          if (callee !== undefined) {
            klog.ret(callee, next);
            from = pc;
          }
        }
        if (next === "exit") {
          finish(path);
          break;
        }
        if (next === "dead") {
          finish(path);
          break;
        }
        st = next;
      }
    } catch (e) {
      if (e instanceof VerifyError || e instanceof AluError) {
        const pc = e instanceof VerifyError ? e.pc : st.pc;
        errorPath = path.trail.slice();
        return done({ pc, message: e.message, code: e instanceof VerifyError ? e.code : "alu", detail: e instanceof VerifyError ? e.detail : undefined });
      }
      throw e;
    }
  }

  // after the walk, as the kernel's check_max_stack_depth: recursion, combined stack size of every call chain
  const rec = recursion(cfg);
  if (rec !== undefined) return done({ pc: rec, message: "the call stack of 8 frames is too deep !", code: "call-depth" }, "after");
  const over = stackCheck(c);
  if (over) return done(over, "after");
  return done();
}

/** The kernel's checks before exploration: reserved fields, ld_imm64, jumps, reachability. */
function precheck(c: Ctx): VDiagnostic | undefined {
  const { cfg, program } = c;
  if (program.insns.length === 0) return { pc: 0, message: "empty program", code: "empty" };
  const last = cfg.insns[cfg.insns.length - 1];
  if (!last.valid && last.insn.code === 0x18) return { pc: last.pc, message: "last insn is not an exit or jmp", code: "cfg" };
  // kfuncs are looked up first of all (bpfplay has no BTF: none is a function)
  for (const d of cfg.insns) if (d.valid && d.spec.kind === "call" && d.spec.op === "kfunc") return { pc: d.pc, message: `kernel btf_id ${d.insn.imm} is not a function`, code: "bad-call" };
  for (const d of cfg.insns) {
    if (!d.valid) return { pc: d.pc, message: kernelReservedMessage(d), code: "invalid-insn" };
    const i = d.insn;
    if (d.spec.kind === "callx") return { pc: d.pc, message: "unknown opcode 8d", code: "invalid-insn" };
    if (d.spec.kind === "lddw" && (i.src === 5 || i.src === 6)) return { pc: d.pc, message: "fd_idx without fd_array is invalid", code: "bad-map" };
    if (d.spec.kind === "lddw") {
      if (i.src === 3 || i.src === 4) continue;
      if (i.src !== 0 && (i.imm >>> 0) >= program.maps.length) return { pc: d.pc, message: `fd ${i.imm} is not pointing to valid bpf_map`, code: "bad-map" };
      if (i.src === 2 || i.src === 6) {
        const vs = program.maps[i.imm >>> 0].valueSize;
        const off = Number((d.imm64 ?? 0n) >> 32n);
        if (off >= vs) return { pc: d.pc, message: `invalid access to map value pointer, value_size=${vs} off=${off}`, code: "bad-map" };
      }
    }
    if (d.spec.kind === "end" && d.spec.op.startsWith("bswap") === false && ![16, 32, 64].includes(i.imm)) return { pc: d.pc, message: "BPF_END uses reserved fields", code: "invalid-insn" };
  }
  if (cfg.errors.length) {
    const e = cfg.errors[0];
    return { pc: e.pc, message: e.message, code: "cfg" };
  }
  // LD_ABS/LD_IND and tail calls in a subprogram need BTF, which bytecode without func_info lacks
  // (the kernel's check_abnormal_return: subprograms in order, LD_ABS first in each)
  const abnormal = new Map<number, { ldAbs?: number; tailCall?: number }>();
  for (const d of cfg.insns) {
    const func = cfg.blocks[cfg.blockOf[d.pc]]?.func ?? 0;
    if (!d.valid || func === 0) continue;
    const a = abnormal.get(func) ?? (abnormal.set(func, {}), abnormal.get(func)!);
    if (d.spec.kind === "ldabs" || d.spec.kind === "ldind") a.ldAbs ??= d.pc;
    if (d.spec.kind === "call" && d.spec.op === "helper" && d.insn.imm === 12) a.tailCall ??= d.pc;
  }
  for (const func of [...abnormal.keys()].sort((x, y) => x - y)) {
    const a = abnormal.get(func)!;
    if (a.ldAbs !== undefined) return { pc: a.ldAbs, message: "LD_ABS is not allowed in subprogs without BTF", code: "no-btf" };
    if (a.tailCall !== undefined) return { pc: a.tailCall, message: "tail_call is not allowed in subprogs without BTF", code: "tail-call" };
  }
  const reach = reachable(cfg);
  for (const b of cfg.blocks) if (!reach.has(b.id)) return { pc: b.start, message: `unreachable insn ${b.start}`, code: "unreachable" };
  return undefined;
}

/** A function that calls itself, directly or not: the pc of a call on the cycle. */
function recursion(cfg: Cfg): number | undefined {
  const calls = new Map<number, { pc: number; to: number }[]>();
  for (const d of cfg.insns) {
    if (d.valid && d.spec.kind === "call" && d.spec.op === "local") {
      const from = cfg.blocks[cfg.blockOf[d.pc]]?.func ?? 0;
      (calls.get(from) ?? (calls.set(from, []), calls.get(from)!)).push({ pc: d.pc, to: d.pc + d.insn.imm + 1 });
    }
  }
  const onPath = new Set<number>();
  const done = new Set<number>();
  const visit = (f: number): number | undefined => {
    if (done.has(f)) return undefined;
    onPath.add(f);
    for (const c of calls.get(f) ?? []) {
      if (onPath.has(c.to)) return c.pc;
      const r = visit(c.to);
      if (r !== undefined) return r;
    }
    onPath.delete(f);
    done.add(f);
    return undefined;
  };
  return visit(0);
}

function kernelReservedMessage(d: Decoded): string {
  if (d.valid) return "";
  const { code, imm, src } = d.insn;
  const cls = code & 7;
  const op = code & 0xf0;
  if (d.reason.startsWith("unknown opcode") || code === 0x8d) return `unknown opcode ${code.toString(16).padStart(2, "0")}`;
  if (d.reason.startsWith("incomplete lddw") || d.reason.startsWith("invalid lddw")) return "invalid bpf_ld_imm64 insn";
  if (d.reason.includes("register r")) return `R${/r(\d+)/.exec(d.reason)![1]} is invalid`;
  if (code === 0x18 && src > 6) return "unrecognized bpf_ld_imm64 insn";
  if (cls === 3 && (code & 0xe0) === 0xc0) {
    if ((code & 0x18) !== 0x00 && (code & 0x18) !== 0x18 && imm !== 0x100 && imm !== 0x110) return "invalid atomic operand size";
    return `BPF_ATOMIC uses invalid atomic opcode ${imm.toString(16).padStart(2, "0")}`;
  }
  if (code === 0xe5) return `invalid may_goto imm ${imm}`;
  if (cls === 4 || cls === 7) return `${op === 0xb0 ? "BPF_MOV" : op === 0x80 ? "BPF_NEG" : op === 0xd0 ? "BPF_END" : "BPF_ALU"} uses reserved fields`;
  if (cls === 5 || cls === 6) return `${op === 0x00 ? "BPF_JA" : op === 0x80 ? "BPF_CALL" : op === 0x90 ? "BPF_EXIT" : "BPF_JMP/JMP32"} uses reserved fields`;
  return `${["BPF_LD_[ABS|IND]", "BPF_LDX", "BPF_ST", "BPF_STX"][cls]} uses reserved fields`;
}

/** The state after one instruction: the next state, "exit" for the end of a path, or "dead". */
function step(c: Ctx, st: State, d: Decoded, fork: (s: State) => void): State | "exit" | "dead" {
  if (!d.valid) throw new VerifyError(d.pc, kernelReservedMessage(d));
  const f = st.frames[st.frames.length - 1];
  const R = f.regs;
  const i = d.insn;
  const s = d.spec;
  const pc = d.pc;
  const read = (n: number) => {
    if (R[n].type === "not_init") throw new VerifyError(pc, `R${n} !read_ok`, "uninit-reg");
    return R[n];
  };
  const write = (n: number, r: Reg) => {
    if (n === 10) throw new VerifyError(pc, "frame pointer is read only", "fp-write");
    const w = cloneReg(r);
    w.written = true;
    R[n] = w;
  };
  for (const r of R) r.written = false;
  st.pc = pc + d.slots;
  switch (s.kind) {
    case "alu":
    case "mov":
    case "movsx":
    case "neg":
    case "end":
    case "addr_space_cast": {
      if (s.kind === "addr_space_cast") throw new VerifyError(pc, "addr_space_cast insn can only be used in a program that has an associated arena");
      if (s.kind === "alu" && s.source === "imm") {
        // checked only where the instruction can run, as the kernel does
        if ((s.op.endsWith("div") || s.op.endsWith("mod")) && i.imm === 0) throw new VerifyError(pc, "div by zero", "div-zero");
        if (["lsh", "rsh", "arsh"].includes(s.op) && (i.imm < 0 || i.imm >= s.width)) throw new VerifyError(pc, `invalid shift ${i.imm}`, "bad-shift");
      }
      if (s.kind !== "mov" && s.kind !== "movsx") read(i.dst);
      if (i.dst === 10) throw new VerifyError(pc, "frame pointer is read only", "fp-write");
      const src = s.source === "reg" ? read(i.src) : constScalar(BigInt(i.imm));
      const dst = s.kind === "mov" || s.kind === "movsx" ? notInit() : R[i.dst];
      if (s.kind === "alu" && s.source === "reg" && isPointer(dst) !== isPointer(src)) {
        // pointer arithmetic: the offset's exact bounds decide every later access
        c.precise(st, [regLoc(st.frames.length - 1, isPointer(dst) ? i.src : i.dst)]);
      }
      try {
        const out = alu({ op: s.kind === "alu" ? s.op : s.kind === "movsx" || s.kind === "mov" ? "mov" : s.kind, width: s.width, dst, src, dstNo: i.dst, srcIsReg: s.source === "reg", srcNo: i.src, sx: s.kind === "movsx" ? Number(s.op.slice(1)) : undefined });
        if (out.id === -1) out.id = c.nextId++;
        if (s.kind === "mov" && s.source === "reg" && out.type === "scalar" && !out.id && out.var.mask !== 0n && (s.width === 64 || R[i.src].umax <= 0xffffffffn)) {
          // copies of one unknown scalar share an id so a bounds check on one applies to both
          // (a 32-bit move copies only a value that fits in 32 bits)
          const id = c.nextId++;
          R[i.src].id = id;
          out.id = id;
        }
        write(i.dst, out);
      } catch (e) {
        if (e instanceof AluError) throw new VerifyError(pc, e.message, "alu");
        throw e;
      }
      return st;
    }
    case "lddw": {
      if (i.src === 0) write(i.dst, constScalar(d.imm64 ?? 0n));
      else if (i.src === 1 || i.src === 5) write(i.dst, pointer("map_ptr", { map: i.imm >>> 0 }));
      else if (i.src === 2 || i.src === 6) write(i.dst, pointer("map_value", { map: i.imm >>> 0, off: Number((d.imm64 ?? 0n) >> 32n) }));
      else if (i.src === 4) throw new VerifyError(pc, "missing btf func_info", "no-btf"); // bytecode without BTF has none
      else throw new VerifyError(pc, "unrecognized bpf_ld_imm64 insn");
      return st;
    }
    case "ldx":
    case "ldxsx":
    case "st":
    case "stx":
    case "atomic":
    case "load_acq":
    case "store_rel":
      checkMem(c, st, d, read, write);
      return st;
    case "ldabs":
    case "ldind": {
      if (!c.type.ctx.includes("sk_buff")) throw new VerifyError(pc, "BPF_LD_[ABS|IND] instructions not allowed for this program type");
      read(6);
      // it may end the program at run time: no reference may be held (check_resource_leak)
      if (st.refs.length) throw new VerifyError(pc, `Unreleased reference id=${st.refs[0].id} alloc_insn=${st.refs[0].insn}`, "ref-leak", "BPF_LD_[ABS|IND] would lead to reference leak");
      if (R[6].type !== "ctx") throw new VerifyError(pc, "at the time of BPF_LD_ABS|IND R6 != pointer to skb");
      if (s.kind === "ldind") read(i.src);
      for (let k = 1; k <= 5; k++) R[k] = notInit();
      write(0, unknownScalar());
      return st;
    }
    case "ja":
      st.pc = pc + i.off + 1;
      return st;
    case "gotol":
      st.pc = pc + i.imm + 1;
      return st;
    case "may_goto": {
      // as the kernel does: this path leaves the loop, the body is queued one iteration deeper,
      // forgetting what changed since the previous iteration unless it had to be precise
      const body = cloneState(st);
      body.mayGoto = st.mayGoto + 1;
      if (c.mayGotoPrev) widen(c.mayGotoPrev, body);
      fork(body);
      st.pc = pc + i.off + 1;
      return st;
    }
    case "jcc":
      return branch(c, st, d, read, fork);
    case "call":
    case "callx":
      return checkCall(c, st, d, read, write);
    case "exit":
      return checkExit(c, st, d, read);
  }
}

function stackCheck(c: Ctx): VDiagnostic | undefined {
  // depth of each function, rounded up to 32 bytes as the kernel does, summed along call chains
  const depth = (start: number) => Math.ceil((c.stackDepth.get(start) ?? 0) / 32) * 32;
  const calls = new Map<number, number[]>();
  for (const d of c.cfg.insns) {
    if (d.valid && d.spec.kind === "call" && d.spec.op === "local") {
      const from = c.cfg.blocks[c.cfg.blockOf[d.pc]].func;
      (calls.get(from) ?? (calls.set(from, []), calls.get(from)!)).push(d.pc + d.insn.imm + 1);
    }
  }
  const walk = (f: number, sum: number, frames: number): VDiagnostic | undefined => {
    const total = sum + depth(f);
    if (total > MAX_BPF_STACK) return { pc: f, message: `combined stack size of ${frames} calls is ${total}. Too large`, code: "stack-size" };
    for (const g of calls.get(f) ?? []) {
      if (frames >= MAX_CALL_FRAMES) return { pc: g, message: `the call stack of ${frames + 1} frames is too deep !`, code: "call-depth" };
      const e = walk(g, total, frames + 1);
      if (e) return e;
    }
    return undefined;
  };
  return walk(0, 0, 1);
}
