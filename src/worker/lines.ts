// Source lines of instructions in the edited file, shared by the build, the verifier's reply
// and the debugger's states.

import type { Program } from "../core/program.ts";

/**
 * Program.lines for the edited file: the line of each slot where the line table says it comes
 * from that file, 0 where it comes from a header (an inlined helper of bpf_endian.h, say).
 */
export function mainLines(program: Program, file: string): number[] {
  const table = program.lineTable;
  if (!table) return [...program.lines];
  return program.insns.map((_, pc) => {
    const e = table[pc];
    return e && e.file === file ? e.line : 0;
  });
}

/**
 * The edited file's line an instruction came from. An instruction from a header (a helper
 * inlined from bpf_endian.h) has none of its own: the nearest instruction before it that has
 * one names the C line that led there, so a rejection always lands on a line of the program.
 */
export function sourceLineOf(program: Pick<Program, "lines">, pc: number): number {
  for (let k = Math.min(pc, program.lines.length - 1); k >= 0; k--) if (program.lines[k]) return program.lines[k];
  return 0;
}
