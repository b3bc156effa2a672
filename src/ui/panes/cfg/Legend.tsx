// The CFG's legend: each kind of edge drawn with its own colour and dash pattern (the same
// classes the graph uses, so the two cannot drift apart), and the block markings. In a narrow
// pane it folds, so that its rows do not take the drawing's room.

const EDGES: readonly (readonly [string, string, string])[] = [
  ["taken", "taken", "A conditional jump's branch when the condition holds"],
  ["not-taken", "not taken", "A conditional jump's branch when the condition fails (the next instruction)"],
  ["plain", "jump", "An unconditional jump or a fall-through into the next block"],
  ["plain back", "back edge", "A jump back to an earlier block: it closes a loop (marked ↺)"],
  ["call", "call", "A bpf-to-bpf call"],
  ["plain on-error-path", "error path", "The path that led to the verifier's error"],
];

/** `compact`: folded behind a "Legend" button (a narrow pane has no room for its rows). */
export function Legend({ compact = false }: { compact?: boolean }) {
  const list = (
    <ul className="cfg-legend" aria-label="Legend">
      {EDGES.map(([cls, label, title]) => (
        <li key={label} className="legend-item" title={title} data-edge={label}>
          <svg width="30" height="10" aria-hidden="true">
            <path className={`cfg-edge ${cls}`} d="M1,5 H29" />
          </svg>
          {label}
        </li>
      ))}
      <li className="legend-item" title="Blocks the verifier never reached: branches it proved impossible, or code after the error it stopped at">
        <span className="legend-box unreached" /> not reached
      </li>
    </ul>
  );
  if (!compact) return list;
  return (
    <details className="cfg-legend-fold">
      <summary>Legend</summary>
      {list}
    </details>
  );
}
