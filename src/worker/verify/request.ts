// Verifies the program the engine built for the UI (the same one the debugger runs): runs the
// verifier as the debugger's program type, and turns the verdict into a message (arrays for the core's maps and sets), with the
// control-flow graph's blocks, their text and their layout. Pure: the worker loop is in
// ../verifier.ts.

import { disassemble } from "../../core/asm/index.ts";
import { stuckLoop } from "../../core/cfg/index.ts";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import type { Program } from "../../core/program.ts";
import { verify } from "../../core/verifier/index.ts";
import type { Verdict } from "../../core/verifier/index.ts";
import type { CfgBlock, CfgEdge, CfgView, Dialect, Verified, VerifierProblem, VerifyRequest } from "../../protocol/index.ts";
import { MAX_LAYOUT_BLOCKS, PROTOCOL_VERSION, tooMany } from "../../protocol/index.ts";
import { sourceLineOf } from "../lines.ts";
import { blockSize, blockText } from "./blocks.ts";
import { logVerdict, withComparison } from "./klog.ts";

/** States kept per instruction: one per path, up to this many. */
export const STATES_PER_INSN = 8;

export function verifyRequest(req: VerifyRequest, now: () => number = () => performance.now()): Verified {
  const { kernelLog } = req;
  if (kernelLog !== undefined && req.program.insns.length) return req.logOnly ? logVerdict({ ...req, kernelLog }, now) : withComparison(verifyProgram(req, now), kernelLog);
  return verifyProgram(req, now);
}

function verifyProgram(req: VerifyRequest, now: () => number): Verified {
  const reply = { type: "verified", v: PROTOCOL_VERSION, id: req.id } as const;
  const program = req.program;
  if (program.insns.length === 0) return { ...reply, skipped: "the program has no instructions yet" };

  const progType = progTypeByName(req.progType)?.name ?? "socket_filter";
  const t0 = now();
  const v = verify(program, { progType, logLevel: 2, keepStates: STATES_PER_INSN });
  const ms = now() - t0;
  const line = (pc: number) => sourceLineOf(program, pc);

  return {
    ...reply,
    verdict: {
      accepted: v.accepted,
      progType,
      problems: v.diagnostics.map((d) => atStuckLoop(v, { pc: d.pc, line: line(d.pc), message: d.message, code: d.code, params: d.params ?? {} }, line)),
      insnsProcessed: v.insnsProcessed,
      log: v.log,
      states: Array.from({ length: program.insns.length }, (_, pc) => v.states.get(pc) ?? []),
      visited: [...v.visited].sort((a, b) => a - b),
      errorPath: v.errorPath,
      lines: program.lines,
      cfg: cfgView(v.cfg, program, req.dialect),
      ms: Math.round(ms * 10) / 10,
    },
  };
}

/**
 * "BPF program is too large" is reported where the budget ran out, which says little; the
 * problem is placed at the jump closing the loop the failing path went round most (the loop
 * that never converged), and keeps where the walk stopped and the loop's extent in its
 * parameters (stoppedAt, loopHeader, loopLatch, turns) for the explanation.
 */
export function atStuckLoop(v: Verdict, p: VerifierProblem, line: (pc: number) => number): VerifierProblem {
  if (p.code !== "too-large") return p;
  const loop = stuckLoop(v.cfg, v.errorPath);
  if (!loop) return p;
  const params = { ...p.params, stoppedAt: p.pc, loopHeader: loop.header, loopLatch: loop.latch, turns: loop.turns };
  return { ...p, pc: loop.latch, line: line(loop.latch), params };
}

/** The graph as the CFG pane draws it: blocks with their text and place, edges with their route. */
export function cfgView(cfg: Verdict["cfg"], program: Program, dialect: Dialect): CfgView {
  const text = new Map(disassemble(program.insns, { dialect, maps: program.maps, symbols: program.symbols }).map((l) => [l.pc, l.invalid ? `.insn (${l.invalid})` : (l.symbolic ?? l.text)]));
  const labels = new Map(program.symbols.map((s) => [s.pc, s.name]));
  const blocks = cfg.blocks.map((b) => {
    const label = labels.get(b.start);
    const shown = blockText(b.insns, (pc) => text.get(pc) ?? "");
    const { id, start, last, insns, func } = b;
    return { id, start, last, insns, func, label, ...shown, ...blockSize(blockTitle(id, start, last, label), shown.text) };
  });
  const edges = cfg.edges.map((e) => {
    const d = cfg.at[cfg.blocks[e.from].last];
    const conditional = e.kind === "fallthrough" && !!d?.valid && (d.spec.kind === "jcc" || d.spec.kind === "may_goto");
    return { from: e.from, to: e.to, kind: e.kind, back: e.back, conditional };
  });
  // Unplaced: the CFG pane has the graph laid out in a worker of its own when it is shown
  // (../layout.ts), so the verdict never waits for dagre (seconds for a few hundred blocks).
  const unlaid = blocks.length > MAX_LAYOUT_BLOCKS ? tooMany(blocks.length) : undefined;
  return {
    funcs: cfg.funcs,
    blockOf: cfg.blockOf,
    blocks: blocks.map((b): CfgBlock => ({ ...b, x: 0, y: 0 })),
    edges: edges.map((e): CfgEdge => ({ ...e, points: [] })),
    width: 0,
    height: 0,
    ...(unlaid !== undefined && { unlaid }),
  };
}

/** The header a block is drawn with: its label (or number) and its instruction range. */
export function blockTitle(id: number, start: number, last: number, label?: string): string {
  return `${label ?? `block ${id}`}  ${start === last ? start : `${start}–${last}`}`;
}

