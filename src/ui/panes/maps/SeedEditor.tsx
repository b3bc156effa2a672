// One map's seeds, edited: the entries it holds before the program's first instruction. A key and
// a value are typed as hex bytes (memory order) or as a little-endian unsigned or signed number;
// Set inserts or replaces the entry with that key, Edit puts a row back into the form, Delete
// drops it, Clear drops them all. Every change starts a fresh session with the new seeds, so the
// live contents below show them at once. Bad input is refused where it is typed, with the reason.

import { useState } from "react";
import type { SharedMapSeed } from "../../../core/permalink/index.ts";
import type { MapFieldType } from "../../../core/program.ts";
import { useSession } from "../../stores/session.ts";
import { checkSeeds, clearSeeds, deleteSeed, formatTyped, parseHexBytes, parseTyped, toHex, upsertSeed } from "./seeds.ts";
import type { Format, MapShape, SeedProblem } from "./seeds.ts";

const FORMATS: readonly { readonly value: Format; readonly label: string }[] = [
  { value: "unsigned", label: "unsigned" },
  { value: "signed", label: "signed" },
  { value: "hex", label: "hex bytes" },
];

const numeric = (size: number) => [1, 2, 4, 8].includes(size);
/** By the C type where the source gives one, else as a number where the size allows. */
const defaultFormat = (size: number, type?: MapFieldType): Format => (type?.ints.length ? "c" : numeric(size) ? "unsigned" : "hex");

function FormatPicker({ label, size, type, value, onChange }: { readonly label: string; readonly size: number; readonly type?: MapFieldType; readonly value: Format; readonly onChange: (f: Format) => void }) {
  const options = [...(type?.ints.length ? [{ value: "c" as const, label: type.c }] : []), ...FORMATS.filter((f) => f.value === "hex" || numeric(size))];
  return (
    <select className="seed-format" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as Format)}>
      {options.map((f) => (
        <option key={f.value} value={f.value}>
          {f.label}
        </option>
      ))}
    </select>
  );
}

/** Changes the seeds and starts a fresh session with them. */
function applySeeds(seeds: readonly SharedMapSeed[]): void {
  const s = useSession.getState();
  s.setMapSeeds(seeds);
  s.reset();
}

const bytesOf = (hex: string) => parseHexBytes(hex) as Uint8Array;

/** What to type, by example: hex bytes, a number, or a struct's members. */
function placeholder(f: Format, size: number, type: MapFieldType | undefined, n: string): string {
  if (f === "hex") return `${size} bytes, e.g. ${"00 ".repeat(Math.min(size, 4)).trim()}`;
  if (f === "c" && type && !(type.ints.length === 1 && type.ints[0].name === "")) return type.ints.slice(0, 2).map((m) => `${m.name} = ${n}`).join(", ");
  return `e.g. ${n}`;
}

