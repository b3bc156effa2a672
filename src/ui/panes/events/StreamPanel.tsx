// The Stream card of the Events pane: events from the generator (N events from a template and a
// seed) or from a list, run over the program with one map set in the stream worker, with a
// progress bar and Cancel; then the summary, the chart and the events of the run.

import "./stream.css";
import { StreamEvents } from "./StreamEvents.tsx";
import { StreamGenerator } from "./StreamGenerator.tsx";
import { StreamList } from "./StreamList.tsx";
import { useStream } from "../../stores/stream.ts";
import { useBuild } from "../../stores/build.ts";
import { useSession } from "../../stores/session.ts";
import { runSeeds } from "../maps/seeds.ts";
import { StreamSummaryView } from "./StreamSummary.tsx";

export function StreamPanel() {
  const mode = useStream((s) => s.mode);
  const running = useStream((s) => s.running);
  const progress = useStream((s) => s.progress);
  const result = useStream((s) => s.result);
  const error = useStream((s) => s.error);
  const { set, run, cancel, page, select } = useStream.getState();
  const maps = useBuild((s) => s.program?.maps);
  const mapSeeds = useSession((s) => s.mapSeeds);
  const seeded = maps ? runSeeds(maps, mapSeeds).length : 0;
  const pct = progress && progress.total ? (100 * progress.done) / progress.total : 0;

  return (
    <section className="ev-card ev-stream" aria-label="Stream of events">
      <h3>
        Stream<span className="ev-detail">the program over many events, one map set</span>
      </h3>
      <div className="stream-tabs" role="tablist" aria-label="Where the events come from">
        <button type="button" role="tab" aria-selected={mode === "generate"} onClick={() => set({ mode: "generate" })}>
          Generator
        </button>
        <button type="button" role="tab" aria-selected={mode === "list"} onClick={() => set({ mode: "list" })}>
          Event list
        </button>
      </div>
      {mode === "generate" ? <StreamGenerator /> : <StreamList />}
      <div className="stream-row stream-run">
        <button type="button" className="primary" disabled={running} onClick={run}>
          Run stream
        </button>
        <button type="button" disabled={!running} onClick={cancel}>
          Cancel
        </button>
        {!running && seeded > 0 && <span className="ev-detail">the maps start with the Maps pane&apos;s {seeded === 1 ? "seed" : `${seeded} seeds`}</span>}
        {running && progress && (
          <>
            <progress max={progress.total} value={progress.done} aria-label="Stream progress" />
            <span className="ev-detail" aria-live="polite">
              {progress.done.toLocaleString("en")} / {progress.total.toLocaleString("en")} ({pct.toFixed(0)}%)
            </span>
          </>
        )}
      </div>
      {error && (
        <p className="ev-problem" role="alert">
          {error}
        </p>
      )}
      {result && (
        <StreamSummaryView
          result={result}
          onPick={(i) => {
            page(i);
            select(i);
          }}
        />
      )}
      <StreamEvents />
    </section>
  );
}
