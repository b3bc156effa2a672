// Map seeds: the entries the maps hold before a session starts, as the user types them in the
// Maps pane or the console (`map update NAME key HEX value HEX`). Seeds are kept in the document
// and in Share links (SharedMapSeed: hex bytes in memory order), and the worker puts them into the
// maps before the program's first instruction, as `bpfplay run --init` does. Pure: no React.

import type { SharedMapSeed } from "../../../core/permalink/index.ts";
import type { MapFieldType } from "../../../core/program.ts";

/** How a key or value is typed: hex bytes in memory order, a little-endian number, or by its C type. */
export type Format = "hex" | "unsigned" | "signed" | "c";

/** What a seed needs to know of a map. */
export interface MapShape {
  readonly name: string;
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  /** C programs: the key's and value's types (`__type(key, __u32)`). */
  readonly keyType?: MapFieldType;
  readonly valueType?: MapFieldType;
}

/** Map types whose entries a user cannot seed: records, sockets, programs, inner maps. */
const UNSEEDABLE = new Set(["ringbuf", "user_ringbuf", "perf_event_array", "prog_array", "array_of_maps", "hash_of_maps", "sockmap", "sockhash", "devmap", "devmap_hash", "cpumap", "xskmap", "stack_trace", "queue", "stack", "bloom_filter", "cgroup_array", "sk_storage", "inode_storage", "task_storage", "cgrp_storage", "struct_ops"]);

export const seedable = (m: MapShape): boolean => !UNSEEDABLE.has(m.type) && m.keySize > 0;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Hex bytes in memory order: `01 00 00 00`, `01000000`, `0x01 0x00` (spaces, commas, 0x allowed). */
export function parseHexBytes(text: string): Uint8Array | string {
  const digits = text.replace(/0x/gi, "").replace(/[\s,:]+/g, "");
  if (!digits) return "no bytes given";
  const bad = /[^0-9a-f]/i.exec(digits);
  if (bad) return `'${bad[0]}' is not a hex digit`;
  if (digits.length % 2) return `${plural(digits.length, "hex digit")} do not make whole bytes`;
  const out = new Uint8Array(digits.length / 2);
  for (let k = 0; k < out.length; k++) out[k] = parseInt(digits.slice(2 * k, 2 * k + 2), 16);
  return out;
}

export const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

/** Spaced hex for reading: `01 00 00 00`. */
export const spacedHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");

/**
 * A key or value typed in `format`, as `size` bytes. A number is little-endian (as the program
 * reads it on x86-64 and arm64) and must fit: 0..2^(8n)-1 unsigned, -2^(8n-1)..2^(8n-1)-1 signed.
 * Numbers are for sizes 1, 2, 4 and 8; other sizes take hex.
 */
export function parseTyped(text: string, size: number, format: Format, type?: MapFieldType): Uint8Array | string {
  const t = text.trim();
  if (format === "c" && type) return parseByType(t, type, size);
  if (format === "hex" || format === "c") {
    const b = parseHexBytes(t);
    if (typeof b === "string") return b;
    if (b.length !== size) return `${plural(b.length, "byte")} given; it takes ${size}`;
    return b;
  }
  if (![1, 2, 4, 8].includes(size)) return `a ${size}-byte field takes hex bytes, not a number`;
  const m = /^([+-]?)(0x[0-9a-f]+|\d+)$/i.exec(t);
  if (!m) return `'${t}' is not a ${format === "signed" ? "" : "non-negative "}whole number`;
  let v = BigInt(m[2]) * (m[1] === "-" ? -1n : 1n);
  const bits = BigInt(size * 8);
  const [lo, hi] = format === "unsigned" ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  if (v < lo || v > hi) return `${t} does not fit ${size} byte${size === 1 ? "" : "s"} ${format} (${lo}..${hi})`;
  v = BigInt.asUintN(size * 8, v);
  const out = new Uint8Array(size);
  for (let k = 0; k < size; k++) out[k] = Number((v >> BigInt(8 * k)) & 0xffn);
  return out;
}

