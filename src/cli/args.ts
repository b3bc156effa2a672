// Options shared by several commands.
import { MAP_TYPES } from "../core/program.ts";
import type { MapDef } from "../core/program.ts";
import type { Dialect } from "../core/asm/index.ts";
import { UsageError } from "./io.ts";

const num = (s: string, what: string, spec: string): number => {
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(s) || Number(s) > 0xffffffff) throw new UsageError(`--map ${spec}: ${what} '${s}' is not a number`);
  return Number(s);
};

/** NAME:TYPE:KEY:VALUE:MAX[:FLAGS], e.g. counters:hash:4:8:1024 */
export function parseMapSpec(spec: string): MapDef {
  const p = spec.split(":");
  if (p.length < 5 || p.length > 6) throw new UsageError(`--map ${spec}: expected NAME:TYPE:KEY:VALUE:MAX[:FLAGS]`);
  const [name, type] = p;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--map ${spec}: '${name}' is not a valid map name`);
  if (!(type in MAP_TYPES)) throw new UsageError(`--map ${spec}: unknown map type '${type}' (known: ${Object.keys(MAP_TYPES).join(", ")})`);
  return {
    name,
    type,
    keySize: num(p[2], "key size", spec),
    valueSize: num(p[3], "value size", spec),
    maxEntries: num(p[4], "max entries", spec),
    flags: p[5] !== undefined ? num(p[5], "flags", spec) : 0,
  };
}

/** The options `run` takes; `verify` takes the same (plus --log-level), so one command line serves both. */
export const PROGRAM_OPTIONS = {
  type: { type: "string" },
  map: { type: "string", multiple: true },
  init: { type: "string", multiple: true },
  "packet-hex": { type: "string" },
  pcap: { type: "string" },
  "pcap-out": { type: "string" },
  events: { type: "string" },
  seed: { type: "string" },
  template: { type: "string" },
  event: { type: "string" },
  "ctx-hex": { type: "string" },
  "mem-hex": { type: "string" },
  repeat: { type: "string" },
  budget: { type: "string" },
  "no-verify": { type: "boolean" },
  "strict-align": { type: "boolean" },
  "no-perf-reader": { type: "boolean" },
  dialect: { type: "string" },
  json: { type: "boolean" },
  prog: { type: "string" },
  include: { type: "string", short: "I", multiple: true },
  define: { type: "string", short: "D", multiple: true },
} as const;

export function parseDialect(s: string | undefined): Dialect {
  if (s === undefined || s === "llvm" || s === "ubpf") return s ?? "llvm";
  throw new UsageError(`--dialect must be llvm or ubpf, not '${s}'`);
}
