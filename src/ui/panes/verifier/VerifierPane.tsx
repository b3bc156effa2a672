// The verifier's verdict: accepted or rejected, how many instructions it processed, and for
// the selected instruction (the editor's cursor line, a bytecode row or a graph block) the
// register and stack state it tracked before that instruction on each path that reached
// it, one row per register and one column per path. The full log follows, in the kernel's
// format, folded until asked for.

import { useMemo, useState } from "react";
import type { VerdictView } from "../../../protocol/index.ts";
import { plural } from "../../format/bytes.ts";
import type { FrameView } from "../../../core/verifier/view.ts";
import { frameRows } from "../../format/regstate.ts";
import type { StateRow } from "../../format/regstate.ts";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { insnStarts, notReached, useVerify } from "../../stores/verify.ts";
import type { VerifyStatus } from "../../stores/verify.ts";

const fmt = (n: number) => n.toLocaleString("en-US");

/** Registers first (r0..r10), then stack slots from fp-8 down. */
const order = (name: string) => (name.startsWith("r") ? Number(name.slice(1)) : 100 + Number(name.slice(3)));

export function VerdictBadge({ verdict, status }: { readonly verdict?: VerdictView; readonly status: VerifyStatus }) {
  if (!verdict) return null;
  const word = verdict.accepted ? "accepted" : "rejected";
  return (
    <span className={`verdict-badge ${word}${status === "verifying" ? " pending" : ""}`} data-verdict={word}>
      <span aria-hidden="true">{verdict.accepted ? "✓" : "✗"}</span> {word}
    </span>
  );
}

function StateTable({ states }: { readonly states: readonly FrameView[] }) {
  const paths = useMemo(() => states.map(frameRows), [states]);
  const names = useMemo(() => [...new Set(paths.flat().map((r) => r.name))].sort((a, b) => order(a) - order(b)), [paths]);
  const cell = (r: StateRow | undefined) =>
    r ? (
      <>
        <span className={`state-type t-${r.type}`}>{r.type}</span>
        {r.value && <span className="state-value">{r.value}</span>}
        {r.written && (
          <span className="state-written" title="written by the instruction before">
            w
          </span>
        )}
      </>
    ) : (
      <span className="state-none" title="not initialised on this path">
        —
      </span>
    );
  return (
    <table className="grid state-table">
      <thead>
        <tr>
          <th scope="col">Reg</th>
          {paths.map((_, k) => (
            <th scope="col" key={k}>
              {paths.length === 1 ? "State" : `Path ${k + 1}`}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name} className={name.startsWith("fp") ? "slot" : undefined}>
            <th scope="row">{name}</th>
            {paths.map((rows, k) => {
              const r = rows.find((x) => x.name === name);
              return (
                <td key={k} title={r?.raw}>
                  {cell(r)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Selected({ verdict, pc }: { readonly verdict: VerdictView; readonly pc: number | undefined }) {
  const listing = useBuild((s) => s.listing);
  const selectPc = useVerify((s) => s.selectPc);
  const revealLine = useDocument((s) => s.revealLine);
  const starts = useMemo(() => insnStarts(verdict), [verdict]);
  if (pc === undefined) return <p className="empty small">Put the cursor on an instruction, or click a bytecode row or a graph block, to see the state the verifier tracked there.</p>;

  const states = verdict.states[pc] ?? [];
  const row = listing.find((r) => r.pc === pc);
  const text = row && (row.symbolic ?? row.text);
  const line = verdict.lines[pc];
  const k = starts.indexOf(pc);
  const go = (to: number | undefined) => {
    if (to === undefined) return;
    selectPc(to);
    if (verdict.lines[to]) revealLine(verdict.lines[to]);
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
          <StateTable states={states} />
        </div>
      )}
    </div>
  );
}

function Log({ log }: { readonly log: string }) {
  const [open, setOpen] = useState(false);
  const lines = useMemo(() => log.split("\n").length - 1, [log]);
  return (
    <details className="verifier-log" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Log <span className="dim">· kernel format, log_level 2 · {plural(lines, "line")}</span>
      </summary>
      {open && <pre>{log}</pre>}
    </details>
  );
}

export function VerifierPane() {
  const status = useVerify((s) => s.status);
  const verdict = useVerify((s) => s.verdict);
  const skipped = useVerify((s) => s.skipped);
  const failure = useVerify((s) => s.failure);
  const selectedPc = useVerify((s) => s.selectedPc);
  const shown = status === "skipped" ? undefined : verdict;

  return (
    <section className={`pane pane-verifier${status === "verifying" ? " pending" : ""}`} aria-label="Verifier">
      <div className="verifier-summary">
        {shown ? (
          <>
            <VerdictBadge verdict={shown} status={status} />
            <span>{plural(shown.insnsProcessed, "instruction")} processed</span>
            <span className="dim">
              as {shown.progType} · {fmt(shown.ms)} ms
            </span>
            {!shown.accepted && shown.problems[0] && (
              <code className="summary-error" title={`insn ${shown.problems[0].pc}`}>
                {shown.problems[0].message}
              </code>
            )}
          </>
        ) : (
          <span className="dim">{failure ? `The verifier failed: ${failure}` : skipped ? `Not verified: ${skipped}.` : "Verifying…"}</span>
        )}
        {status === "verifying" && <span className="verifying">verifying…</span>}
      </div>
      {shown && (
        <div className="pane-scroll verifier-body" tabIndex={0} role="group" aria-label="Verifier states and log">
          <Selected verdict={shown} pc={selectedPc} />
          <Log log={shown.log} />
        </div>
      )}
    </section>
  );
}
