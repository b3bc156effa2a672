// A compiler from pre-decoded bytecode to a JavaScript function, for runs without stepping
// (the CLI, the Run button, a runner's stream, benchmarks). Registers live in local variables;
// basic blocks become cases of one switch on pc, entered only when the whole block fits the
// budget, so the instruction count stays exact. A program with no backward jump and no
// bpf-to-bpf call also gets a straight function for whole runs (CompiledCode.entry). Memory
// accesses to plain bytes in bounds are made inline, the rest through the machine's checked
// loads and stores; atomics other than add go through atomic.ts. What is left to the
// interpreter (legacy packet loads, callx, invalid slots) makes the function stop at that pc;
// compiled.ts steps it in the interpreter, then comes back. The interpreter is the reference:
// test/vm/jit_vs_interpreter.test.ts holds the two to the same results.
// Here: assembling the function from its blocks (jit_blocks.ts) and their instructions' code
// (jit_emit.ts for ALU and jumps, jit_memory.ts for loads and stores), with calls and exits.

import { helperByName } from "../isa/index.ts";
import type { Code } from "./decode.ts";
import { findBlocks, jumpTargets, namedRegs } from "./jit_blocks.ts";
import type { Block } from "./jit_blocks.ts";
import { dispatch, emit, straight } from "./jit_emit.ts";
import type { Goto } from "./jit_emit.ts";
import { hotRegions, hotStack } from "./jit_memory.ts";

/** What a compiled run ends with; registers and pc are written back to the machine first. */
export const JIT_EXIT = 0;
/** The next block does not fit the budget, or the next instruction is left to the interpreter. */
export const JIT_STOPPED = 1;
export const JIT_TAIL = 2;

export type Compiled = (m: unknown, L: Int32Array, H: Int32Array, budget: number) => number;

/** Helpers that run a callback of the program: every register crosses their call. */
const CALLS_BACK = new Set(["loop", "for_each_map_elem", "timer_set_callback", "find_vma", "user_ringbuf_drain"].map((name) => helperByName(name)?.id ?? -1));

/** A compiled program: one function that runs from any pc, and where it can, one for whole runs. */
export interface CompiledCode {
  /** Runs from m.pc within any budget, block by block (a switch on pc in a loop). */
  readonly any: Compiled;
  /**
   * Runs from pc 0 in the entry frame with a budget of at least `length`: for a program with no
   * backward jump, no bpf-to-bpf call and nothing left to the interpreter, each instruction runs
   * at most once, so no block can outrun the budget. Straight code, forward jumps breaking out of
   * labelled blocks: no dispatch and no budget checks. Undefined for other programs.
   */
  readonly entry?: Compiled;
  readonly length: number;
}

