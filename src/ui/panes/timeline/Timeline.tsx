// The debugger's timeline, in the manner of Python Tutor: "Step N of M", a slider to any step
// this run has executed (back through the step-back history, forward to the furthest step it
// reached), and a link that opens the session at this step. The worker does the moving (the
// `goto` command); the slider sends one goto at a time and, when its state arrives, the newest
// position asked for meanwhile, so dragging never queues a backlog.

import { useEffect, useRef, useState } from "react";
import { currentShared, linkFor } from "../../stores/share.ts";
import { liveState, useSession } from "../../stores/session.ts";
import "./timeline.css";
import { grouped } from "../../format/bytes.ts";

const fmt = grouped;

/** Copies the link to this step; says whether it worked, and shows the link when the clipboard refuses. */
function CopyStepLink({ step }: { readonly step: number }) {
  // A note belongs to the step it was made at; moving on hides it.
  const [made, setNote] = useState<{ text: string; link?: string; step: number }>();
  const note = made?.step === step ? made : undefined;
  const copy = async () => {
    let link: string;
    try {
      link = linkFor(currentShared(), location.href);
    } catch (e) {
      setNote({ step, text: `No link: ${e instanceof Error ? e.message.replace(/^encodeSession: /, "") : String(e)}` });
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setNote({ step, text: `Link to step ${fmt(step)} copied` });
    } catch {
      setNote({ step, text: "Copy this link:", link });
    }
  };
  return (
    <>
      <button type="button" className="timeline-copy" title="Copy a link that opens this session at this step" onClick={() => void copy()}>
        Copy link to this step
      </button>
      {/* aria-live, not role=status: the build status is the page's one status */}
      <span className="timeline-note" aria-live="polite">
        {note?.text}
        {note?.link && <input className="timeline-link" readOnly value={note.link} aria-label="Link to this step" onFocus={(e) => e.currentTarget.select()} />}
      </span>
    </>
  );
}

export function Timeline() {
  const state = useSession((s) => liveState(s));
  const running = useSession((s) => s.running);
  /** Where the slider is while the worker has not caught up with it. */
  const [held, setHeld] = useState<number>();
  const inflight = useRef(false);
  const wanted = useRef<number | undefined>(undefined);

  const go = (step: number) => {
    inflight.current = true;
    useSession.getState().command({ kind: "goto", step });
  };

  useEffect(() => {
    if (running || !inflight.current) return;
    inflight.current = false;
    const want = wanted.current;
    wanted.current = undefined;
    // The user moved on while the last goto ran: go there now. One that fell short (the start
    // of history, the end of the program) is not retried, as `want` is used up.
    if (state && want !== undefined && want !== state.snapshot.executed) return go(want);
    setHeld(undefined);
  }, [state, running]);

  const executed = state?.snapshot.executed ?? 0;
  const first = state?.timeline.first ?? 0;
  const furthest = state?.timeline.furthest ?? 0;
  const value = held ?? executed;
  const disabled = !state || first >= furthest;
  const ended = state?.snapshot.status === "exited" || state?.snapshot.status === "faulted";
  const where = state?.line ? `, line ${state.line}` : "";

  const onSlide = (step: number) => {
    setHeld(step);
    if (inflight.current) wanted.current = step;
    else go(step);
  };

  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <label className="timeline-label" htmlFor="timeline-slider">
        Step <span className="timeline-step">{fmt(value)}</span> of {fmt(furthest)}
        {ended && value === furthest ? <span className="timeline-end"> (end)</span> : null}
      </label>
      <input
        id="timeline-slider"
        className="timeline-slider"
        type="range"
        min={first}
        max={Math.max(furthest, first)}
        step={1}
        value={value}
        disabled={disabled}
        aria-valuetext={`step ${fmt(value)} of ${fmt(furthest)}${held === undefined ? where : ""}`}
        title={first > 0 ? `History reaches back to step ${fmt(first)} (Run keeps no history; Step and Continue do)` : "Drag, or use the arrow keys, Home and End, to move through the steps executed so far"}
        onChange={(e) => onSlide(Number(e.currentTarget.value))}
      />
      <CopyStepLink step={executed} />
    </div>
  );
}
