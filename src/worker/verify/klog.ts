// Kernel verifier logs in the verifier's worker: a log document's verdict is the log's own, read
// back into the verdict the panes show (the kernel's states per instruction in the verifier's
// view records, the rejection with the registry's code so it gets its explanation, the walk's last
// path as the error path, the log itself as the log); an object verified with its log gets the
// comparison of bpfplay's verdict with the kernel's.
import { buildCfg } from "../../core/cfg/index.ts";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import { classifyKernelMessage } from "../../core/verifier/klog/classify.ts";
import { compareWithLog, logAccepted } from "../../core/verifier/klog/compare.ts";
import { parseKernelLog } from "../../core/verifier/klog/parse.ts";
import { frameOfLogState } from "../../core/verifier/klog/states.ts";
import { walkOfLog } from "../../core/verifier/klog/walk.ts";
import type { FrameView } from "../../core/verifier/view.ts";
import type { VerdictView, Verified, VerifyRequest } from "../../protocol/index.ts";
import { PROTOCOL_VERSION } from "../../protocol/index.ts";
import { sourceLineOf } from "../lines.ts";
import { cfgView, STATES_PER_INSN } from "./request.ts";

/** A log document's verdict: the kernel's, as the log tells it. */
export function logVerdict(req: VerifyRequest & { readonly kernelLog: string }, now: () => number = () => performance.now()): Verified {
  const t0 = now();
  const program = req.program;
  const log = parseKernelLog(req.kernelLog);
  const walk = walkOfLog(req.kernelLog);
  // each distinct state the walk had before an instruction (printed whole, or carried from the
  // changes printed since), up to the verifier pane's number per instruction
  const states: FrameView[][] = Array.from({ length: program.insns.length }, () => []);
  const seen = new Set<string>();
  for (const s of walk.before) {
    const key = `${s.pc}|${s.frame}|${JSON.stringify(s.values)}`;
    if (s.pc < 0 || s.pc >= states.length || states[s.pc].length >= STATES_PER_INSN || seen.has(key)) continue;
    seen.add(key);
    states[s.pc].push(frameOfLogState(s).frame);
  }
  const accepted = logAccepted(log);
  const e = log.error;
  const pc = e?.pc ?? -1;
  const known = e && classifyKernelMessage(e.message, e.lines[1]);
  const problems = e ? [{ pc, line: pc >= 0 ? sourceLineOf(program, pc) : 0, message: e.message, code: known?.code ?? "kernel", params: known?.params ?? {} }] : [];
  const errorPath = e ? walk.lastPath.filter((p) => p < program.insns.length) : [];
  if (e && pc >= 0 && states[pc].length) states[pc] = states[pc].map((f, k) => (k === states[pc].length - 1 ? { ...f, failed: true } : f));
  const verdict: VerdictView = {
    accepted,
    progType: progTypeByName(req.progType)?.name ?? "socket_filter",
    problems,
    insnsProcessed: log.processed ?? 0,
    log: req.kernelLog,
    states,
    visited: walk.visited.filter((p) => p < program.insns.length),
    errorPath,
    lines: program.lines,
    cfg: cfgView(buildCfg(program), program, req.dialect),
    fromLog: { unread: log.unread.length, missing: program.insns.length - walk.visited.length, ...(log.processed !== undefined ? { processed: log.processed } : {}) },
    ms: Math.round((now() - t0) * 10) / 10,
  };
  return { type: "verified", v: PROTOCOL_VERSION, id: req.id, verdict };
}

/** bpfplay's verdict with where it and the kernel's log differ. */
export function withComparison(verified: Verified, kernelLog: string): Verified {
  const v = verified.verdict;
  if (!v) return verified;
  const p = v.problems[0];
  const kernel = compareWithLog(parseKernelLog(kernelLog), { accepted: v.accepted, ...(p ? { errorPc: p.pc, message: p.message } : {}), states: v.states }, walkOfLog(kernelLog));
  return { ...verified, verdict: { ...v, kernel } };
}
