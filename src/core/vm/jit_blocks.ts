// Where the compiler's basic blocks are (jit.ts): which instructions it compiles, where a block
// must start, the blocks in order, and whether the program only jumps forward (then it also gets
// the straight function); and which registers live in locals (namedRegs).

import { rawSuccessors } from "../cfg/flow.ts";
import type { Code } from "./decode.ts";

/**
 * The registers the program names: only these live in locals. Another register keeps its value
 * in the machine's arrays, which only helpers and the interpreter change, and they change the
 * arrays; so copying it in and out would be work for nothing (11 pairs per run).
 */
export function namedRegs(c: Code): number[] {
  const used = new Set<number>([0]);
  for (let pc = 0; pc < c.op.length; pc++) {
    used.add(c.dst[pc]);
    used.add(c.src[pc]);
  }
  return [...used].filter((k) => k <= 10).sort((a, b) => a - b);
}

/** Slots where a block must start: entry, jump targets, after jumps/calls, around bails. */
function blockStarts(c: Code, supported: boolean[]): boolean[] {
  const n = c.op.length;
  const start = new Array<boolean>(n + 1).fill(false);
  start[0] = true;
  for (let pc = 0; pc < n; pc++) {
    const op = c.op[pc];
    if (!supported[pc]) {
      start[pc] = true;
      if (pc + 1 <= n) start[pc + 1] = true;
      continue;
    }
    const cls = op & 7;
    const slots = op === 0x18 ? 2 : 1;
    for (const s of rawSuccessors({ code: op, src: c.src[pc], off: c.off[pc], imm: c.imm[pc] }, pc, slots)) {
      if (s.kind !== "fallthrough" && s.to >= 0 && s.to < n) start[s.to] = true;
    }
    // every jump, call and exit ends its block; so does an ld_imm64
    if (cls === 5 || cls === 6) start[pc + 1] = true;
    if (op === 0x18) start[pc + 2] = true;
  }
  return start;
}

function supportedAt(c: Code, pc: number): boolean {
  const op = c.op[pc];
  if (c.invalid[pc] !== undefined) return false;
  if (op === 0x18) return c.src[pc] <= 6;
  if (op === 0x85) return c.src[pc] === 0 || c.src[pc] === 1;
  if (op === 0xbf) return c.off[pc] !== 1; // addr_space_cast faults in the interpreter
  const cls = op & 7;
  if (cls === 0 || op === 0x8d) return false; // legacy packet loads, callx
  if (cls === 3 && (op & 0xe0) === 0xc0) return op === 0xc3 || op === 0xdb || op === 0xcb || op === 0xd3; // atomics of 4, 8 (and 1, 2) bytes
  return op !== 0;
}

export interface Block {
  readonly start: number;
  /** Instruction slots of the block (an ld_imm64 is one). */
  readonly members: readonly number[];
  /** The slot after the block. */
  readonly end: number;
}

/** A program cut into blocks. */
export interface Blocks {
  /** start[pc]: a block starts at pc (blockStarts). */
  readonly start: boolean[];
  /** after[pc]: instructions of pc's block that come after pc (for exact counts on a fault). */
  readonly after: Int32Array;
  /** The blocks in order; a bail (a number) is a slot left to the interpreter. */
  readonly blocks: (Block | number)[];
  /** No backward jump, no bpf-to-bpf call, nothing left to the interpreter. */
  readonly forwardOnly: boolean;
}

export function findBlocks(c: Code): Blocks {
  const n = c.op.length;
  const supported = Array.from({ length: n }, (_, pc) => supportedAt(c, pc));
  const start = blockStarts(c, supported);
  const after = new Int32Array(n + 1);
  const blocks: (Block | number)[] = [];
  let forwardOnly = true;
  for (let pc = 0; pc < n; ) {
    if (!supported[pc]) {
      blocks.push(pc++);
      continue;
    }
    let end = pc;
    const members: number[] = [];
    do {
      members.push(end);
      end += c.op[end] === 0x18 ? 2 : 1;
    } while (end < n && !start[end]);
    members.forEach((k, i) => (after[k] = members.length - i - 1));
    for (const k of members) {
      const op = c.op[k];
      if (op === 0x85 && c.src[k] === 1) forwardOnly = false;
      if ((op & 7) === 5 || (op & 7) === 6) {
        for (const s of rawSuccessors({ code: op, src: c.src[k], off: c.off[k], imm: c.imm[k] }, k, 1)) if (s.to <= k || s.to >= n) forwardOnly = false;
      }
    }
    blocks.push({ start: pc, members, end });
    pc = end;
  }
  if (blocks.some((b) => typeof b === "number")) forwardOnly = false;
  return { start, after, blocks, forwardOnly };
}

/** Where the jumps of a forward-only program go (the straight function's labelled blocks). */
export function jumpTargets(c: Code, blocks: readonly Block[]): Set<number> {
  const targets = new Set<number>();
  for (const b of blocks) {
    for (const k of b.members) {
      const op = c.op[k];
      if (((op & 7) === 5 || (op & 7) === 6) && op !== 0x85 && op !== 0x95 && op !== 0xe5) {
        for (const s of rawSuccessors({ code: op, src: c.src[k], off: c.off[k], imm: c.imm[k] }, k, 1)) if (s.kind !== "fallthrough") targets.add(s.to);
      }
    }
  }
  return targets;
}
