// A generator template: an event to start from and, for some of its fields, how to draw each
// event's value. The JSON form (README, "Streams of events"):
//
//   { "packet": "tcp_syn",                                 a preset name, or { "layers": [...] }
//     "fields": {
//       "ipv4.src":    { "range": ["10.0.0.1", "10.0.0.254"] },   whole numbers, IPv4 or MAC addresses
//       "tcp.dstPort": { "list": [80, 443, 22], "weights": [6, 3, 1] },
//       "tcp.flags":   { "list": ["S", "SA", "R"] },
//       "payload.hex": { "bytes": [0, 64] } } }                   random bytes, a length in the range
//
// A field path starts with a layer's kind (its first layer of that kind) or index, then names
// the field and, inside lists, the element ("ethernet.vlans.0.vid"). "bytes" or "ctx" instead of
// "packet" start from hex ("hex" is then the one field). "kernel" starts from a kernel event
// (README, the JSON event form), its fields named by path: "process.pid", "fields.filename".
// Every mistake is a value with the JSON path and, from text, the line and column.

import { ipv4Text, macText, parseIpv4, parseMac } from "../bytes.ts";
import { presetByName } from "../packet/presets.ts";
import type { KernelEvent } from "../kernel/index.ts";
import type { Packet } from "../packet/layers.ts";
import { inputOf } from "./events.ts";
import type { StreamEvent } from "./events.ts";
import { isJsonError, readJson } from "./jsonloc.ts";
import type { Place } from "./jsonloc.ts";
import { eventRandom } from "./prng.ts";
import type { Random } from "./prng.ts";

export type Draw =
  | { readonly kind: "range"; readonly lo: number; readonly hi: number; readonly as: "int" | "ipv4" | "mac" }
  | { readonly kind: "list"; readonly values: readonly unknown[]; readonly weights?: readonly number[] }
  | { readonly kind: "bytes"; readonly min: number; readonly max: number };

export interface Rule {
  /** As written: "tcp.dstPort". */
  readonly field: string;
  /** Resolved into the event: ["packet", "layers", 2, "dstPort"]. */
  readonly at: readonly (string | number)[];
  readonly draw: Draw;
}

export interface Template {
  readonly base: StreamEvent;
  readonly rules: readonly Rule[];
}

export interface TemplateError {
  /** The JSON path of the member at fault ("fields/tcp.dstPort/range"). */
  readonly path: string;
  readonly place?: Place;
  readonly message: string;
}

type Result<T> = T | TemplateError;
const fail = (path: string, message: string): TemplateError => ({ path, message });
export const isTemplateError = (x: unknown): x is TemplateError => typeof x === "object" && x !== null && "message" in x && "path" in x;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v);

function baseOf(t: Record<string, unknown>): Result<StreamEvent> {
  const keys = ["packet", "bytes", "ctx", "kernel"].filter((k) => k in t);
  if (keys.length !== 1) return fail("", keys.length ? `give one of "packet", "bytes", "ctx" or "kernel", not ${keys.join(" and ")}` : `a template starts from "packet" (a preset name or { "layers": [...] }), "bytes" or "ctx" (hex), or "kernel" (a kernel event)`);
  const k = keys[0];
  const v = t[k];
  if (k === "packet") {
    if (typeof v === "string") {
      const p = presetByName(v);
      return p ? { kind: "packet", packet: p.packet } : fail("packet", `no preset named '${v}'`);
    }
    if (!isObject(v) || !Array.isArray(v.layers)) return fail("packet", `a preset name or { "layers": [...] }`);
    return { kind: "packet", packet: v as unknown as Packet };
  }
  if (k === "kernel") return isObject(v) ? { kind: "kernel", event: v as unknown as KernelEvent } : fail("kernel", `a kernel event: { "kind": "tracepoint", "name": "syscalls/sys_enter_openat", ... }`);
  if (typeof v !== "string") return fail(k, "hex bytes as a string");
  return { kind: k as "bytes" | "ctx", hex: v };
}

