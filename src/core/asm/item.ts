// What a dialect's line parser hands to the linker: an instruction form with its operands,
// and at most one reference that the linker resolves once every label is known.

import type { Operands } from "../isa/index.ts";

export type Ref =
  /** A label whose slot-relative distance goes into `field` (jumps: off; gotol, calls, func: imm). */
  | { readonly kind: "label"; readonly field: "off" | "imm"; readonly name: string; readonly col: number; readonly end: number }
  /** A map by name or by index, whose index goes into imm. */
  | { readonly kind: "map"; readonly name: string | number; readonly col: number; readonly end: number };

export interface InsnItem {
  readonly form: string;
  readonly ops: Operands;
  readonly ref?: Ref;
  /** A non-fatal note about the instruction, e.g. a sign-extended immediate. */
  readonly warning?: { readonly code: string; readonly message: string };
  /** Raw slots from `.insn`, bypassing the table. */
  readonly raw?: { readonly code: number; readonly dst: number; readonly src: number; readonly off: number; readonly imm: number };
}

export interface Label {
  readonly name: string;
  readonly col: number;
  readonly end: number;
}
