// The verifier's verdict: accepted or rejected, how many instructions it processed, and for
// the selected instruction (the editor's cursor line, a bytecode row or a graph block; on a
// rejection the failing instruction) the register and stack state it tracked before that
// instruction on each path that reached it (StateTable.tsx). The full log follows, in the
// kernel's format, folded until asked for (VerifierLog.tsx). While a newer verdict is on its
// way the old one stays, dimmed and marked busy.

import { useMemo } from "react";
import type { VerdictView } from "../../../protocol/index.ts";
import { grouped, plural } from "../../format/bytes.ts";
import { useBuild } from "../../stores/build.ts";
import { errorPc, insnStarts, notReached, useVerify } from "../../stores/verify.ts";
import type { VerifyStatus } from "../../stores/verify.ts";
import { useGoTo } from "./goTo.ts";
import { insnTexts, problemReg } from "./paths.ts";
import { StateTable } from "./StateTable.tsx";
import { VerifierLog } from "./VerifierLog.tsx";
import { FromLogNote, KernelComparison } from "../objects/KernelComparison.tsx";

const fmt = grouped;

export function VerdictBadge({ verdict, status }: { readonly verdict?: VerdictView; readonly status: VerifyStatus }) {
  if (!verdict) return null;
  const word = verdict.accepted ? "accepted" : "rejected";
  return (
    <span className={`verdict-badge ${word}${status === "verifying" ? " pending" : ""}`} data-verdict={word}>
      <span aria-hidden="true">{verdict.accepted ? "✓" : "✗"}</span> {word}
    </span>
  );
}

function Selected({ verdict, pc }: { readonly verdict: VerdictView; readonly pc: number | undefined }) {
  const listing = useBuild((s) => s.listing);
  const goTo = useGoTo();
  const starts = useMemo(() => insnStarts(verdict), [verdict]);
  const textOf = useMemo(() => {
    const texts = insnTexts(verdict.cfg);
    const rows = new Map(listing.map((r) => [r.pc, r.symbolic ?? r.text]));
    return (at: number) => texts.get(at) ?? rows.get(at);
  }, [verdict, listing]);
  if (pc === undefined) return <p className="empty small">Put the cursor on an instruction, or click a bytecode row or a graph block, to see the state the verifier tracked there.</p>;

  const states = verdict.states[pc] ?? [];
  const text = textOf(pc);
  const line = verdict.lines[pc];
  const k = starts.indexOf(pc);
  const go = (to: number | undefined) => {
    if (to !== undefined) goTo(to);
  };
  const problem = verdict.problems.find((p) => p.pc === pc);
  return (
    <div className="selected-insn">
      <div className="selected-head">
        <div className="stepper">
          <button type="button" className="icon-button" aria-label="Previous instruction" disabled={k <= 0} onClick={() => go(starts[k - 1])}>
            ‹
          </button>
          <button type="button" className="icon-button" aria-label="Next instruction" disabled={k < 0 || k >= starts.length - 1} onClick={() => go(starts[k + 1])}>
            ›
          </button>
        </div>
        <span className="selected-title">
          Before insn {pc}
          {line > 0 && <span className="dim"> · line {line}</span>}
        </span>
        {text && <code className="selected-text">{text}</code>}
        <span className="dim">{states.length > 1 ? `${states.length} paths` : ""}</span>
      </div>
      {problem && (
        <p className="selected-error">
          <span className="verdict-badge rejected">✗ rejected here</span> <code>{problem.message}</code>
        </p>
      )}
      {states.length === 0 ? (
        <p className="empty small">{`This instruction was ${notReached(verdict)}.`}</p>
      ) : (
        <div className="state-scroll">
          <StateTable states={states} textOf={textOf} errorReg={problem ? problemReg(problem) : undefined} />
        </div>
      )}
    </div>
  );
}

export function VerifierPane() {
  const status = useVerify((s) => s.status);
  const verdict = useVerify((s) => s.verdict);
  const skipped = useVerify((s) => s.skipped);
  const failure = useVerify((s) => s.failure);
  const selectedPc = useVerify((s) => s.selectedPc);
  const goTo = useGoTo();
  const shown = status === "skipped" ? undefined : verdict;
  const busy = status === "verifying";

  return (
    <section className={`pane pane-verifier${busy ? " pending" : ""}`} aria-label="Verifier" aria-busy={busy}>
      <div className="verifier-summary">
        {shown ? (
          <>
            <VerdictBadge verdict={shown} status={status} />
            <span>{plural(shown.insnsProcessed, "instruction")} processed</span>
            <span className="dim">{shown.fromLog ? "by the kernel (its log)" : `as ${shown.progType} · ${fmt(shown.ms)} ms`}</span>
            {!shown.accepted && shown.problems[0] && (
              <button type="button" className="summary-error link" title={`Go to insn ${shown.problems[0].pc}`} onClick={() => goTo(shown.problems[0].pc)}>
                <span className="dim">insn {shown.problems[0].pc}:</span> <code>{shown.problems[0].message}</code>
              </button>
            )}
          </>
        ) : (
          <span className="dim">{failure ? `The verifier failed: ${failure}` : skipped ? `Not verified: ${skipped}.` : "Verifying…"}</span>
        )}
        {busy && <span className="verifying">verifying…</span>}
      </div>
      {shown && (
        <div className="pane-scroll verifier-body" tabIndex={0} role="group" aria-label="Verifier states and log">
          {shown.fromLog && <FromLogNote v={shown.fromLog} />}
          {shown.kernel && <KernelComparison c={shown.kernel} />}
          <Selected verdict={shown} pc={selectedPc} />
          <VerifierLog log={shown.log} errorAt={errorPc(shown)} />
        </div>
      )}
    </section>
  );
}