const leInt = (b: Uint8Array, at: number, size: number, signed: boolean): bigint => {
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[at + k] ?? 0);
  return signed ? BigInt.asIntN(size * 8, v) : v;
};

/** A plain integer type (`__u32`, `long`): one unnamed integer the whole size. */
const plainInt = (t: MapFieldType, size: number) => t.ints.length === 1 && t.ints[0].name === "" && t.ints[0].size === size;

/** Bytes read by their C type: a number for an integer type, `{ source = 80, dest = 0 }` for a struct. */
export function formatByType(b: Uint8Array, t: MapFieldType): string {
  if (plainInt(t, b.length)) return leInt(b, 0, b.length, t.ints[0].signed).toString();
  if (!t.ints.length) return spacedHex(b);
  return `{ ${t.ints.map((f) => `${f.name} = ${leInt(b, f.offset, f.size, f.signed)}`).join(", ")} }`;
}

/**
 * Text typed by the C type: a number for an integer type; for a struct `source = 1, dest = 80`
 * (braces optional, members not named are 0, bytes between members 0).
 */
export function parseByType(text: string, t: MapFieldType, size: number): Uint8Array | string {
  if (plainInt(t, size)) return parseTyped(text, size, t.ints[0].signed ? "signed" : "unsigned");
  if (!t.ints.length) return parseTyped(text, size, "hex");
  const out = new Uint8Array(size);
  const body = text.trim().replace(/^\{/, "").replace(/\}$/, "").trim();
  for (const part of body ? body.split(",") : []) {
    const m = /^\s*\.?([A-Za-z_][\w.]*)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) return `'${part.trim()}': write member = number, e.g. ${t.ints[0].name} = 1`;
    const f = t.ints.find((x) => x.name === m[1]);
    if (!f) return `${t.c} has no integer member '${m[1]}' (members: ${t.ints.map((x) => x.name).join(", ")})`;
    const v = parseTyped(m[2], f.size, f.signed ? "signed" : "unsigned");
    if (typeof v === "string") return `${f.name}: ${v}`;
    out.set(v, f.offset);
  }
  return out;
}

/** Bytes shown in `format` (a number only for sizes 1, 2, 4 and 8; else spaced hex). */
export function formatTyped(b: Uint8Array, format: Format, type?: MapFieldType): string {
  if (format === "c" && type) return formatByType(b, type);
  if (format === "hex" || format === "c" || ![1, 2, 4, 8].includes(b.length)) return spacedHex(b);
  let v = 0n;
  for (let k = b.length - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[k]);
  return (format === "signed" ? BigInt.asIntN(b.length * 8, v) : v).toString();
}

/** The seeds with one entry set: replaced where the key is there, else added at the end. */
export function upsertSeed(seeds: readonly SharedMapSeed[], name: string, key: Uint8Array, value: Uint8Array): SharedMapSeed[] {
  const keyHex = toHex(key);
  const valueHex = toHex(value);
  const old = seeds.find((s) => s.name === name);
  const entries = old ? old.entries.map((e) => (e.keyHex === keyHex ? { keyHex, valueHex } : e)) : [];
  if (!entries.some((e) => e.keyHex === keyHex)) entries.push({ keyHex, valueHex });
  return old ? seeds.map((s) => (s === old ? { name, entries } : s)) : [...seeds, { name, entries }];
}

/** The seeds without one key of a map (a map left with none is dropped). */
export function deleteSeed(seeds: readonly SharedMapSeed[], name: string, key: Uint8Array): SharedMapSeed[] {
  const keyHex = toHex(key);
  return seeds.map((s) => (s.name === name ? { name, entries: s.entries.filter((e) => e.keyHex !== keyHex) } : s)).filter((s) => s.entries.length > 0);
}

/** The seeds without any entry of a map. */
export const clearSeeds = (seeds: readonly SharedMapSeed[], name: string): SharedMapSeed[] => seeds.filter((s) => s.name !== name);

