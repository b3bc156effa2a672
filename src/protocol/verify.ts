// The verifier's messages. Verifying can take seconds (a loop explored a million times), so
// it runs in a worker of its own that the UI stops and starts again when a newer text
// supersedes the one being verified; the engine worker stays free for the debugger.
// The reply is the verdict made serialisable (arrays for the core's maps and sets), the
// control-flow graph with each block's text and size; its layout comes separately (layout.ts).

import type { Dialect } from "../core/asm/types.ts";
import type { EdgeKind } from "../core/cfg/index.ts";
import type { Program } from "../core/program.ts";
import type { FrameView } from "../core/verifier/view.ts";
import type { LogComparison } from "../core/verifier/klog/compare.ts";
import type { PROTOCOL_VERSION } from "./version.ts";

export type { EdgeKind };

export interface VerifyRequest {
  readonly type: "verify";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  /** The program the engine built (the same one the debugger runs). */
  readonly program: Program;
  /** The dialect block text is printed in. */
  readonly dialect: Dialect;
  /** Kernel name (`xdp`, `sched_cls`, ...) or libbpf section name, as the debugger gets it. */
  readonly progType: string;
  /** A kernel verifier log: with `logOnly`, the verdict is the log's (a log document); otherwise it is compared with bpfplay's. */
  readonly kernelLog?: string;
  readonly logOnly?: boolean;
}

/** A rejection: the instruction, its source line, the kernel's words and a stable code. */
export interface VerifierProblem {
  readonly pc: number;
  /** Source line (1-based) of the instruction; 0 where there is none. */
  readonly line: number;
  readonly message: string;
  /** The registry code (core/verifier/codes.ts): explanations key on it and its parameters. */
  readonly code: string;
  /** What the message was rendered from: which register, offset, type. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * How a block is drawn, shared by the layout (which sizes the boxes) and the drawing: a
 * header line, then one line of 11 px monospace text per instruction.
 */
export const CFG_METRICS = {
  fontSize: 11,
  /** Advance of one character of the monospace font at fontSize, rounded up. */
  charWidth: 6.8,
  lineHeight: 15,
  headerHeight: 20,
  padX: 10,
  padY: 6,
  minWidth: 120,
} as const;

export interface CfgBlock {
  readonly id: number;
  /** The label the block starts at, if the source named it. */
  readonly label?: string;
  readonly start: number;
  readonly last: number;
  /** Instruction starts in the block. */
  readonly insns: readonly number[];
  /** The function (its first slot) the block belongs to. */
  readonly func: number;
  /** The text drawn in the block: one line per instruction, long blocks elided in the middle. */
  readonly text: readonly string[];
  /** The instruction of each text line; -1 for the line that stands for the elided ones. */
  readonly textPcs: readonly number[];
  /** Layout: the block's centre and size, in graph units (CSS pixels at 100%); the verdict sends x and y as 0 (layout.ts places them). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CfgEdge {
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeKind;
  /** The edge closes a loop. */
  readonly back: boolean;
  /** `fallthrough` out of a conditional jump: the branch not taken. */
  readonly conditional: boolean;
  /** The laid-out route, first point at the source block; empty in the verdict (layout.ts routes it). */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface CfgView {
  readonly blocks: readonly CfgBlock[];
  readonly edges: readonly CfgEdge[];
  /** Function entry slots: 0 and every bpf-to-bpf call target. */
  readonly funcs: readonly number[];
  /** Block id by slot (-1 for none). */
  readonly blockOf: readonly number[];
  /** The graph's size; 0 when it was not laid out (always, in the verdict). */
  readonly width: number;
  readonly height: number;
  /** Why the graph was not laid out (too many blocks), when it was not. */
  readonly unlaid?: string;
}

export interface VerdictView {
  readonly accepted: boolean;
  readonly progType: string;
  /** The first error, in the kernel's words; empty when accepted. */
  readonly problems: readonly VerifierProblem[];
  readonly insnsProcessed: number;
  /** The kernel-format log (log_level 2: the state before each instruction, then the instruction). */
  readonly log: string;
  /**
   * By slot: the state before the instruction on each path that reached it (capped), as data:
   * the registers and stack slots of the current function (core/verifier/view.ts renders the
   * kernel's text of it, ui/format/regstate.ts the words).
   */
  readonly states: readonly (readonly FrameView[])[];
  /** Instructions the exploration reached, ascending. */
  readonly visited: readonly number[];
  /** For a rejection: the instructions of the path that led to the error, in order. */
  readonly errorPath: readonly number[];
  /** Source line (1-based) of each slot. */
  readonly lines: readonly number[];
  readonly cfg: CfgView;
  /** The verdict is a kernel log's, read back (a log document): what of the log was not read. */
  readonly fromLog?: { readonly unread: number; readonly missing: number; readonly processed?: number };
  /** An object verified with its kernel log: where bpfplay's verdict and the log's differ. */
  readonly kernel?: LogComparison;
  /** Time spent verifying, in milliseconds. */
  readonly ms: number;
}

export interface Verified {
  readonly type: "verified";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  /** Absent when there is nothing to verify (no instructions). */
  readonly verdict?: VerdictView;
  /** Why there is no verdict. */
  readonly skipped?: string;
}
