// A kernel's log set beside bpfplay's verdict on the same program: do they agree on the verdict,
// on the instruction the rejection is at, and where do their states first part. States are
// compared as the kernel printed them: for each state the log shows before an instruction, in the
// log's order, the registers and stack slots it names must print the same in one of the states
// bpfplay kept at that instruction (bpfplay keeps a few per instruction, one per path). Given the
// walk (walk.ts), the registers and slots printed after an instruction (`; R1=...`, what it
// changed) are compared too, against bpfplay's states before the next instruction the walk took.

import type { FrameView } from "../view.ts";
import { regViewText, slotViewText } from "../view.ts";
import type { KernelLog } from "./parse.ts";
import type { LogWalk } from "./walk.ts";

export interface Ours {
  readonly accepted: boolean;
  readonly errorPc?: number;
  readonly message?: string;
  /** By slot: the states bpfplay kept before the instruction. */
  readonly states: readonly (readonly FrameView[])[];
}

export interface StateDifference {
  readonly pc: number;
  /** Line of the log state compared (1-based among its states), for the user to find it. */
  readonly index: number;
  /** Name, the kernel's value, bpfplay's (absent when bpfplay has it not). */
  readonly values: readonly { readonly name: string; readonly kernel: string; readonly ours?: string }[];
  /** bpfplay kept no state at this instruction. */
  readonly unreached?: boolean;
}

export interface LogComparison {
  readonly kernel: { readonly accepted: boolean; readonly errorPc?: number; readonly message?: string };
  readonly ours: { readonly accepted: boolean; readonly errorPc?: number; readonly message?: string };
  readonly sameVerdict: boolean;
  /** Both rejected at the same instruction (true when both accepted). */
  readonly sameErrorPc: boolean;
  readonly sameMessage: boolean;
  /** Log states compared, and how many matched one of bpfplay's. */
  readonly compared: number;
  readonly matched: number;
  /** The first log state bpfplay has no equal of, in the log's order. */
  readonly firstDifference?: StateDifference;
}

/** A log with no error and a statistics line was accepted; one with an error was not. */
export const logAccepted = (log: KernelLog): boolean => !log.error && log.processed !== undefined;

function printed(f: FrameView): Map<string, string> {
  const out = new Map<string, string>();
  for (const { no, reg } of f.regs) out.set(`R${no}`, regViewText(reg));
  for (const s of f.slots) out.set(`fp${s.off}`, slotViewText(s));
  return out;
}

/** A state of the log to compare: its values, and which of them the log printed (all, when absent). */
interface Compared {
  readonly pc: number;
  readonly frame: number;
  readonly values: Readonly<Record<string, string>>;
  readonly names?: readonly string[];
}

/** What the kernel printed that this frame does not print the same. */
function differences(s: Compared, f: FrameView): { name: string; kernel: string; ours?: string }[] {
  const ours = printed(f);
  const out: { name: string; kernel: string; ours?: string }[] = [];
  for (const [name, kernel] of Object.entries(s.values)) {
    if (name === "refs" || (s.names && !s.names.includes(name))) continue;
    const o = ours.get(name);
    if (o !== kernel.replace(/^fp\[\d+\]/, "fp")) out.push(o === undefined ? { name, kernel } : { name, kernel, ours: o });
  }
  return out;
}

export function compareWithLog(log: KernelLog, ours: Ours, walk?: LogWalk): LogComparison {
  const kernel = { accepted: logAccepted(log), ...(log.error?.pc !== undefined ? { errorPc: log.error.pc } : {}), ...(log.error ? { message: log.error.message } : {}) };
  const mine = { accepted: ours.accepted, ...(ours.errorPc !== undefined ? { errorPc: ours.errorPc } : {}), ...(ours.message !== undefined ? { message: ours.message } : {}) };
  let compared = 0, matched = 0;
  let first: StateDifference | undefined;
  // the walk's states: whole ones, and after each instruction what it printed; else the log's whole states
  const states: Compared[] = walk
    ? walk.before.flatMap((s) => (!s.derived ? [s] : s.printed?.length ? [{ ...s, names: s.printed }] : []))
    : log.states.filter((s) => !s.after);
  states.forEach((s, index) => {
    compared++;
    const frames = (ours.states[s.pc] ?? []).filter((f) => f.frame === s.frame);
    const diffs = frames.map((f) => differences(s, f));
    if (diffs.some((d) => d.length === 0)) return void matched++;
    if (first) return;
    // the closest of bpfplay's states: the one with the fewest differences
    const best = diffs.sort((a, b) => a.length - b.length)[0];
    const shown = Object.entries(s.values).filter(([n]) => n !== "refs" && (!s.names || s.names.includes(n)));
    first = best ? { pc: s.pc, index: index + 1, values: best } : { pc: s.pc, index: index + 1, values: shown.map(([name, kernel]) => ({ name, kernel })), unreached: true };
  });
  return {
    kernel,
    ours: mine,
    sameVerdict: kernel.accepted === mine.accepted,
    sameErrorPc: kernel.accepted === mine.accepted && kernel.errorPc === mine.errorPc,
    sameMessage: (kernel.message ?? "") === (mine.message ?? ""),
    compared,
    matched,
    ...(first ? { firstDifference: first } : {}),
  };
}
