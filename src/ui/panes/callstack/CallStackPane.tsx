// The frames, innermost first: the function each runs and where it was called from.
// Clicking a frame shows its call site in the editor.
//
// The innermost frame's line is the session's own (DebugState.line), the very number the
// Registers header shows. The build's line table describes the newest build: once the program
// is edited the session runs the old one (stale), and indexing the new table with the old pcs
// gave another line than Registers' (issue 10: "line 7" beside "line 3"). So outer frames take
// their line from the build only while the session is current, walking back over instructions
// without a line of their own as the worker does (worker/lines.ts, sourceLineOf).

import { Empty } from "../../components/Empty.tsx";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";

/** The line of the instruction at `pc`, or of the nearest one before it that has a line. */
export function lineBefore(lines: readonly number[], pc: number): number {
  for (let k = Math.min(pc, lines.length - 1); k >= 0; k--) if (lines[k]) return lines[k];
  return 0;
}

export function CallStackPane() {
  const state = useSession((s) => s.state);
  const stale = useSession((s) => s.stale);
  const lines = useBuild((s) => s.lines);
  const revealLine = useDocument((s) => s.revealLine);
  const frames = state?.snapshot.frames ?? [];
  const innermost = frames.length - 1;

  return (
    <section className={`pane pane-callstack${stale && frames.length ? " stale" : ""}`} aria-label="Call stack">
      <PaneHeader title="Call stack" detail={frames.length ? `depth ${frames.length}` : undefined} />
      {!frames.length ? (
        <Empty>Not running.</Empty>
      ) : (
        <ol className="call-stack">
          {[...frames].reverse().map((f) => {
            // The innermost frame is at the current instruction; the others at their call's return.
            const current = f.depth === innermost;
            const pc = current ? state!.snapshot.pc : frames[f.depth + 1].callPc;
            const line = current ? state!.line : stale ? 0 : lineBefore(lines, pc);
            return (
              <li key={f.depth} aria-current={current ? "true" : undefined}>
                <button type="button" disabled={!line} onClick={() => revealLine(line)} title={line ? `Show line ${line}` : undefined}>
                  <span className="fn">{state!.functions[f.depth] ?? "?"}</span>
                  <span className="site">
                    {current ? "at" : "calling from"} insn {pc}
                    {line ? `, line ${line}` : ""}
                  </span>
                  {f.callPc >= 0 && <span className="called">called at insn {f.callPc}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
