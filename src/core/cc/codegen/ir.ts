// The code generator's IR: BPF instructions over virtual registers, in basic blocks.
//
// Registers 0..10 are the machine's r0..r10 (fixed: call arguments, results, the frame pointer);
// numbers from FIRST_VREG up are virtual and get a machine register (or a stack slot) from regalloc.
// ALU instructions are two-address as BPF's are (`d op= s`), so the allocator's only job for a
// copy is to give both sides the same register, which deletes the `mov`.

import type { AluName, AtomicName, JccName } from "../../isa/builder.ts";
import type { Loc } from "../ast.ts";
import type { FuncSym } from "../ast.ts";

export type VReg = number;
export const R0 = 0;
export const R10 = 10;
export const FIRST_VREG = 16;
export const isVirtual = (r: VReg): boolean => r >= FIRST_VREG;

/** A map of the object; its index is fixed when every map is known (string literals add to .rodata late). */
export interface MapSlot {
  index: number;
  readonly name: string;
}

export type Op =
  | { readonly k: "mov"; readonly w: 32 | 64; readonly d: VReg; readonly s?: VReg; readonly imm?: number }
  /** d op= s|imm */
  | { readonly k: "alu"; readonly w: 32 | 64; readonly op: AluName; readonly d: VReg; readonly s?: VReg; readonly imm?: number }
  | { readonly k: "neg"; readonly w: 32 | 64; readonly d: VReg }
  | { readonly k: "movsx"; readonly w: 32 | 64; readonly d: VReg; readonly s: VReg; readonly bits: 8 | 16 | 32 }
  | { readonly k: "end"; readonly kind: "be" | "le" | "bswap"; readonly bits: 16 | 32 | 64; readonly d: VReg }
  | { readonly k: "ldx"; readonly d: VReg; readonly base: VReg; readonly off: number; readonly size: 1 | 2 | 4 | 8; readonly sx: boolean }
  | { readonly k: "stx"; readonly base: VReg; readonly off: number; readonly s: VReg; readonly size: 1 | 2 | 4 | 8 }
  | { readonly k: "st"; readonly base: VReg; readonly off: number; readonly imm: number; readonly size: 1 | 2 | 4 | 8 }
  | { readonly k: "ld64"; readonly d: VReg; readonly value: bigint }
  | { readonly k: "ldmap"; readonly d: VReg; readonly map: MapSlot; readonly value: boolean; readonly off: number; readonly symbol: string }
  | { readonly k: "ldfunc"; readonly d: VReg; readonly func: FuncSym }
  /** Legacy packet load (LD_ABS / LD_IND): the skb in r6, the result in r0, r1-r5 clobbered. */
  | { readonly k: "ldabs"; readonly size: 1 | 2 | 4; readonly s?: VReg; readonly imm: number }
  /** Arguments in r1..r(nargs), result in r0; r0-r5 are clobbered. */
  | { readonly k: "call"; readonly helper?: number; readonly func?: FuncSym; readonly nargs: number }
  /** lock op: fetch forms and xchg write the old value to s; cmpxchg compares with r0 and writes r0. */
  | { readonly k: "atomic"; readonly op: AtomicName; readonly w: 32 | 64; readonly base: VReg; readonly off: number; readonly s: VReg };

export interface Insn {
  op: Op;
  readonly loc?: Loc;
  /** The first instruction of a C statement. */
  stmt?: boolean;
}

export type Term =
  | { k: "br"; t: Block }
  | { k: "cbr"; cc: JccName; w: 32 | 64; a: VReg; b?: VReg; imm?: number; t: Block; f: Block }
  | { k: "exit" };

export interface Block {
  readonly id: number;
  /** Only ever entered by one conditional jump's edge (an if arm, an && operand): facts from the jump hold in it. */
  readonly arm?: boolean;
  insns: Insn[];
  term?: Term;
  termLoc?: Loc;
  /** The terminator is the first instruction of a statement. */
  termStmt?: boolean;
  /** A statement start removed as dead code at the block's end: the next code of its line starts it. */
  lostStmt?: Loc;
}

export interface IrFunc {
  readonly name: string;
  readonly sym: FuncSym;
  blocks: Block[];
  nextVreg: number;
  /** Bytes of frame used by locals (positive), before spill slots. */
  frameSize: number;
  /** Where each C variable lives: a virtual register, or a frame offset. */
  readonly vars: VarHome[];
  /** "file:line" of every statement start flagged while lowering (emit.ts keeps one per line). */
  stmtLines?: Set<string>;
}

