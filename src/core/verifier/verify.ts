// The verifier: the kernel's checks of the program's shape, then path exploration by abstract
// interpretation with state pruning (walk.ts), then the stack depth of call chains, in the
// kernel's structure and with its wording. Privileged mode (root): bounded loops, reads of
// uninitialised stack, pointer comparisons. This file holds what a verification shares and
// puts the verdict together.

import { buildCfg } from "../cfg/index.ts";
import type { Cfg } from "../cfg/index.ts";
import { BPF_COMPLEXITY_LIMIT_INSNS } from "../isa/limits.ts";
import { progTypeByName, progTypeFor } from "../isa/progtypes.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import { UNTERMINATED } from "./codes.ts";
import { precheck, recursion, stackCheck } from "./checks.ts";
import { reject, VerifyError } from "./error.ts";
import { fastcallPatterns } from "./fastcall.ts";
import type { Fastcall } from "./fastcall.ts";
import type { Rejection } from "./error.ts";
import { globalEntry, globalFuncs } from "./global.ts";
import type { GlobalFunc } from "./global.ts";
import { KernelLog } from "./log.ts";
import { StateStore } from "./prune.ts";
import { StackLiveness } from "./stack_live.ts";
import type { Reg } from "./reg.ts";
import type { State } from "./state.ts";
import type { FrameView } from "./view.ts";
import { foldCodes } from "./step.ts";
import { NO_TRACE, walk } from "./walk.ts";

export const COMPLEXITY_LIMIT = BPF_COMPLEXITY_LIMIT_INSNS;

export interface VerifyOptions {
  readonly progType: string;
  readonly logLevel?: 0 | 1 | 2;
  readonly strictAlign?: boolean;
  /** How many states to keep per instruction for the inspector. */
  readonly keepStates?: number;
}

export interface Verdict {
  readonly accepted: boolean;
  /** The rejection, if any: a Diagnostic with a code of verifier/codes.ts and the parameters of its message. */
  readonly diagnostics: readonly Rejection[];
  readonly insnsProcessed: number;
  readonly log: string;
  /** The register and stack state before each instruction, as data, one per path that reached it (capped). */
  readonly states: ReadonlyMap<number, readonly FrameView[]>;
  /** Instructions the exploration reached. */
  readonly visited: ReadonlySet<number>;
  /** For a rejection: the instructions of the path that led to the error. */
  readonly errorPath: readonly number[];
  readonly cfg: Cfg;
}

export { VerifyError };

