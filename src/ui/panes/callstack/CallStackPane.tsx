// The frames, innermost first: the function each runs and where it was called from.
// Clicking a frame shows its call site in the editor.

import { Empty } from "../../components/Empty.tsx";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";

export function CallStackPane() {
  const state = useSession((s) => s.state);
  const lines = useBuild((s) => s.lines);
  const revealLine = useDocument((s) => s.revealLine);
  const frames = state?.snapshot.frames ?? [];
  const innermost = frames.length - 1;

  return (
    <section className="pane pane-callstack" aria-label="Call stack">
      <PaneHeader title="Call stack" detail={frames.length ? `depth ${frames.length}` : undefined} />
      {!frames.length ? (
        <Empty>Not running.</Empty>
      ) : (
        <ol className="call-stack">
          {[...frames].reverse().map((f) => {
            // The innermost frame is at the current instruction; the others at their call's return.
            const pc = f.depth === innermost ? state!.snapshot.pc : frames[f.depth + 1].callPc;
            const line = lines[pc] ?? 0;
            return (
              <li key={f.depth} aria-current={f.depth === innermost ? "true" : undefined}>
                <button type="button" disabled={!line} onClick={() => revealLine(line)} title={line ? `Show line ${line}` : undefined}>
                  <span className="fn">{state!.functions[f.depth] ?? "?"}</span>
                  <span className="site">
                    {f.depth === innermost ? "at" : "calling from"} insn {pc}
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