/** Compiles a program; the result is kept per Code (compiled.ts). */
export function compile(c: Code, helpers: Record<string, unknown>): CompiledCode {
  const n = c.op.length;
  const regs = namedRegs(c);
  const stack = regs.includes(10);
  const loadRegs = regs.map((k) => `let l${k} = L[${k}], h${k} = H[${k}];`).join(" ");
  const storeRegs = regs.map((k) => `L[${k}] = l${k}; H[${k}] = h${k};`).join(" ");
  const reloadRegs = regs.map((k) => `l${k} = L[${k}]; h${k} = H[${k}];`).join(" ");
  // around a helper call: the arguments go out, r0-r5 come back; r6-r10 go out only for a tail call
  const storeArgRegs = regs.filter((k) => k >= 1 && k <= 5).map((k) => `L[${k}] = l${k}; H[${k}] = h${k};`).join(" ");
  const reloadCallRegs = regs.filter((k) => k <= 5).map((k) => `l${k} = L[${k}]; h${k} = H[${k}];`).join(" ");
  const storeKeptRegs = regs.filter((k) => k >= 6).map((k) => `L[${k}] = l${k}; H[${k}] = h${k};`).join(" ");
  const { start, after, blocks, forwardOnly } = findBlocks(c);

  /** The code of one block's instructions; `go` says how jumps leave it. */
  const body = (b: Block, go: Goto): string[] => {
    const out: string[] = [];
    for (const k of b.members) {
      const op = c.op[k];
      if (op === 0x85 && c.src[k] === 0) {
        // helpers see exact time: count up to here first; the rest of the block is counted at its end.
        // A helper reads r1-r5 and changes r0-r5 alone, so only those cross; a fault stores every
        // register (onFault), and so does a tail call, whose program starts from the arrays. A
        // helper that runs a callback (its frame starts from the arrays) gets them all
        const whole = CALLS_BACK.has(c.imm[k]);
        out.push(`${whole ? storeRegs : storeArgRegs} m.pc = ${k}; m.executed += n - ${after[k]} - flushed; flushed = n - ${after[k]}; callHelper(m, ${c.imm[k]}, ${k}); ${whole ? reloadRegs : reloadCallRegs}`);
        out.push(`if (m.pendingTail !== undefined) { ${whole ? "" : storeKeptRegs} return ${JIT_TAIL}; }`);
      } else if (op === 0x85) {
        out.push(`${storeRegs} m.pc = ${k}; callLocal(m, ${k}, ${k + c.imm[k] + 1}); ${reloadRegs} pc = ${k + c.imm[k] + 1}; continue L;`);
      } else if (op === 0x95) {
        // the straight function runs in the entry frame only (no bpf-to-bpf calls): exit ends the run
        out.push(go === straight ? `${storeRegs} m.pc = ${k}; m.executed += n - flushed; return ${JIT_EXIT};` : `${storeRegs} if (m.frames.length === 1) { m.pc = ${k}; m.executed += n - flushed; return ${JIT_EXIT}; } pc = returnLocal(m); ${reloadRegs} continue L;`);
      } else out.push(emit(c, k, go, stack));
    }
    return out;
  };

  const cases: string[] = [];
  for (const b of blocks) {
    if (typeof b === "number") {
      cases.push(`case ${b}: pc = ${b}; break L;`);
      continue;
    }
    const len = b.members.length;
    // fall-through from the previous block leaves `pc` behind: set it before leaving
    const code = [`case ${b.start}: if (n + ${len} > budget) { pc = ${b.start}; break L; } n += ${len};`, ...body(b, dispatch)];
    const lastK = b.members[len - 1];
    const last = c.op[lastK];
    const ends = last === 0x05 || last === 0x06 || last === 0x95 || (last === 0x85 && c.src[lastK] === 1);
    if (!ends) code.push(b.end < n && start[b.end] ? "" : `pc = ${b.end}; continue L;`);
    cases.push(code.join("\n"));
  }
  const epilogue = `${storeRegs}
  m.pc = pc;
  m.executed += n - flushed;
  return ${JIT_STOPPED};`;
  const memory = c.op.some((op) => (op & 7) === 1 || (op & 7) === 2 || (op & 7) === 3);
  const prologue = `${loadRegs}
  // the memory's regions, and what sends an access through the machine's checked path
  const R = m.mem.regions, SA = m.strictAlign, W = m.mem.onWrite !== undefined;${memory ? hotRegions : ""}${memory && stack ? hotStack : ""}
  // n counts whole blocks as they are entered; flushed is the part already added to m.executed
  let pc = m.pc, n = 0, flushed = 0;`;
  const onFault = `catch (e) {
    ${storeRegs}
    if (e && e.fault) { m.pc = e.fault.pc; m.executed += n - AFTER[e.fault.pc] - flushed; }
    throw e;
  }`;
  const anySrc = `
return function jitted(m, L, H, budget) {
  ${prologue}
  try {
    L: for (;;) {
      switch (pc) {
${cases.join("\n")}
        default: break L;
      }
    }
  } ${onFault}
  ${epilogue}
};`;
  const names = Object.keys(helpers);
  const make = (src: string) => (new Function(...names, "AFTER", src) as (...a: unknown[]) => Compiled)(...names.map((k) => helpers[k]), after);
  let entrySrc: string | undefined;
  if (forwardOnly) {
    // every jump target opens a labelled block at the top that closes just before it: the
    // blocks nest (the farthest target outermost), and a jump from anywhere before its target
    // breaks out to it
    const targets = jumpTargets(c, blocks as Block[]);
    const starts = new Set((blocks as Block[]).map((b) => b.start));
    if ([...targets].some((t) => !starts.has(t))) return { any: make(anySrc), length: n }; // into an ld_imm64: the interpreter faults
    const open = [...targets].sort((a, b) => b - a).map((t) => `B${t}: {`);
    const code: string[] = [open.join(" ")];
    for (const b of blocks as Block[]) {
      if (targets.has(b.start)) code.push(`} // B${b.start}`);
      code.push(`n += ${b.members.length};`, ...body(b, straight));
    }
    // falling off the end: the interpreter at pc n says so
    code.push(`pc = ${n};`);
    entrySrc = `
return function jittedEntry(m, L, H, budget) {
  ${prologue}
  try {
${code.join("\n")}
  } ${onFault}
  ${epilogue}
};`;
  }
  return { any: make(anySrc), entry: entrySrc === undefined ? undefined : make(entrySrc), length: n };
}