/** What the checks of one verification share: the program, its type and CFG, and what the walk learns. */
export interface Verification {
  readonly program: Program;
  readonly type: ProgType;
  readonly cfg: Cfg;
  readonly opts: VerifyOptions;
  nextId: number;
  /** Maximum stack depth per function start. */
  readonly stackDepth: Map<number, number>;
  /** The bpf_fastcall patterns and their contract (fastcall.ts). */
  readonly fastcall: Fastcall;
  /** The stack slot the current instruction loaded or stored (slotLoc), or -1. */
  lastSlot: number;
  /**
   * The kernel records the current instruction in its history for its flags (push_insn_history):
   * it spilled a register to the stack or filled one back, or it is a conditional jump on a stack pointer.
   */
  kernelHist: boolean;
  /** Registers and slots that took bounds from the current conditional jump. */
  lastLinked?: number[];
  /** The instruction being checked called a global function (global.ts). */
  lastGlobal: boolean;
  /** Global functions by first slot (none without func_info). */
  readonly globals: ReadonlyMap<number, GlobalFunc>;
  /** A path called this global function: it is verified on its own after the program. */
  globalCalled(fn: GlobalFunc): void;
  /** For a may_goto: the state of the same loop head one iteration earlier on this path. */
  mayGotoPrev?: State;
  /**
   * A callback returned to its call: the scalars that changed since the path last stored a state at
   * that call, and were not precise there, are forgotten after the instruction (the walk sets it: it knows the path).
   */
  callbackReturned(): void;
  /** The instruction being checked leaves a subprogram other than by its exit, in state `st` (the walk sets it: the tracer writes the callee down). */
  leftSubprog(st: State): void;
  /** Per bpf_loop call: whether the kernel could inline it so far, and its callback (the kernel's loop_inline_state). */
  readonly loopInline: Map<number, { fit: boolean; callback: number }>;
  /** A line for the level-2 log (nothing at the other levels). */
  note(line: string): void;
  /** A line for the log at every level: the kernel's `verifier bug:` lines, which do not stop it. */
  bug(line: string): void;
  /** The pointer type each load and store first went through (the kernel's insn_aux_data ptr_type). */
  readonly ptrTypes: Map<number, string>;
  /** Each instruction's immediate as a scalar (reg.ts immediate()), by slot, once asked for. */
  readonly imms: (Reg | undefined)[];
  /** Per slot, which ALU instructions on known scalars step() folds to a constant (step.ts foldCodes). */
  readonly folds: Uint8Array;
  /** Marks scalars precise: their exact bounds decide something (precision.ts; the walk sets it). */
  precise(st: State, locs: readonly number[]): void;
  /**
   * Whether anything reads the registers' `written` marks (the log's `_w`, kept states' views):
   * without a log or kept states, step() leaves them as they are instead of clearing them at every instruction.
   */
  readonly marksWritten: boolean;
  /** The first load (by instruction) the kernel's rewrite of context loads would fail on (sock.ts "unconverted"), or -1. */
  unconverted: number;
  /** Stack liveness (stack_live.ts): the walk and the stack accesses feed it; state pruning asks it (the log prints it at level 2). */
  readonly live?: StackLiveness;
}

/**
 * A StateStore and a StackLiveness that live as long as the module. V8 keeps an object layout (a
 * hidden class) only while some object has it: a full collection that found none left between two
 * verifications dropped the layout, and with it the optimized code of every method compiled for it
 * (walk, visit, the liveness marks). The next verification ran them unoptimized again: the ALU
 * loop of the bench took 24-27 ms instead of 9-11 twice after a collection. (Every field of both
 * is defined by the class, in one order, so these share the layout of every other instance.)
 */
let layouts: readonly [StateStore, StackLiveness] | undefined;

function keepLayouts(): readonly [StateStore, StackLiveness] {
  const cfg = buildCfg({ insns: [{ code: 0x95, dst: 0, src: 0, off: 0, imm: 0 }], maps: [], lines: [0], symbols: [] }); // exit
  const store = new StateStore(cfg);
  store.stack = new StackLiveness(cfg, store.points);
  return [store, store.stack];
}

