// The generator form: how many events, the seed, the preset to start from and a row per drawn
// field ("tcp.dstPort: 80, 443"), over the template's JSON text, which stays editable whole.

import { PRESETS } from "../../../core/events/packet/presets.ts";
import { readForm, writeForm } from "./generatorForm.ts";
import type { FormRow } from "./generatorForm.ts";
import { useStream } from "../../stores/stream.ts";

export function StreamGenerator() {
  const count = useStream((s) => s.count);
  const seed = useStream((s) => s.seed);
  const template = useStream((s) => s.template);
  const set = useStream((s) => s.set);
  const form = readForm(template);
  const write = (preset: string | undefined, rows: readonly FormRow[]) => set({ template: writeForm(template, { preset, rows }) });
  const whole = (v: string, min: number, max: number) => Math.max(min, Math.min(max, Math.floor(Number(v) || 0)));

  return (
    <div className="stream-gen">
      <div className="stream-row">
        <label>
          Events
          <input type="number" min={1} max={10_000_000} value={count} aria-label="Number of events" onChange={(e) => set({ count: whole(e.target.value, 1, 10_000_000) })} />
        </label>
        <label>
          Seed
          <input type="number" min={0} max={4294967295} value={seed} aria-label="Seed" onChange={(e) => set({ seed: whole(e.target.value, 0, 4294967295) })} />
        </label>
        {form && (
          <label>
            Start from
            <select aria-label="Template preset" value={form.preset ?? ""} onChange={(e) => write(e.target.value || undefined, form.rows)}>
              {form.preset === undefined && <option value="">(layers in the text)</option>}
              {PRESETS.map((p) => (
                <option key={p.name} value={p.name} title={p.title}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {form && (
        <table className="stream-fields" aria-label="Drawn fields">
          <thead>
            <tr>
              <th>Field</th>
              <th>Values (a..b, a list, bytes a..b)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {form.rows.map((r, k) => (
              <tr key={k}>
                <td>
                  <input aria-label={`Field ${k + 1}`} value={r.field} spellCheck={false} onChange={(e) => write(form.preset, form.rows.map((x, j) => (j === k ? { ...x, field: e.target.value } : x)))} />
                </td>
                <td>
                  <input aria-label={`Values of ${r.field || `field ${k + 1}`}`} value={r.values} spellCheck={false} onChange={(e) => write(form.preset, form.rows.map((x, j) => (j === k ? { ...x, values: e.target.value } : x)))} />
                </td>
                <td>
                  <button type="button" className="icon" aria-label={`Remove ${r.field}`} title="Remove this field" onClick={() => write(form.preset, form.rows.filter((_, j) => j !== k))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {form && (
        <button type="button" onClick={() => write(form.preset, [...form.rows, { field: "", values: "" }])}>
          Add field
        </button>
      )}
      <details className="stream-json" open={!form}>
        <summary>Template (JSON)</summary>
        <textarea aria-label="Template JSON" value={template} spellCheck={false} rows={8} onChange={(e) => set({ template: e.target.value })} />
        {!form && <p className="ev-note">The form returns when the text is a JSON object again; Run names the first mistake with its line and column.</p>}
      </details>
    </div>
  );
}
