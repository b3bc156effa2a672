// The event list: add the session's input packet or a preset, edit an event's JSON, duplicate,
// move up and down, delete. The list runs in order, one map set across it.

import { useState } from "react";
import { PRESETS } from "../../../core/events/packet/presets.ts";
import { describeEvent, duplicateEvent, insertEvent, moveEvent, removeEvent, replaceEvent } from "../../../core/events/stream/events.ts";
import type { StreamEvent } from "../../../core/events/stream/events.ts";
import { useSession } from "../../stores/session.ts";
import { useStream } from "../../stores/stream.ts";

function EventEditor({ event, onSave, onClose }: { readonly event: StreamEvent; readonly onSave: (e: StreamEvent) => void; readonly onClose: () => void }) {
  const [text, setText] = useState(() => JSON.stringify(event, null, 2));
  let problem: string | undefined;
  let parsed: StreamEvent | undefined;
  try {
    const v = JSON.parse(text) as StreamEvent;
    if (v && (v.kind === "packet" || v.kind === "bytes" || v.kind === "ctx" || v.kind === "kernel")) parsed = v;
    else problem = 'an event has "kind": "packet", "bytes", "ctx" or "kernel"';
  } catch (e) {
    problem = (e as Error).message;
  }
  return (
    <div className="stream-edit">
      <textarea aria-label="Event JSON" value={text} rows={10} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      {problem && <p className="ev-problem">{problem}</p>}
      <button type="button" disabled={!parsed} onClick={() => parsed && onSave(parsed)}>
        Save event
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

export function StreamList() {
  const events = useStream((s) => s.events);
  const set = useStream((s) => s.set);
  const [editing, setEditing] = useState<number>();
  const [preset, setPreset] = useState("tcp_syn");
  const update = (next: readonly StreamEvent[]) => set({ events: next });
  const addInput = () => update(insertEvent(events, { kind: "bytes", hex: useSession.getState().packetHex.replace(/[^0-9a-fA-F]/g, "").toLowerCase() }));
  const addPreset = () => {
    const p = PRESETS.find((x) => x.name === preset);
    if (p) update(insertEvent(events, { kind: "packet", packet: p.packet }));
  };

  return (
    <div className="stream-list">
      <div className="stream-row">
        <button type="button" onClick={addInput}>
          Add the input packet
        </button>
        <select aria-label="Preset to add" value={preset} onChange={(e) => setPreset(e.target.value)}>
          {PRESETS.map((p) => (
            <option key={p.name} value={p.name} title={p.title}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={addPreset}>
          Add preset
        </button>
      </div>
      {events.length === 0 ? (
        <p className="empty">No events yet: add the input packet or a preset.</p>
      ) : (
        <ol className="stream-events-list" aria-label="Event list">
          {events.map((e, k) => (
            <li key={k}>
              <span className="stream-index">{k}</span>
              <span className="stream-desc">{describeEvent(e)}</span>
              <button type="button" className="icon" aria-label={`Edit event ${k}`} title="Edit" onClick={() => setEditing(editing === k ? undefined : k)}>
                ✎
              </button>
              <button type="button" className="icon" aria-label={`Duplicate event ${k}`} title="Duplicate" onClick={() => update(duplicateEvent(events, k))}>
                ⧉
              </button>
              <button type="button" className="icon" aria-label={`Move event ${k} up`} title="Move up" disabled={k === 0} onClick={() => update(moveEvent(events, k, k - 1))}>
                ↑
              </button>
              <button type="button" className="icon" aria-label={`Move event ${k} down`} title="Move down" disabled={k === events.length - 1} onClick={() => update(moveEvent(events, k, k + 1))}>
                ↓
              </button>
              <button type="button" className="icon" aria-label={`Delete event ${k}`} title="Delete" onClick={() => update(removeEvent(events, k))}>
                ×
              </button>
              {editing === k && (
                <EventEditor
                  event={e}
                  onSave={(x) => {
                    update(replaceEvent(events, k, x));
                    setEditing(undefined);
                  }}
                  onClose={() => setEditing(undefined)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
