// A ring buffer's records or a perf event array's samples. From C, each record is decoded by the
// struct the program writes it as (the compiler's DebugInfo.records; core/stream/records.ts): a
// column per member, char arrays as strings, integers in decimal with their hex on hover or all
// in hex with the toggle. When the writes give no one type, the user picks one of the program's
// structs; "bytes" shows the raw hex as before.

import { useState } from "react";
import { decodeRecord, recordChoices, recordTypeOf } from "../../../core/stream/records.ts";
import type { DebugInfo } from "../../../core/program.ts";
import type { MapView } from "../../../protocol/index.ts";
import { hexBytes, leNumbers } from "../../format/bytes.ts";

const BYTES = -1;

export function RecordList({ m, debug }: { readonly m: MapView; readonly debug?: DebugInfo }) {
  const inferred = recordTypeOf(debug, m.name);
  const choices = recordChoices(debug);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  // a type picked for another build: its index may name another type now
  const [pickedFor, setPickedFor] = useState(debug);
  if (pickedFor !== debug) {
    setPickedFor(debug);
    setPicked(undefined);
  }
  const [hexInts, setHexInts] = useState(false);
  const type = picked ?? inferred ?? BYTES;
  const decodable = type !== BYTES && debug?.types[type] !== undefined;
  const writes = (debug?.records ?? []).filter((r) => r.map === m.name);
  const perf = m.type === "perf_event_array";
  const decoded = decodable ? m.entries.map((e) => decodeRecord(e.value, debug!.types, type)) : [];
  const columns = decoded[0]?.fields ?? [];
  const notes = [...new Set(decoded.map((d) => d.note).filter((n): n is string => !!n))];
  const bad = picked === undefined && inferred === undefined && writes.length > 1 ? "the program writes records of more than one type here: pick the one to decode by" : undefined;

  return (
    <>
      {choices.length > 0 && (
        <div className="record-controls">
          <label>
            Decode as
            <select value={type} onChange={(e) => setPicked(Number(e.target.value))} aria-label={`Decode ${m.name} records as`}>
              <option value={BYTES}>bytes (hex)</option>
              {choices.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.name} ({c.size} B){c.index === inferred ? ", as the program writes it" : ""}
                </option>
              ))}
            </select>
          </label>
          {decodable && (
            <label>
              <input type="checkbox" checked={hexInts} onChange={(e) => setHexInts(e.target.checked)} /> integers in hex
            </label>
          )}
          {inferred !== undefined && picked === undefined && <span className="record-source">from line {writes.map((w) => w.line).join(", ")}</span>}
          {bad && <span className="seed-error">{bad}</span>}
        </div>
      )}
      {notes.map((n) => (
        <p key={n} className="seed-error">
          {n}
        </p>
      ))}
      <div className="record-scroll">
        <table className="grid map-entries" aria-label={`Records of ${m.name}`}>
          <thead>
            <tr>
              <th scope="col">#</th>
              {perf && <th scope="col">CPU</th>}
              <th scope="col">Size</th>
              {decodable ? (
                columns.map((f) => (
                  <th scope="col" key={f.name} title={`${f.c} at offset ${f.offset}`}>
                    {f.name}
                  </th>
                ))
              ) : (
                <>
                  <th scope="col">Data</th>
                  <th scope="col">As numbers</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {m.entries.map((e, k) => (
              <tr key={k} className={e.discarded ? "discarded" : undefined} title={e.discarded ? "discarded" : "submitted"}>
                <td className="num">{k}</td>
                {perf && <td className="num">{e.key[0]}</td>}
                <td className="num">{e.value.length}</td>
                {decodable ? (
                  decoded[k].fields.map((f) => {
                    const isInt = f.hex.startsWith("0x");
                    return (
                      <td key={f.name} className={isInt ? "num" : "hex"} title={f.missing ? "past the record's end" : `${f.c}: ${f.hex}`}>
                        {f.missing ? "—" : hexInts && isInt ? f.hex : f.text}
                      </td>
                    );
                  })
                ) : (
                  <>
                    <td className="hex">{hexBytes(e.value)}</td>
                    <td className="num">{leNumbers(e.value) ?? ""}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
