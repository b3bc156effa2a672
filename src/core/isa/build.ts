// A builder for instructions by form id: the assembler, tests and (later) the C code
// generator all go through it, so the table decides every opcode and discriminator.

import { insn, splitImm64 } from "./insn.ts";
import type { Insn } from "./insn.ts";
import { opById } from "./table.ts";

export interface Operands {
  readonly dst?: number;
  readonly src?: number;
  readonly off?: number;
  readonly imm?: number;
  /** For ld_imm64: the full 64-bit value, split over both slots. */
  readonly imm64?: bigint;
}

/** Builds the slots of one instruction: one, or two for ld_imm64. */
export function build(formId: string, o: Operands = {}): Insn[] {
  const s = opById(formId);
  const src = s.match.src ?? o.src ?? 0;
  const off = s.match.off ?? o.off ?? 0;
  if (s.slots === 2) {
    const { lo, hi } = o.imm64 !== undefined ? splitImm64(o.imm64) : { lo: o.imm ?? 0, hi: 0 };
    return [insn(s.code, o.dst ?? 0, src, off, lo), insn(0, 0, 0, 0, hi)];
  }
  return [insn(s.code, o.dst ?? 0, src, off, s.match.imm ?? o.imm ?? 0)];
}