/** A seed the program cannot take, and why (the map is gone or changed size since it was typed). */
export interface SeedProblem {
  readonly name: string;
  readonly keyHex?: string;
  readonly message: string;
}

/** An array's key is an index below max_entries (the kernel's update answers E2BIG otherwise). */
function arrayIndexProblem(m: MapShape, keyHex: string): string | undefined {
  if (!/^(percpu_)?array$/.test(m.type) || m.keySize !== 4) return undefined;
  const index = parseInt(keyHex.match(/../g)!.reverse().join(""), 16);
  return index >= m.maxEntries ? `index ${index} is past the end of ${m.name} (max_entries ${m.maxEntries})` : undefined;
}

/**
 * The seeds the program's maps can take, and the ones they cannot: a map no longer declared, not
 * seedable, or whose key or value size changed; more entries than max_entries.
 */
export function checkSeeds(maps: readonly MapShape[], seeds: readonly SharedMapSeed[]): { readonly usable: SharedMapSeed[]; readonly problems: SeedProblem[] } {
  const usable: SharedMapSeed[] = [];
  const problems: SeedProblem[] = [];
  for (const s of seeds) {
    const m = maps.find((x) => x.name === s.name);
    if (!m) {
      problems.push({ name: s.name, message: `the program declares no map '${s.name}': its ${plural(s.entries.length, "seed")} wait unused` });
      continue;
    }
    if (!seedable(m)) {
      problems.push({ name: s.name, message: `a ${m.type} map takes no seeds` });
      continue;
    }
    const fit = s.entries.filter((e) => {
      const problem = e.keyHex.length !== 2 * m.keySize ? `key is ${plural(e.keyHex.length / 2, "byte")}; ${s.name} takes ${m.keySize}` : e.valueHex.length !== 2 * m.valueSize ? `value is ${plural(e.valueHex.length / 2, "byte")}; ${s.name} takes ${m.valueSize}` : arrayIndexProblem(m, e.keyHex);
      if (problem) problems.push({ name: s.name, keyHex: e.keyHex, message: problem });
      return !problem;
    });
    if (fit.length > m.maxEntries) problems.push({ name: s.name, message: `${plural(fit.length, "seed")} for ${m.maxEntries} entries: the first ${m.maxEntries} are used` });
    if (fit.length) usable.push({ name: s.name, entries: fit.slice(0, m.maxEntries) });
  }
  return { usable, problems };
}

/**
 * Parses `key <hex>` / `key <hex> value <hex>` for the console, checked against the map's sizes.
 * Hex runs to the next keyword, so `key 01 00 00 00 value 2a 00 00 00` reads as bytes.
 */
export function parseKeyValue(args: string, m: MapShape, needValue: boolean): { key: Uint8Array; value?: Uint8Array } | string {
  const re = needValue ? /^key\s+(.+?)\s+value\s+(.+)$/i : /^key\s+(.+)$/i;
  const g = re.exec(args.trim());
  if (!g) return needValue ? "usage: map update <name> key <hex> value <hex>" : "usage: map delete <name> key <hex>";
  const key = parseHexBytes(g[1]);
  if (typeof key === "string") return `key: ${key}`;
  if (key.length !== m.keySize) return `key is ${plural(key.length, "byte")}; map ${m.name} takes ${m.keySize}`;
  if (!needValue) return { key };
  const value = parseHexBytes(g[2]);
  if (typeof value === "string") return `value: ${value}`;
  if (value.length !== m.valueSize) return `value is ${plural(value.length, "byte")}; map ${m.name} takes ${m.valueSize}`;
  return { key, value };
}

/**
 * The seeds a run starts from, as the stream worker takes them (one entry per key, hex): the
 * same usable seeds a debug session gets (checkSeeds), so a stream and a single run begin alike.
 */
export function runSeeds(maps: readonly MapShape[], seeds: readonly SharedMapSeed[]): { map: string; key: string; value: string }[] {
  return checkSeeds(maps, seeds).usable.flatMap((s) => s.entries.map((e) => ({ map: s.name, key: e.keyHex, value: e.valueHex })));
}
