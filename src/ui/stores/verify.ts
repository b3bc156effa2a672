// What the verifier made of the document: the newest verdict (replaced whole by each reply),
// whether a newer one is on its way, and the instruction whose states the Verifier pane
// shows (the editor cursor's line follows it, and a click in the bytecode or the graph).

import { create } from "zustand";
import type { CfgBlock, VerdictView, Verified } from "../../protocol/index.ts";

export type VerifyStatus = "idle" | "verifying" | "ready" | "skipped" | "failed";

interface VerifyState {
  readonly status: VerifyStatus;
  /** The newest verdict; while `verifying` it describes an older text. */
  readonly verdict?: VerdictView;
  /** Why there is no verdict (the text does not assemble). */
  readonly skipped?: string;
  /** The verifier's worker failed (a bug, not the program's fault). */
  readonly failure?: string;
  /** The instruction the Verifier pane shows the states of. */
  readonly selectedPc?: number;
  /** The text changed: a new verdict is coming. */
  pending(): void;
  /** A reply, and the editor's cursor line to select an instruction from (a rejection selects its own). */
  verified(reply: Verified, cursorLine: number): void;
  failed(message: string): void;
  /** There is nothing to verify (the text has errors, or no program): why. */
  skip(reason: string): void;
  selectPc(pc: number | undefined): void;
  /** The cursor moved to `line`: select its first instruction, unless one of its instructions is already selected (see follow). */
  followCursor(line: number): void;
}

/** Instruction starts (an ld_imm64's second slot is none), ascending. */
export function insnStarts(v: Pick<VerdictView, "cfg">): number[] {
  return v.cfg.blocks.flatMap((b) => b.insns);
}

/** The instructions assembled from a source line. */
export function pcsOnLine(v: Pick<VerdictView, "cfg" | "lines">, line: number): number[] {
  return line > 0 ? insnStarts(v).filter((pc) => v.lines[pc] === line) : [];
}

/** The source lines a block's instructions come from, first to last. */
export function blockLines(v: Pick<VerdictView, "lines">, b: Pick<CfgBlock, "insns">): { from: number; to: number } | undefined {
  const lines = b.insns.map((pc) => v.lines[pc]).filter((l) => l > 0);
  return lines.length ? { from: Math.min(...lines), to: Math.max(...lines) } : undefined;
}

/** Why the verifier has no state for an instruction. */
export function notReached(v: Pick<VerdictView, "accepted" | "problems">): string {
  const p = v.problems[0];
  return v.accepted || !p
    ? "never reached: no path the verifier explored leads here (a branch it proved is never taken)"
    : `not reached: the verifier stopped at the error at insn ${p.pc} before exploring a path here`;
}

/**
 * The instruction to show for a cursor on `line`: the selected one if it is on that line,
 * else the line's first; on a line without instructions the selection stays (the first
 * instruction when there is none yet).
 */
export function follow(v: VerdictView | undefined, selected: number | undefined, line: number): number | undefined {
  if (!v) return undefined;
  const valid = selected !== undefined && v.cfg.blockOf[selected] >= 0 && v.cfg.blocks[v.cfg.blockOf[selected]]?.insns.includes(selected);
  if (valid && v.lines[selected] === line) return selected;
  return pcsOnLine(v, line)[0] ?? (valid ? selected : insnStarts(v)[0]);
}

/** The instruction a rejection is at, when it is one the pane can show (a slot of the program). */
export function errorPc(v: Pick<VerdictView, "accepted" | "problems" | "states"> | undefined): number | undefined {
  const p = v && !v.accepted ? v.problems[0] : undefined;
  return p && p.pc >= 0 && p.pc < v!.states.length ? p.pc : undefined;
}

export const useVerify = create<VerifyState>()((set, get) => ({
  status: "idle",
  pending: () => set({ status: "verifying" }),
  verified: (r, cursorLine) =>
    set({
      status: r.verdict ? "ready" : "skipped",
      verdict: r.verdict,
      skipped: r.skipped,
      failure: undefined,
      // a rejection opens at its instruction; otherwise the selection follows the cursor
      selectedPc: errorPc(r.verdict) ?? follow(r.verdict, get().selectedPc, cursorLine),
    }),
  failed: (failure) => set({ status: "failed", failure, verdict: undefined }),
  skip: (skipped) => set({ status: "skipped", skipped, verdict: undefined, selectedPc: undefined, failure: undefined }),
  selectPc: (selectedPc) => set({ selectedPc }),
  followCursor: (line) => {
    const s = get();
    const pc = follow(s.verdict, s.selectedPc, line);
    if (pc !== s.selectedPc) set({ selectedPc: pc });
  },
}));
