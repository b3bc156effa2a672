// A stream run summed up: the count of each return value, instructions per event, events per
// second, and a chart of the verdicts over the stream (stacked bars, one per slice of the stream;
// a click on a slice shows its first event).

import { useMemo } from "react";
import { verdictBands } from "../../../core/events/stream/summary.ts";
import type { StreamResult } from "../../stores/stream.ts";

const PALETTE = ["#82aaff", "#c792ea", "#89ddff", "#f78c6c", "#addb67", "#ffcb6b"];

/** A colour per verdict name: drops red, passes green, faults amber, the rest from a palette. */
export function verdictColor(name: string, k: number): string {
  if (/DROP|SHOT|ABORTED|^drop$/.test(name)) return "var(--error)";
  if (/PASS|TC_ACT_OK|^allow$/.test(name)) return "var(--ok)";
  if (name === "fault" || name === "error") return "var(--warn)";
  return PALETTE[k % PALETTE.length];
}

const W = 600;
const H = 90;
const SLICES = 120;

function VerdictChart({ result, onPick }: { readonly result: StreamResult; readonly onPick: (index: number) => void }) {
  const bands = useMemo(() => verdictBands(result.verdictOf, result.names.length, SLICES), [result]);
  if (!bands.length) return null;
  const bw = W / bands.length;
  return (
    <svg className="stream-chart" viewBox={`0 0 ${W} ${H + 14}`} role="img" aria-label={`Verdicts over ${result.summary.events} events`}>
      {bands.map((b, i) => {
        const n = b.end - b.start;
        let y = H;
        return (
          <g key={i} onClick={() => onPick(b.start)}>
            <title>{`events ${b.start}–${b.end - 1}: ${b.counts.map((c, k) => (c ? `${result.names[k]} ${c}` : "")).filter(Boolean).join(", ")}`}</title>
            {b.counts.map((c, k) => {
              if (!c) return null;
              const h = (c / n) * H;
              y -= h;
              return <rect key={k} x={i * bw} y={y} width={Math.max(bw - 0.5, 0.5)} height={h} fill={verdictColor(result.names[k], k)} />;
            })}
          </g>
        );
      })}
      <text x={0} y={H + 12} className="stream-axis">
        0
      </text>
      <text x={W} y={H + 12} textAnchor="end" className="stream-axis">
        {result.summary.events.toLocaleString("en")}
      </text>
    </svg>
  );
}

export function StreamSummaryView({ result, onPick }: { readonly result: StreamResult; readonly onPick: (index: number) => void }) {
  const s = result.summary;
  return (
    <div className="stream-summary" aria-label="Stream summary">
      <p className="stream-headline">
        {s.events.toLocaleString("en")} event{s.events === 1 ? "" : "s"}
        {result.cancelled ? ` of ${result.total.toLocaleString("en")} (cancelled)` : ""} · {s.eventsPerSecond.toLocaleString("en")} events/s · {s.ms.toFixed(0)} ms
      </p>
      <table className="stream-counts" aria-label="Return values">
        <tbody>
          {s.verdicts.map((v) => {
            const k = result.names.indexOf(v.verdict);
            return (
              <tr key={v.verdict}>
                <td>
                  <span className="stream-swatch" style={{ background: verdictColor(v.verdict, k) }} />
                  {v.verdict}
                </td>
                <td className="num">{v.count.toLocaleString("en")}</td>
                <td className="num">{((100 * v.count) / Math.max(1, s.events)).toFixed(1)}%</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="stream-insns">
        Instructions per event: min {s.insns.min}, median {s.insns.median}, max {s.insns.max}, mean {s.insns.mean.toFixed(1)}
        {s.faults ? ` · ${s.faults} faulted` : ""}
      </p>
      <VerdictChart result={result} onPick={onPick} />
    </div>
  );
}
