// The events of the last run, a page at a time: verdict, instructions, output; the selected
// event's maps after it, and "Debug this event", which starts the debugger on it with the maps
// as they were before it.

import { useStream, PAGE } from "../../stores/stream.ts";
import { verdictColor } from "./StreamSummary.tsx";
import { decodeOutputLine } from "../../../core/stream/records.ts";
import { useBuild } from "../../stores/build.ts";

function MapsAfter() {
  const maps = useStream((s) => s.maps);
  const selected = useStream((s) => s.selected);
  if (selected === undefined) return null;
  if (!maps) return <p className="ev-note">Replaying to event {selected}…</p>;
  return (
    <div className="stream-maps" aria-label={`Maps after event ${maps.after}`}>
      <h4>Maps after event {maps.after}</h4>
      {maps.maps.length === 0 && <p className="empty">The program has no maps.</p>}
      {maps.maps.map((m) => (
        <div key={m.name}>
          <p className="stream-map-name">
            {m.name} <span className="ev-detail">{m.type}, {m.entries.length} entr{m.entries.length === 1 ? "y" : "ies"}</span>
          </p>
          {m.entries.length > 0 && (
            <table className="stream-map">
              <thead>
                <tr>
                  <th>key</th>
                  <th>value</th>
                </tr>
              </thead>
              <tbody>
                {m.entries.slice(0, 64).map((e, k) => (
                  <tr key={k}>
                    <td>{e.key}</td>
                    <td>{e.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {m.entries.length > 64 && <p className="ev-note">and {m.entries.length - 64} more</p>}
        </div>
      ))}
    </div>
  );
}

export function StreamEvents() {
  const result = useStream((s) => s.result);
  const rows = useStream((s) => s.rows);
  const selected = useStream((s) => s.selected);
  const debugging = useStream((s) => s.debugging);
  const debugInfo = useBuild((s) => s.program?.debug);
  const { page, select, debug } = useStream.getState();
  if (!result || !result.summary.events) return null;
  const n = result.summary.events;
  const from = rows[0]?.index ?? 0;
  const chosen = rows.find((r) => r.index === selected);
  return (
    <div className="stream-run-events">
      <div className="stream-row">
        <button type="button" disabled={from === 0} onClick={() => page(from - PAGE)}>
          ← Previous
        </button>
        <span className="ev-detail">
          events {from}–{Math.min(n, from + PAGE) - 1} of {n.toLocaleString("en")}
        </span>
        <button type="button" disabled={from + PAGE >= n} onClick={() => page(from + PAGE)}>
          Next →
        </button>
        <label className="stream-goto">
          Go to
          <input type="number" min={0} max={n - 1} aria-label="Go to event" onKeyDown={(e) => e.key === "Enter" && page(Number((e.target as HTMLInputElement).value) || 0)} />
        </label>
      </div>
      <div className="stream-table-wrap">
        <table className="stream-table" aria-label="Stream events">
          <thead>
            <tr>
              <th>#</th>
              <th>event</th>
              <th>return</th>
              <th className="num">insns</th>
              <th>output</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.index} className={r.index === selected ? "selected" : undefined} aria-selected={r.index === selected} onClick={() => select(r.index)}>
                <td className="num">{r.index}</td>
                <td>{r.description}</td>
                <td>
                  <span className="stream-swatch" style={{ background: verdictColor(r.verdict, result.names.indexOf(r.verdict)) }} />
                  {r.verdict}
                </td>
                <td className="num">{r.insns}</td>
                <td className="stream-out">{r.fault ?? r.output.map((o) => decodeOutputLine(o, debugInfo)).join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected !== undefined && (
        <div className="stream-selected">
          <div className="stream-row">
            <strong>Event {selected}</strong>
            {chosen && <span className="ev-detail">{chosen.description}</span>}
            <button type="button" className="primary" onClick={() => debug(selected)}>
              Debug this event
            </button>
          </div>
          {debugging === selected && <p className="ev-note">The debugger has event {selected} with the maps as they were before it: step it in the Source pane.</p>}
          {chosen && chosen.output.length > 0 && <pre className="stream-output">{chosen.output.map((o) => decodeOutputLine(o, debugInfo)).join("\n")}</pre>}
          <MapsAfter />
        </div>
      )}
    </div>
  );
}