export function verify(program: Program, opts: VerifyOptions): Verdict {
  layouts ??= keepLayouts();
  const type = progTypeFor(opts.progType, program.section) ?? progTypeByName("socket_filter")!;
  const cfg = buildCfg(program);
  // the kernel-format log; at level 1 it is given back on each branch taken up, which leaves the failing path
  // (line info reaches the kernel with BTF only: an object whose BTF it refuses loads without either)
  const sources = program.funcInfo && program.lineTable && program.debug?.sources ? { table: program.lineTable, texts: program.debug.sources } : undefined;
  const klog = opts.logLevel ? new KernelLog(opts.logLevel, cfg, type, program.maps, sources) : undefined;
  const called = new Set<number>();
  const store = new StateStore(cfg, type, program.maps);
  /** The line the last global function's pass ended with. */
  let safe: string | undefined;
  const c: Verification = {
    // (every field the walk sets, from the start: one shape for every access)
    program, type, cfg, opts, nextId: 1, stackDepth: new Map(), fastcall: fastcallPatterns(program, cfg, type), lastSlot: -1, kernelHist: false, lastLinked: undefined, ptrTypes: new Map(), lastGlobal: false, mayGotoPrev: undefined, unconverted: -1,
    globals: globalFuncs(program, cfg),
    globalCalled: (fn) => {
      called.add(fn.start);
      klog?.note(`Func#${fn.index} ('${fn.name}') is global and assumed valid.`);
    },
    imms: new Array<Reg | undefined>(cfg.at.length),
    folds: foldCodes(cfg),
    precise: () => undefined,
    callbackReturned: () => undefined,
    leftSubprog: () => undefined,
    loopInline: new Map(),
    note: klog?.level === 2 ? (line) => klog.note(line) : () => undefined,
    bug: klog ? (line) => klog.note(line) : () => undefined,
    marksWritten: klog !== undefined || (opts.keepStates ?? 8) > 0,
    live: new StackLiveness(cfg, store.points, klog?.level === 2 ? klog : undefined),
  };
  store.stack = c.live;
  if (klog?.level === 2) store.traceScc(cfg, (line) => klog.scc(line));
  let processed = 0;
  let errorPath: number[] = [];
  let states = new Map<number, FrameView[]>();
  let seen: Uint8Array = new Uint8Array(program.insns.length);

  /** `when`: the error came before the walk, or after it (then the walk's log is the accepted program's). */
  const done = (diag?: Rejection, when?: "before" | "after"): Verdict => {
    // (without a log, a program with global functions still ends as the kernel's level 1 does: the
    // last pass's verdict line, then the statistics)
    const log = klog ? klog.finish(diag?.code, when) : safe && (!diag || when === "after") ? [safe] : [];
    if (diag) log.push(diag.message);
    if (diag?.detail) log.push(diag.detail);
    const stats = store.line(processed, COMPLEXITY_LIMIT);
    if (diag && !diag.detail && UNTERMINATED.has(diag.code)) log[log.length - 1] += stats;
    else log.push(stats);
    const visited = new Set<number>();
    for (let pc = 0; pc < seen.length; pc++) if (seen[pc]) visited.add(pc);
    return { accepted: !diag, diagnostics: diag ? [diag] : [], insnsProcessed: processed, log: log.join("\n") + "\n", states, visited, errorPath, cfg };
  };

  // ---- the first pass: encoding and control flow -------------------------------------
  const pre = precheck(c);
  if (pre) {
    errorPath = [pre.pc]; // found before exploring: the path is the instruction itself
    return done(pre, "before");
  }

  // ---- path exploration ---------------------------------------------------------------
  const w = walk(c, store, klog ?? NO_TRACE);
  ({ processed, states, seen, errorPath } = w);
  if (w.error) return done(w.error);

  // then each global function a path called, on its own, in the kernel's order (do_check_subprogs):
  // by number, again while one verified calls another not yet verified
  const verified = new Set<number>();
  const globals = [...c.globals.values()].sort((a, b) => a.index - b.index);
  let mainDone = false;
  for (let grew = true; grew; ) {
    grew = false;
    for (const fn of globals) {
      if (!called.has(fn.start) || verified.has(fn.start)) continue;
      if (!mainDone) klog?.passDone(); // (the program's own pass succeeded)
      mainDone = true;
      klog?.pass(`Validating ${fn.name}() func#${fn.index}...`);
      store.newPass();
      walk(c, store, klog ?? NO_TRACE, { entry: globalEntry(c, fn), into: w });
      ({ processed, states, seen, errorPath } = w);
      if (w.error) return done(w.error);
      klog?.passDone();
      safe = `Func#${fn.index} ('${fn.name}') is safe for any args that match its prototype`;
      klog?.note(safe);
      verified.add(fn.start);
      grew = true;
    }
  }

  // after the walk, as the kernel's check_max_stack_depth: recursion, combined stack size of every call chain
  const rec = recursion(cfg);
  if (rec !== undefined) return done(reject(rec, "call-chain-depth", { frames: 8 }), "after");
  const over = stackCheck(c);
  if (over) return done(over, "after");
  // then the rewrite of context loads (convert_ctx_accesses), for the instructions a path reached
  if (c.unconverted >= 0) return done(reject(c.unconverted, "ctx-conversion"), "after");
  return done();
}
