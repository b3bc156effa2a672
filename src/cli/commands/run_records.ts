// Ring buffer records and perf event samples as `run` prints them. From C (the compiler's
// DebugInfo.records) a map's records are decoded by the struct the program writes there, by
// core/stream/records.ts as the Maps tab does: text `ringbuf execs: { pid = 2001, comm = "bash" }`,
// --json a `decoded` object of members beside the hex. A record stays hex, with a note saying why,
// when its map has no one known type or its length is not its type's size (a struct read from too
// few or too many bytes would show members that are not there). Other programs' records are hex.

import { fromHex } from "../../core/events/bytes.ts";
import type { DebugInfo, Program } from "../../core/program.ts";
import { decodeRecord, recordTypeOf, typeSize } from "../../core/stream/records.ts";
import type { DecodedField } from "../../core/stream/records.ts";
import { PerfEventArrayMap, RingbufMap } from "../../core/vm/maps/index.ts";
import type { MapDump } from "../../core/vm/index.ts";
import type { MapSet } from "../../core/vm/mapset.ts";

export type RecordKind = "ringbuf" | "perf";

/** A record read by its type, or why it stays hex (undefined: the program is not C). */
export type Reading = { readonly as: string; readonly fields: readonly DecodedField[] } | { readonly note: string } | undefined;

export interface TakenRecord {
  readonly kind: RecordKind;
  readonly map: string;
  readonly data: Uint8Array;
  readonly discarded: boolean;
}

const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** A char array's shown text (`"a\x01\""`) back to its characters, for JSON. */
const unquote = (t: string) => t.slice(1, -1).replace(/\\(x[0-9a-f]{2}|\\|")/g, (_, e: string) => (e[0] === "x" ? String.fromCharCode(parseInt(e.slice(1), 16)) : e));

/** A member's value for JSON: integers exact (bigint), char arrays as strings, lists of integers as lists, the rest as shown. */
function memberValue(f: DecodedField): unknown {
  const t = f.text;
  if (/^-?\d+$/.test(t)) return BigInt(t);
  if (t.startsWith('"')) return unquote(t);
  if (/^\[-?\d+(, -?\d+)*\]$/.test(t)) return t.slice(1, -1).split(", ").map(BigInt);
  return t;
}

export class RecordReader {
  private readonly debug?: DebugInfo;
  private readonly kinds = new Map<string, RecordKind>();
  private readonly types = new Map<string, number | undefined>();
  /** Why records stay hex, each once, in the order met. */
  readonly notes = new Set<string>();

  constructor(program: Program) {
    // only the C compiler records what is written where; without that every record is hex
    if (program.debug?.records?.length) this.debug = program.debug;
    for (const m of program.maps) {
      if (m.type === "ringbuf") this.kinds.set(m.name, "ringbuf");
      else if (m.type === "perf_event_array") this.kinds.set(m.name, "perf");
    }
  }

  kindOf(map: string): RecordKind | undefined {
    return this.kinds.get(map);
  }

  /** Whether --json gets the decoded members (and notes): the program is C. */
  get decodes(): boolean {
    return this.debug !== undefined;
  }

  read(kind: RecordKind, map: string, bytes: Uint8Array): Reading {
    const debug = this.debug;
    if (!debug) return undefined;
    if (!this.types.has(map)) this.types.set(map, recordTypeOf(debug, map));
    const type = this.types.get(map);
    const note = (why: string) => {
      const text = `${kind} ${map}: ${why}: shown as hex`;
      this.notes.add(text);
      return { note: text };
    };
    if (type === undefined || !debug.types[type]) {
      const names = [...new Set((debug.records ?? []).filter((r) => r.map === map).map((r) => debug.types[r.type]?.name ?? "?"))];
      return note(names.length > 1 ? `the program writes records of more than one type here (${names.join(", ")})` : "the compiler saw no write of a known type to this map");
    }
    const size = typeSize(debug.types, type);
    const name = debug.types[type].name;
    if (bytes.length !== size) return note(`a record is ${bytes.length} bytes; ${name} takes ${size}`);
    return { as: name, fields: decodeRecord(bytes, debug.types, type).fields };
  }

  /** `ringbuf execs: { pid = 2001, comm = "bash" }`, or the hex when it cannot be read. */
  text(kind: RecordKind, map: string, bytes: Uint8Array): string {
    const r = this.read(kind, map, bytes);
    return `${kind} ${map}: ${r && "fields" in r ? `{ ${r.fields.map((f) => `${f.name} = ${f.text}`).join(", ")} }` : toHex(bytes)}`;
  }

  /** What --json adds beside a record's hex: `decoded_as` and `decoded`, or `note`. */
  json(kind: RecordKind, map: string, bytes: Uint8Array): Record<string, unknown> {
    const r = this.read(kind, map, bytes);
    if (!r) return {};
    if ("note" in r) return { note: r.note };
    return { decoded_as: r.as, decoded: Object.fromEntries(r.fields.map((f) => [f.name, memberValue(f)])) };
  }

  /** An --events output line (`ringbuf execs: 0203...`) with its record decoded; other lines as they are. */
  outputLine(line: string): string {
    const m = this.parseOutput(line);
    return m ? this.text(m.kind, m.map, m.bytes) : line;
  }

  /** The records among an --events event's output lines, for --json. */
  outputJson(lines: readonly string[]): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const line of lines) {
      const m = this.parseOutput(line);
      if (m) out.push({ kind: m.kind, map: m.map, data: toHex(m.bytes), ...this.json(m.kind, m.map, m.bytes) });
    }
    return out;
  }

  private parseOutput(line: string): { kind: RecordKind; map: string; bytes: Uint8Array } | undefined {
    const m = /^(ringbuf|perf) (\S+): ([0-9a-f]*)$/.exec(line);
    // a bpf_printk line could look like a record: it is one only if the map is one of that kind
    if (!m || this.kinds.get(m[2]) !== m[1]) return undefined;
    const bytes = fromHex(m[3]);
    return bytes ? { kind: m[1] as RecordKind, map: m[2], bytes } : undefined;
  }

  /** The maps' JSON as `run` prints it, each record or sample with what json() adds. */
  mapsJson(dumps: Readonly<Record<string, MapDump>>): Record<string, unknown> {
    const maps: Record<string, unknown> = {};
    for (const [name, d] of Object.entries(dumps)) {
      const kind = this.kinds.get(name);
      if (d.kind === "records") maps[name] = d.records.map((x) => ({ data: toHex(x.data), discarded: x.discarded, ...this.json("ringbuf", name, x.data) }));
      else maps[name] = d.entries.map((e) => ({ key: toHex(e.key), value: toHex(e.value), ...(kind === "perf" ? this.json(kind, name, e.value) : {}) }));
    }
    return maps;
  }

  /** Prints the notes to stderr, once each. */
  printNotes(stderr: (text: string) => void): void {
    for (const n of this.notes) stderr(`note: ${n}\n`);
  }
}