export interface VarHome {
  readonly name: string;
  readonly type: import("../types.ts").CType;
  /**
   * A register (plus `add`: an inlined pointer parameter given `&local` is r10 + off), a stack slot,
   * or a constant (an inlined parameter given one: it has no storage of its own).
   */
  readonly where: { readonly vreg: VReg; readonly add?: number } | { readonly fpOffset: number } | { readonly imm: bigint };
  /** Parameters: the register (r1-r5) it arrives in. */
  readonly argReg?: number;
  /** Only over these instructions (an inlined body, for a parameter bound to the argument's value). */
  readonly scope?: readonly Insn[];
}

const W_ONLY: ReadonlySet<string> = new Set(["mov", "ld64", "ldmap", "ldfunc", "movsx", "ldx"]);

/** Registers an instruction reads. */
export function uses(o: Op): VReg[] {
  switch (o.k) {
    case "mov":
      return o.s !== undefined ? [o.s] : [];
    case "alu":
      return o.s !== undefined ? [o.d, o.s] : [o.d];
    case "neg":
    case "end":
      return [o.d];
    case "movsx":
      return [o.s];
    case "ldx":
      return [o.base];
    case "stx":
      return [o.base, o.s];
    case "st":
      return [o.base];
    case "ld64":
    case "ldmap":
    case "ldfunc":
      return [];
    case "call":
      return [1, 2, 3, 4, 5].slice(0, o.nargs);
    case "ldabs":
      return o.s !== undefined ? [6, o.s] : [6];
    case "atomic":
      return o.op === "cmpxchg" ? [o.base, o.s, R0] : [o.base, o.s];
  }
}

/** Registers an instruction writes (calls: r0 only; the clobbers of r1-r5 are separate). */
export function defs(o: Op): VReg[] {
  switch (o.k) {
    case "stx":
    case "st":
      return [];
    case "call":
    case "ldabs":
      return [R0];
    case "atomic":
      if (o.op === "cmpxchg") return [R0];
      return o.op.startsWith("fetch_") || o.op === "xchg" ? [o.s] : [];
    default:
      return [o.d];
  }
}

/** Whether removing the instruction when its result is unused changes nothing. */
export const isPure = (o: Op): boolean => W_ONLY.has(o.k) || o.k === "alu" || o.k === "neg" || o.k === "end";

export function termUses(t: Term | undefined): VReg[] {
  if (!t) return [];
  if (t.k === "exit") return [R0];
  if (t.k === "cbr") return t.b !== undefined ? [t.a, t.b] : [t.a];
  return [];
}

export function successors(b: Block): Block[] {
  const t = b.term;
  if (!t || t.k === "exit") return [];
  if (t.k === "br") return [t.t];
  return t.t === t.f ? [t.t] : [t.t, t.f];
}

/** Rewrites every register of an instruction through `f`. */
export function mapRegs(o: Op, f: (r: VReg, isDef: boolean) => VReg): Op {
  const u = (r: VReg) => f(r, false);
  switch (o.k) {
    case "mov":
      return { ...o, d: f(o.d, true), s: o.s === undefined ? undefined : u(o.s) };
    case "alu":
      return { ...o, d: f(o.d, true), s: o.s === undefined ? undefined : u(o.s) };
    case "neg":
    case "end":
      return { ...o, d: f(o.d, true) };
    case "movsx":
      return { ...o, d: f(o.d, true), s: u(o.s) };
    case "ldx":
      return { ...o, d: f(o.d, true), base: u(o.base) };
    case "stx":
      return { ...o, base: u(o.base), s: u(o.s) };
    case "st":
      return { ...o, base: u(o.base) };
    case "ld64":
    case "ldmap":
    case "ldfunc":
      return { ...o, d: f(o.d, true) };
    case "call":
      return o;
    case "ldabs":
      return o.s === undefined ? o : { ...o, s: u(o.s) };
    case "atomic":
      return { ...o, base: u(o.base), s: defs(o).includes(o.s) ? f(o.s, true) : u(o.s) };
  }
}

export function mapTermRegs(t: Term, f: (r: VReg) => VReg): Term {
  if (t.k !== "cbr") return t;
  return { ...t, a: f(t.a), b: t.b === undefined ? undefined : f(t.b) };
}

export const INVERSE: Readonly<Record<JccName, JccName | undefined>> = {
  jeq: "jne",
  jne: "jeq",
  jgt: "jle",
  jle: "jgt",
  jge: "jlt",
  jlt: "jge",
  jsgt: "jsle",
  jsle: "jsgt",
  jsge: "jslt",
  jslt: "jsge",
  jset: undefined,
};

/** The condition with its operands swapped: a < b is b > a. */
export const SWAPPED: Readonly<Record<JccName, JccName>> = {
  jeq: "jeq",
  jne: "jne",
  jgt: "jlt",
  jlt: "jgt",
  jge: "jle",
  jle: "jge",
  jsgt: "jslt",
  jslt: "jsgt",
  jsge: "jsle",
  jsle: "jsge",
  jset: "jset",
};
