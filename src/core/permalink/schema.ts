// The shareable state of a session: what a permalink carries, and how a decoded value is checked
// before anything uses it. A link comes from anywhere, so nothing in it is trusted: every field is
// checked for its type and size, unknown fields are refused, and the first problem is reported with
// the path of the field (`breakpoints[2].line: expected a whole number from 1`).

export const PERMALINK_VERSION = 1;

/** Sizes a link may not exceed: generous for real programs, small enough that a crafted link cannot hang the page. */
export const LIMITS = {
  /** Characters of source text. */
  text: 256 * 1024,
  /** Characters of an object (base64) or a kernel verifier log. */
  blob: 6 * 1024 * 1024,
  /** Hex digits of a packet or context. */
  hex: 2 * 64 * 1024,
  breakpoints: 1000,
  condition: 500,
  maps: 64,
  entries: 4096,
  /** Steps of the debugger position. */
  step: 10_000_000,
  name: 200,
} as const;

export interface SharedBreakpoint {
  /** Source line (1-based) or instruction index, whichever the user set. */
  readonly line?: number;
  readonly pc?: number;
  readonly condition?: string;
}

export interface SharedMapSeed {
  readonly name: string;
  readonly entries: readonly { readonly keyHex: string; readonly valueHex: string }[];
}

/** The Events pane's stream: its event list and generator settings (src/core/events/stream). */
export interface SharedStream {
  readonly mode?: "generate" | "list";
  /** Events as the stream's JSON form has them; the builder checks each when it runs. */
  readonly events?: readonly unknown[];
  readonly count?: number;
  readonly seed?: number;
  /** The generator's template, as JSON text. */
  readonly template?: string;
}

/** One session, version 1. Optional fields are absent when they hold their default. */
export interface SharedSession {
  /** `object`: text is an ELF object's bytes in base64; `log`: text is a kernel verifier log. */
  readonly language: "c" | "asm" | "object" | "log";
  readonly dialect: "llvm" | "ubpf";
  readonly text: string;
  /** Of several SEC() programs, the one chosen (function name). */
  readonly entry?: string;
  /** An object's kernel verifier log, dropped with it. */
  readonly log?: string;
  /** A program type chosen over the one the source names. */
  readonly progType?: string;
  readonly packetHex?: string;
  readonly ctxHex?: string;
  /** A tracing program's kernel event, as its JSON text (events/kernel's form; checked when it runs). */
  readonly event?: string;
  readonly maps?: readonly SharedMapSeed[];
  readonly breakpoints?: readonly SharedBreakpoint[];
  readonly stream?: SharedStream;
  /** The debugger's position: the number of instructions executed (the run is deterministic). */
  readonly step?: number;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

class Invalid extends Error {}

type Json = unknown;

function object(v: Json, path: string, allowed: readonly string[]): Record<string, Json> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Invalid(`${path || "the session"}: expected an object`);
  const o = v as Record<string, Json>;
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new Invalid(`${path ? `${path}.` : ""}${k}: not a field bpfplay knows`);
  return o;
}

function string(v: Json, path: string, max: number, pattern?: RegExp, what = "text"): string {
  if (typeof v !== "string") throw new Invalid(`${path}: expected ${what}`);
  if (v.length > max) throw new Invalid(`${path}: longer than ${max} characters`);
  if (pattern && !pattern.test(v)) throw new Invalid(`${path}: expected ${what}`);
  return v;
}

function whole(v: Json, path: string, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw new Invalid(`${path}: expected a whole number from ${min} to ${max}`);
  return v;
}

function list(v: Json, path: string, max: number): readonly Json[] {
  if (!Array.isArray(v)) throw new Invalid(`${path}: expected a list`);
  if (v.length > max) throw new Invalid(`${path}: more than ${max} items`);
  return v;
}

const HEX = /^[0-9a-f]*$/;
const IDENT = /^[A-Za-z_.][A-Za-z0-9_.]*$/;
const PROG_TYPE = /^[a-z0-9_/.:-]+$/;

function breakpoint(v: Json, path: string): SharedBreakpoint {
  const o = object(v, path, ["line", "pc", "condition"]);
  if ((o.line === undefined) === (o.pc === undefined)) throw new Invalid(`${path}: expected a line or an instruction, not both`);
  return {
    ...(o.line !== undefined ? { line: whole(o.line, `${path}.line`, 1, 10_000_000) } : {}),
    ...(o.pc !== undefined ? { pc: whole(o.pc, `${path}.pc`, 0, 10_000_000) } : {}),
    ...(o.condition !== undefined ? { condition: string(o.condition, `${path}.condition`, LIMITS.condition) } : {}),
  };
}

function mapSeed(v: Json, path: string): SharedMapSeed {
  const o = object(v, path, ["name", "entries"]);
  const entries = list(o.entries, `${path}.entries`, LIMITS.entries).map((e, i) => {
    const p = `${path}.entries[${i}]`;
    const x = object(e, p, ["keyHex", "valueHex"]);
    return { keyHex: string(x.keyHex, `${p}.keyHex`, LIMITS.hex, HEX, "lower-case hex"), valueHex: string(x.valueHex, `${p}.valueHex`, LIMITS.hex, HEX, "lower-case hex") };
  });
  return { name: string(o.name, `${path}.name`, LIMITS.name, IDENT, "a map name"), entries };
}