/** The place in the event a field path names, or why it names none. */
function resolve(base: StreamEvent, field: string, path: string): Result<(string | number)[]> {
  const parts = field.split(".");
  if (parts.some((p) => p === "")) return fail(path, `'${field}' is not a field path (like tcp.dstPort)`);
  if (base.kind === "kernel") {
    if (parts[0] !== "fields" && parts[0] !== "process") return fail(path, `a kernel event's drawn fields are under "fields" or "process" (like process.pid, fields.fd)`);
    if (parts.length < 2) return fail(path, `'${field}' names no field (like ${parts[0] === "fields" ? "fields.fd" : "process.pid"})`);
    return ["event", ...parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
  }
  if (base.kind !== "packet") return parts.length === 1 && parts[0] === "hex" ? ["hex"] : fail(path, `a ${base.kind} template has one field, "hex"`);
  if (parts[0] === "truncate" && parts.length === 1) return ["packet", "truncate"];
  if (parts[0] === "layers") parts.shift();
  const layers = base.packet.layers;
  const first = parts.shift()!;
  const index = /^\d+$/.test(first) ? Number(first) : layers.findIndex((l) => l.kind === first);
  if (index < 0 || index >= layers.length) return fail(path, `the packet has no ${/^\d+$/.test(first) ? `layer ${first}` : `${first} layer`} (it has ${layers.map((l) => l.kind).join(", ")})`);
  if (!parts.length) return fail(path, `'${field}' names a layer: name one of its fields (like ${first}.${layers[index].kind === "tcp" ? "dstPort" : "src"})`);
  if (parts[0] === "kind") return fail(path, "a layer's kind is not drawn");
  return ["packet", "layers", index, ...parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
}

function drawOf(v: unknown, path: string): Result<Draw> {
  if (!isObject(v)) return { kind: "list", values: [v] };
  const keys = Object.keys(v);
  if ("range" in v) {
    const r = v.range;
    if (!Array.isArray(r) || r.length !== 2) return fail(`${path}/range`, "a range is [low, high]");
    const [a, b] = r;
    let lo: number, hi: number, as: "int" | "ipv4" | "mac";
    if (typeof a === "number" && typeof b === "number") {
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return fail(`${path}/range`, "a range of numbers takes whole numbers");
      [lo, hi, as] = [a, b, "int"];
    } else if (typeof a === "string" && typeof b === "string" && parseIpv4(a) && parseIpv4(b)) {
      const n = (s: string) => parseIpv4(s)!.reduce((x, y) => x * 256 + y, 0);
      [lo, hi, as] = [n(a), n(b), "ipv4"];
    } else if (typeof a === "string" && typeof b === "string" && parseMac(a) && parseMac(b)) {
      const n = (s: string) => parseMac(s)!.reduce((x, y) => x * 256 + y, 0);
      [lo, hi, as] = [n(a), n(b), "mac"];
    } else return fail(`${path}/range`, `a range is of whole numbers, IPv4 addresses or MAC addresses, not ${show(a)} to ${show(b)} (other values: a list)`);
    if (lo > hi) return fail(`${path}/range`, `the low end ${show(a)} is above the high end ${show(b)}`);
    if (hi - lo >= 2 ** 53) return fail(`${path}/range`, "a range spans at most 2^53 values");
    return keys.length === 1 ? { kind: "range", lo, hi, as } : fail(path, `a range takes no ${keys.filter((k) => k !== "range").join(", ")}`);
  }
  if ("list" in v) {
    const values = v.list;
    if (!Array.isArray(values) || values.length === 0) return fail(`${path}/list`, "a list of one or more values");
    const w = v.weights;
    if (w !== undefined) {
      if (!Array.isArray(w) || w.length !== values.length) return fail(`${path}/weights`, `one weight per value (${values.length})`);
      const bad = w.findIndex((x) => typeof x !== "number" || !(x >= 0) || !Number.isFinite(x));
      if (bad >= 0) return fail(`${path}/weights/${bad}`, `${show(w[bad])} is not a weight (a number, 0 or more)`);
      if (!w.some((x) => x > 0)) return fail(`${path}/weights`, "at least one weight above 0");
    }
    const extra = keys.filter((k) => k !== "list" && k !== "weights");
    if (extra.length) return fail(path, `a list takes no ${extra.join(", ")}`);
    return { kind: "list", values, ...(w ? { weights: w as number[] } : {}) };
  }
  if ("bytes" in v) {
    const b = v.bytes;
    if (!Array.isArray(b) || b.length !== 2 || !b.every((x) => Number.isInteger(x) && x >= 0 && x <= 65535) || b[0] > b[1]) return fail(`${path}/bytes`, "byte counts [fewest, most], from 0 to 65535");
    return { kind: "bytes", min: b[0], max: b[1] };
  }
  return { kind: "list", values: [v] };
}

const HEX = Array.from({ length: 256 }, (_, k) => k.toString(16).padStart(2, "0"));

export function drawValue(d: Draw, r: Random): unknown {
  switch (d.kind) {
    case "range": {
      const n = r.int(d.lo, d.hi);
      if (d.as === "int") return n;
      const width = d.as === "ipv4" ? 4 : 6;
      const b = new Uint8Array(width);
      for (let k = width - 1, x = n; k >= 0; k--, x = Math.floor(x / 256)) b[k] = x % 256;
      return d.as === "ipv4" ? ipv4Text(b) : macText(b);
    }
    case "list":
      return d.values[r.pick(d.values.length, d.weights)];
    case "bytes": {
      const n = r.int(d.min, d.max);
      let s = "";
      for (let k = 0; k < n; k++) s += HEX[r.u32() & 0xff];
      return s;
    }
  }
}

/** A copy of `root` with `value` at `at`, copying only the objects on the way. */
function setIn(root: unknown, at: readonly (string | number)[], value: unknown, k = 0): unknown {
  if (k === at.length) return value;
  const key = at[k];
  const node = (root ?? (typeof key === "number" ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  copy[key] = setIn(node[key], at, value, k + 1);
  return copy;
}

/** The extreme values a draw can give, to check them against the builder before a run. */
function extremes(d: Draw): unknown[] {
  if (d.kind === "list") return d.values.slice(0, 256);
  if (d.kind === "bytes") return ["00".repeat(d.min), "00".repeat(d.max)];
  const at = (n: number) => drawValue({ kind: "range", lo: n, hi: n, as: d.as }, eventRandom(0, 0));
  return [at(d.lo), at(d.hi)];
}

/** A template from its JSON value; each rule is tried at its extremes so a bad range shows before a run. */
export function parseTemplate(json: unknown): Result<Template> {
  if (!isObject(json)) return fail("", "a template is an object: { \"packet\": ..., \"fields\": { ... } }");
  const unknown = Object.keys(json).filter((k) => !["packet", "bytes", "ctx", "kernel", "fields"].includes(k));
  if (unknown.length) return fail(unknown[0], `'${unknown[0]}' is not part of a template (packet, bytes, ctx, kernel, fields)`);
  const base = baseOf(json);
  if (isTemplateError(base)) return base;
  const baseRun = inputOf(base);
  if (typeof baseRun === "string") return fail(base.kind, baseRun);
  const fields = json.fields ?? {};
  if (!isObject(fields)) return fail("fields", `fields are an object: { "tcp.dstPort": { "range": [1, 1024] } }`);
  const rules: Rule[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const path = `fields/${field}`;
    const at = resolve(base, field, path);
    if (isTemplateError(at)) return at;
    const draw = drawOf(spec, path);
    if (isTemplateError(draw)) return draw;
    for (const v of extremes(draw)) {
      const tried = inputOf(setIn(base, at, v) as StreamEvent);
      if (typeof tried === "string") return fail(path, `${field} = ${show(v)}: ${tried}`);
    }
    rules.push({ field, at, draw });
  }
  return { base, rules };
}

/** parseTemplate over JSON text, with the line and column of every mistake. */
export function parseTemplateText(text: string): Result<Template> {
  const r = readJson(text);
  if (isJsonError(r)) return { path: "", place: r.place, message: r.message };
  const t = parseTemplate(r.value);
  if (!isTemplateError(t)) return t;
  // the deepest path that was written down gives the place
  let p = t.path;
  while (p && !r.places.has(p)) p = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
  return { ...t, place: r.places.get(p) };
}

export function formatTemplateError(e: TemplateError, file = "template"): string {
  const where = e.place ? `${file}:${e.place.line}:${e.place.column}` : file;
  return `${where}: ${e.path ? `${e.path.replace(/\//g, ".").replace(/^fields\./, "")}: ` : ""}${e.message}`;
}

/** Event `index` of the stream `seed` makes from the template: the same every time. */
export function generateEvent(t: Template, seed: number, index: number): StreamEvent {
  if (!t.rules.length) return t.base;
  const r = eventRandom(seed, index);
  let e: unknown = t.base;
  for (const rule of t.rules) e = setIn(e, rule.at, drawValue(rule.draw, r));
  return e as StreamEvent;
}
