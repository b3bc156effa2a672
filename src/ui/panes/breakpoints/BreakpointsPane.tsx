// The breakpoints, by line: the instruction each stops at, its condition (edited in place,
// checked as it is typed, applied on Enter or when the field loses focus; a condition that
// does not parse is refused there, with the whole reason) and a button to remove it.

import { useEffect, useRef, useState } from "react";
import { parseCondition } from "../../../core/vm/condition.ts";
import { Empty } from "../../components/Empty.tsx";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import type { Breakpoint } from "../../stores/session.ts";
import type { BreakpointState } from "../../../protocol/index.ts";

function ConditionField({ bp, focus }: { readonly bp: Breakpoint; readonly focus: number | undefined }) {
  const setCondition = useSession((s) => s.setCondition);
  const [text, setText] = useState(bp.condition ?? "");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus !== undefined) input.current?.focus();
  }, [focus]);
  const problem = conditionProblem(text);
  const commit = () => {
    if (!problem && text.trim() !== (bp.condition ?? "")) setCondition(bp.line, text);
  };
  const errorId = `bp-condition-error-${bp.line}`;
  return (
    <>
      <input
        ref={input}
        type="text"
        className="condition"
        spellCheck={false}
        value={text}
        placeholder="always, or a condition: r1 == 0x10"
        aria-label={`Condition for the breakpoint on line ${bp.line}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") setText(bp.condition ?? "");
        }}
      />
      {problem && (
        <p className="bp-condition-error" id={errorId} role="alert">
          {problem} — not applied; the breakpoint keeps {bp.condition ? `its condition ${bp.condition}` : "stopping every time"}.
        </p>
      )}
    </>
  );
}

/** Why a condition cannot be used, in the debugger's words; undefined when it can (or is empty). */
function conditionProblem(text: string): string | undefined {
  if (!text.trim()) return undefined;
  const c = parseCondition(text);
  return typeof c === "string" ? c : undefined;
}

function where(bound: BreakpointState | undefined): { text: string; tone?: string } {
  if (!bound) return { text: "" };
  if (bound.error) return { text: bound.error, tone: "error" };
  if (bound.pc === undefined) return { text: "no instruction after this line", tone: "warn" };
  return { text: `insn ${bound.pc}` };
}

export function BreakpointsPane() {
  const breakpoints = useSession((s) => s.breakpoints);
  const bound = useSession((s) => (s.stale ? undefined : s.state?.breakpoints));
  const editing = useSession((s) => s.editing);
  const removeBreakpoint = useSession((s) => s.removeBreakpoint);
  const revealLine = useDocument((s) => s.revealLine);

  return (
    <section className="pane pane-breakpoints" aria-label="Breakpoints">
      {!breakpoints.length ? (
        <Empty>No breakpoints. Click in the editor's gutter, left of a line number, or press F9 on a line.</Empty>
      ) : (
        <ul className="breakpoints pane-scroll">
          {breakpoints.map((bp) => {
            const w = where(bound?.find((b) => b.line === bp.line));
            return (
              <li key={bp.line}>
                <span className={`bp-dot${bp.condition ? " conditional" : ""}`} aria-hidden="true" />
                <button type="button" className="link" onClick={() => revealLine(bp.line)}>
                  line {bp.line}
                </button>
                <span className={`bp-where${w.tone ? ` tone-${w.tone}` : ""}`}>{w.text}</span>
                <ConditionField key={`${bp.line}:${bp.condition ?? ""}`} bp={bp} focus={editing?.line === bp.line ? editing.seq : undefined} />
                <button type="button" className="icon-button" aria-label={`Remove the breakpoint on line ${bp.line}`} title="Remove" onClick={() => removeBreakpoint(bp.line)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