/** Plain JSON of bounded depth and size: an event description the builder checks later. */
function plain(v: Json, path: string, depth: number): Json {
  if (depth > 12) throw new Invalid(`${path}: nested too deep`);
  if (v === null || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) return v;
  if (typeof v === "string") return string(v, path, LIMITS.hex);
  if (Array.isArray(v)) return list(v, path, LIMITS.entries).map((x, i) => plain(x, `${path}[${i}]`, depth + 1));
  if (typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, Json>).slice(0, 200).map(([k, x]) => [string(k, path, LIMITS.name), plain(x, `${path}.${k}`, depth + 1)]));
  throw new Invalid(`${path}: expected JSON`);
}

function stream(v: Json, path: string): SharedStream {
  const o = object(v, path, ["mode", "events", "count", "seed", "template"]);
  if (o.mode !== undefined && o.mode !== "generate" && o.mode !== "list") throw new Invalid(`${path}.mode: expected "generate" or "list"`);
  const events = o.events === undefined ? undefined : list(o.events, `${path}.events`, LIMITS.entries).map((e, i) => {
    const p = `${path}.events[${i}]`;
    const x = object(e, p, ["kind", "packet", "hex", "event"]);
    if (x.kind !== "packet" && x.kind !== "bytes" && x.kind !== "ctx" && x.kind !== "kernel") throw new Invalid(`${p}.kind: expected "packet", "bytes", "ctx" or "kernel"`);
    if (x.kind === "packet") return { kind: x.kind, packet: plain(x.packet, `${p}.packet`, 0) };
    if (x.kind === "kernel") return { kind: x.kind, event: plain(x.event, `${p}.event`, 0) };
    return { kind: x.kind, hex: string(x.hex, `${p}.hex`, LIMITS.hex, HEX, "lower-case hex") };
  });
  return {
    ...(o.mode !== undefined ? { mode: o.mode } : {}),
    ...(events ? { events } : {}),
    ...(o.count !== undefined ? { count: whole(o.count, `${path}.count`, 1, 10_000_000) } : {}),
    ...(o.seed !== undefined ? { seed: whole(o.seed, `${path}.seed`, 0, 0xffffffff) } : {}),
    ...(o.template !== undefined ? { template: string(o.template, `${path}.template`, 64 * 1024) } : {}),
  };
}

const FIELDS = ["language", "dialect", "text", "entry", "log", "progType", "packetHex", "ctxHex", "event", "maps", "breakpoints", "stream", "step"] as const;

/** Checks a decoded value field by field; builds a fresh object, so nothing unchecked survives. */
export function checkSession(v: Json): Checked<SharedSession> {
  try {
    const o = object(v, "", FIELDS);
    if (o.language !== "c" && o.language !== "asm" && o.language !== "object" && o.language !== "log") throw new Invalid(`language: expected "c", "asm", "object" or "log"`);
    const blob = o.language === "object" || o.language === "log";
    if (o.dialect !== "llvm" && o.dialect !== "ubpf") throw new Invalid(`dialect: expected "llvm" or "ubpf"`);
    const s: SharedSession = {
      language: o.language,
      dialect: o.dialect,
      text: string(o.text, "text", blob ? LIMITS.blob : LIMITS.text, o.language === "object" ? /^[A-Za-z0-9+/]*={0,2}$/ : undefined, o.language === "object" ? "base64" : "text"),
      ...(o.entry !== undefined ? { entry: string(o.entry, "entry", LIMITS.name, IDENT, "a function name") } : {}),
      ...(o.log !== undefined && o.language === "object" ? { log: string(o.log, "log", LIMITS.blob) } : {}),
      ...(o.progType !== undefined ? { progType: string(o.progType, "progType", LIMITS.name, PROG_TYPE, "a program type") } : {}),
      ...(o.packetHex !== undefined ? { packetHex: string(o.packetHex, "packetHex", LIMITS.hex, HEX, "lower-case hex") } : {}),
      ...(o.ctxHex !== undefined ? { ctxHex: string(o.ctxHex, "ctxHex", LIMITS.hex, HEX, "lower-case hex") } : {}),
      ...(o.event !== undefined ? { event: string(o.event, "event", LIMITS.text) } : {}),
      ...(o.maps !== undefined ? { maps: list(o.maps, "maps", LIMITS.maps).map((m, i) => mapSeed(m, `maps[${i}]`)) } : {}),
      ...(o.breakpoints !== undefined ? { breakpoints: list(o.breakpoints, "breakpoints", LIMITS.breakpoints).map((b, i) => breakpoint(b, `breakpoints[${i}]`)) } : {}),
      ...(o.stream !== undefined ? { stream: stream(o.stream, "stream") } : {}),
      ...(o.step !== undefined ? { step: whole(o.step, "step", 0, LIMITS.step) } : {}),
    };
    return { ok: true, value: s };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