export function SeedEditor({ map, problems }: { readonly map: MapShape; readonly problems: readonly SeedProblem[] }) {
  const seeds = useSession((s) => s.mapSeeds);
  const mine = seeds.find((s) => s.name === map.name)?.entries ?? [];
  const [keyFormat, setKeyFormat] = useState<Format>(defaultFormat(map.keySize, map.keyType));
  const [valueFormat, setValueFormat] = useState<Format>(defaultFormat(map.valueSize, map.valueType));
  const showKey = (b: Uint8Array, f: Format = keyFormat) => formatTyped(b, f, map.keyType);
  const showValue = (b: Uint8Array, f: Format = valueFormat) => formatTyped(b, f, map.valueType);
  const [keyText, setKeyText] = useState("");
  const [valueText, setValueText] = useState("");
  const [error, setError] = useState<string>();
  const id = `seed-${map.name}`;

  const set = () => {
    const key = parseTyped(keyText, map.keySize, keyFormat, map.keyType);
    if (typeof key === "string") return setError(`key: ${key}`);
    const value = parseTyped(valueText, map.valueSize, valueFormat, map.valueType);
    if (typeof value === "string") return setError(`value: ${value}`);
    const unfit = checkSeeds([map], [{ name: map.name, entries: [{ keyHex: toHex(key), valueHex: toHex(value) }] }]).problems[0];
    if (unfit) return setError(`key: ${unfit.message}`);
    const known = mine.some((e) => e.keyHex === toHex(key));
    if (!known && mine.length >= map.maxEntries) return setError(`${map.name} holds at most ${map.maxEntries} entries`);
    setError(undefined);
    setKeyText("");
    setValueText("");
    applySeeds(upsertSeed(seeds, map.name, key, value));
  };

  const keyProblem = (keyHex: string) => problems.find((p) => p.keyHex === keyHex)?.message;

  return (
    <div className="seeds" role="group" aria-label={`Seeds of ${map.name}`}>
      <div className="seeds-head">
        <span className="seeds-title">Before the run</span>
        <span className="seeds-count">{mine.length ? `${mine.length} seeded entr${mine.length === 1 ? "y" : "ies"}` : "no seeds: the map starts empty"}</span>
        {mine.length > 0 && (
          <button type="button" className="text-button" onClick={() => applySeeds(clearSeeds(seeds, map.name))}>
            Clear {map.name}
          </button>
        )}
      </div>
      {mine.length > 0 && (
        <table className="grid map-entries seed-entries">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mine.map((e) => {
              const key = bytesOf(e.keyHex);
              const value = bytesOf(e.valueHex);
              const problem = keyProblem(e.keyHex);
              const shown = problem ? "hex" : undefined;
              return (
                <tr key={e.keyHex} className={problem ? "seed-unused" : undefined} title={problem}>
                  <td className="num">{showKey(key, shown ?? keyFormat)}</td>
                  <td className="num">{showValue(value, shown ?? valueFormat)}</td>
                  <td className="seed-actions">
                    <button
                      type="button"
                      className="text-button"
                      aria-label={`Edit ${map.name} entry ${showKey(key)}`}
                      onClick={() => {
                        setKeyText(showKey(key, key.length === map.keySize ? keyFormat : "hex"));
                        setValueText(showValue(value, value.length === map.valueSize ? valueFormat : "hex"));
                        setError(undefined);
                      }}
                    >
                      Edit
                    </button>
                    <button type="button" className="text-button" aria-label={`Delete ${map.name} entry ${showKey(key)}`} onClick={() => applySeeds(deleteSeed(seeds, map.name, key))}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form
        className="seed-form"
        onSubmit={(e) => {
          e.preventDefault();
          set();
        }}
      >
        <label>
          <span>Key</span>
          <input className="condition" aria-label={`Key for ${map.name}`} value={keyText} placeholder={placeholder(keyFormat, map.keySize, map.keyType, "0")} onChange={(e) => setKeyText(e.target.value)} aria-invalid={error?.startsWith("key") ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} spellCheck={false} />
        </label>
        <FormatPicker label={`Key format for ${map.name}`} size={map.keySize} type={map.keyType} value={keyFormat} onChange={setKeyFormat} />
        <label>
          <span>Value</span>
          <input className="condition" aria-label={`Value for ${map.name}`} value={valueText} placeholder={placeholder(valueFormat, map.valueSize, map.valueType, "1")} onChange={(e) => setValueText(e.target.value)} aria-invalid={error?.startsWith("value") ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} spellCheck={false} />
        </label>
        <FormatPicker label={`Value format for ${map.name}`} size={map.valueSize} type={map.valueType} value={valueFormat} onChange={setValueFormat} />
        <button type="submit" className="seed-set">
          Set
        </button>
      </form>
      {error && (
        <p className="seed-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {problems
        .filter((p) => !p.keyHex)
        .map((p) => (
          <p className="seed-error" key={p.message}>
            {p.message}
          </p>
        ))}
    </div>
  );
}