/** Takes the records and samples written since the last take, run by run (a record still reserved when a run ended, by a fault, never will be). */
export class RecordTaker {
  private readonly rings: RingbufMap[];
  private readonly perfs: PerfEventArrayMap[];
  private readonly ringSeen: number[];
  private readonly perfSeen: number[];

  constructor(maps: MapSet) {
    this.rings = maps.maps.filter((m): m is RingbufMap => m instanceof RingbufMap);
    this.perfs = maps.maps.filter((m): m is PerfEventArrayMap => m instanceof PerfEventArrayMap);
    this.ringSeen = this.rings.map((m) => m.records.length);
    this.perfSeen = this.perfs.map((m) => m.samples.length);
  }

  get any(): boolean {
    return this.rings.length + this.perfs.length > 0;
  }

  take(): TakenRecord[] {
    const out: TakenRecord[] = [];
    this.rings.forEach((m, k) => {
      for (let i = this.ringSeen[k]; i < m.records.length; i++) {
        const r = m.records[i];
        if (r.state !== "busy") out.push({ kind: "ringbuf", map: m.def.name, data: r.data, discarded: r.state === "discarded" });
      }
      this.ringSeen[k] = m.records.length;
    });
    this.perfs.forEach((m, k) => {
      for (let i = this.perfSeen[k]; i < m.samples.length; i++) out.push({ kind: "perf", map: m.def.name, data: m.samples[i].data, discarded: false });
      this.perfSeen[k] = m.samples.length;
    });
    return out;
  }
}

/** A taken record in --json: `{"kind", "map", "data", "discarded"?, "decoded_as", "decoded"}` (decoded from C), as --events lists an event's records. */
export function takenJson(reader: RecordReader, r: TakenRecord): Record<string, unknown> {
  return { kind: r.kind, map: r.map, data: toHex(r.data), ...(r.discarded ? { discarded: true } : {}), ...reader.json(r.kind, r.map, r.data) };
}

/** A taken record's text line: `ringbuf execs: { ... }`, a discarded one marked. */
export function takenText(reader: RecordReader, r: TakenRecord): string {
  const line = reader.text(r.kind, r.map, r.data);
  return r.discarded ? line.replace(": ", " (discarded): ") : line;
}
