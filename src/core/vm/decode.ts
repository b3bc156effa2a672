// The decoded program the interpreter and the compiler read: one entry per slot in typed arrays,
// made once per instruction list and shared by every machine that runs it.

import { decodeAt } from "../isa/index.ts";
import type { Insn } from "../isa/index.ts";

export interface Code {
  readonly op: Uint8Array;
  readonly dst: Uint8Array;
  readonly src: Uint8Array;
  readonly off: Int16Array;
  readonly imm: Int32Array;
  /** Upper 32 bits of ld_imm64 constants, at the first slot. */
  readonly imm2: Int32Array;
  /** Why a slot is not an instruction (the slot's op is set to 0x00, which faults). */
  readonly invalid: (string | undefined)[];
}

const decoded = new WeakMap<readonly Insn[], Code>();

/** Pre-decodes a program once; the result is immutable and shared by every machine that runs it. */
export function predecode(insns: readonly Insn[]): Code {
  let c = decoded.get(insns);
  if (!c) {
    c = decodeProgram(insns);
    decoded.set(insns, c);
  }
  return c;
}

function decodeProgram(insns: readonly Insn[]): Code {
  const n = insns.length;
  const c: Code = { op: new Uint8Array(n), dst: new Uint8Array(n), src: new Uint8Array(n), off: new Int16Array(n), imm: new Int32Array(n), imm2: new Int32Array(n), invalid: new Array(n) };
  for (let pc = 0; pc < n; ) {
    const d = decodeAt(insns, pc);
    const i = insns[pc];
    if (!d.valid) {
      c.invalid[pc] = d.reason;
      pc++;
      continue;
    }
    c.op[pc] = i.code;
    c.dst[pc] = i.dst;
    c.src[pc] = i.src;
    c.off[pc] = i.off;
    c.imm[pc] = i.imm;
    if (d.slots === 2) {
      c.imm2[pc] = insns[pc + 1].imm;
      c.invalid[pc + 1] = "jump into the middle of an ld_imm64 instruction";
    }
    pc += d.slots;
  }
  return c;
}
