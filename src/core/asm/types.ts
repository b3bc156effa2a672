import type { Diagnostic } from "../diag.ts";
import type { MapDef, Program, Symbol } from "../program.ts";

/** "llvm": what llvm-objdump prints and llvm-mc accepts. "ubpf": the uBPF / bpf_conformance syntax. */
export type Dialect = "llvm" | "ubpf";

export interface AssembleOptions {
  readonly dialect?: Dialect;
  /** Maps declared outside the text (the CLI's --map); the text's own `.map` lines come after these. */
  readonly maps?: readonly MapDef[];
  /** The document's name, for the line table (Program.lineTable); default "prog.s". */
  readonly file?: string;
}

export interface AssembleResult {
  /** Always present: lines with errors are left out, the rest is assembled. */
  readonly program: Program;
  /** Every problem found, in line order, not only the first. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface DisassembleOptions {
  readonly dialect?: Dialect;
  /** Names for map references (ld_imm64 src 1/2 imm = index into this list). */
  readonly maps?: readonly MapDef[];
  /**
   * Labels and function names by slot: with them each line also gets its `symbolic` form,
   * with helper names and jump targets (what a reader wants; `text` stays the canonical form).
   */
  readonly symbols?: readonly Symbol[];
}

/** One instruction of a listing. */
export interface ListingLine {
  /** Index of the first slot. */
  readonly pc: number;
  readonly slots: 1 | 2;
  /** Raw bytes, hex pairs separated by spaces, 8 or 16 bytes. */
  readonly bytes: string;
  /** Canonical text in the chosen dialect. */
  readonly text: string;
  /**
   * The same instruction for reading, where it differs: `call bpf_map_lookup_elem#1` for
   * `call 1`, `goto loop` or `goto → 8` for `goto +5`, `call sub` for a bpf-to-bpf call.
   * Only when the disassembler was given the program's symbols.
   */
  readonly symbolic?: string;
  /** Instruction form id from the instruction table, absent for invalid bytes. */
  readonly form?: string;
  /** Why the bytes are not a valid instruction. */
  readonly invalid?: string;
}
