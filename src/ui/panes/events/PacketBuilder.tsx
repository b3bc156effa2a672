// The input packet, built: a preset, the fields a person changes most, and the bytes as hex.
// Changing a field rebuilds the bytes (lengths and checksums computed); typing hex re-dissects
// and the fields follow the bytes. A bad field or bad hex is marked where it is typed, keeps
// what was typed, and leaves the last good packet in place.

import { useEffect, useId } from "react";
import { PRESETS } from "../../../core/events/packet/presets.ts";
import { useSession } from "../../stores/session.ts";
import { useBuilder } from "./builder.ts";
import { readHex } from "./hex.ts";
import { formFields } from "./packetForm.ts";

export function PacketBuilder() {
  const id = useId();
  const hex = useSession((s) => s.packetHex);
  const setPacketHex = useSession((s) => s.setPacketHex);
  const refused = useSession((s) => (s.error?.field === "packet" ? s.error.message : undefined));
  const { preset, packet, values, errors, handEdited, choosePreset, setField, follow } = useBuilder();
  useEffect(() => follow(hex), [hex, follow]);

  const read = readHex(hex);
  const hexProblem = read instanceof Uint8Array ? (read.length < 14 ? `${read.length} bytes: an Ethernet frame needs at least 14` : undefined) : read.message;
  const hexNote = hexProblem ?? refused ?? (read instanceof Uint8Array ? `${read.length} bytes` : "");

  return (
    <form className="packet-builder" aria-label="Packet builder" onSubmit={(e) => e.preventDefault()}>
      <div className="pb-row">
        <label htmlFor={`${id}-preset`}>Preset</label>
        <select id={`${id}-preset`} value={preset} onChange={(e) => choosePreset(e.target.value)}>
          {preset === "custom" && <option value="custom">(edited)</option>}
          {PRESETS.map((p) => (
            <option key={p.name} value={p.name} title={p.title}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="pb-fields">
        {formFields(packet).map((f) => {
          const err = errors[f.key];
          return (
            <div key={f.key} className={`pb-field pb-${f.key}${err ? " invalid" : ""}`}>
              <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
              <input
                id={`${id}-${f.key}`}
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={values[f.key] ?? ""}
                placeholder={f.hint}
                aria-invalid={err !== undefined}
                aria-describedby={err ? `${id}-${f.key}-err` : undefined}
                onChange={(e) => setField(f.key, e.target.value)}
              />
              {err && (
                <span className="pb-error" id={`${id}-${f.key}-err`}>
                  {err}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {handEdited && <p className="pb-note">The bytes were typed by hand and differ from what the fields build; changing a field rebuilds the whole packet from the fields.</p>}
      <div className={`pb-hex${hexProblem || refused ? " invalid" : ""}`}>
        <label htmlFor={`${id}-hex`}>Packet bytes (hex)</label>
        <textarea
          id={`${id}-hex`}
          spellCheck={false}
          autoComplete="off"
          rows={4}
          value={hex}
          aria-invalid={hexProblem !== undefined || refused !== undefined}
          aria-describedby={`${id}-hex-note`}
          onChange={(e) => setPacketHex(e.target.value)}
        />
        <span className="pb-hex-note" id={`${id}-hex-note`}>
          {hexNote}
        </span>
      </div>
    </form>
  );
}
