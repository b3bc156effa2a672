// The run setup a program in test/kernel/programs/ carries in its leading comment lines
// (the keys are listed in programs/README.md), and what it turns into: a request for the
// kernel harness and the arguments of `bpfplay run`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assemble } from "../../src/core/asm/index.ts";
import { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
import type { MapDef } from "../../src/core/program.ts";
import { parseMapSpec } from "../../src/cli/args.ts";
import type { KernelInit, KernelRequest } from "./reference.ts";

export const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), "programs");

export interface Header {
  readonly type: string;
  readonly packetHex: string;
  readonly ctxHex: string;
  /** NAME:TYPE:KEY:VALUE:MAX[:FLAGS], as the CLI's --map. */
  readonly maps: readonly string[];
  /** MAP:KEYHEX:VALUEHEX, as the CLI's --init (KEYHEX empty: push onto a queue or stack). */
  readonly inits: readonly string[];
  /** MAP:KEYHEX:FILE|self: a prog_array slot holding another program (sharing our maps) or this one. */
  readonly tails: readonly string[];
  readonly repeat: number;
}

const KEYS = new Set(["type", "packet", "ctx", "map", "init", "tail", "repeat", "about"]);

/** The header: `; key: value` lines before the first instruction. */
export function parseHeader(text: string, file: string): Header {
  const h = { type: "", packetHex: "", ctxHex: "", maps: [] as string[], inits: [] as string[], tails: [] as string[], repeat: 1 };
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t === "") continue;
    if (!t.startsWith(";")) break;
    const m = /^;\s*([a-z_]+):\s*(.*)$/.exec(t);
    if (!m) continue;
    const [, key, raw] = m;
    const value = raw.trim();
    if (!KEYS.has(key)) throw new Error(`${file}: unknown header key '${key}'`);
    const hex = () => {
      const s = value.replace(/\s+/g, "").toLowerCase();
      if (!/^([0-9a-f]{2})*$/.test(s)) throw new Error(`${file}: ${key}: not hex bytes: ${value}`);
      return s;
    };
    if (key === "type") h.type = value;
    else if (key === "packet") h.packetHex += hex();
    else if (key === "ctx") h.ctxHex += hex();
    else if (key === "map") h.maps.push(value);
    else if (key === "init") h.inits.push(value.replace(/\s+/g, ""));
    else if (key === "tail") h.tails.push(value);
    else if (key === "repeat") h.repeat = Number(value);
  }
  if (!h.type) throw new Error(`${file}: no '; type:' line`);
  return h;
}

export interface LoadedProgram {
  readonly file: string;
  readonly name: string;
  readonly header: Header;
  readonly maps: readonly MapDef[];
  readonly request: KernelRequest;
}

function assembleFile(path: string, maps: readonly MapDef[]): string {
  const { program, diagnostics } = assemble(readFileSync(path, "utf8"), { maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`${path}: ${errors.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`).join("; ")}`);
  return bytesToHex(encodeInsns(program.insns));
}

const splitInit = (spec: string) => {
  const [map, key, ...rest] = spec.split(":");
  return { map, key, rest: rest.join(":") };
};

/** Parses, assembles (with bpfplay's assembler) and builds the harness request. */
export function loadProgram(file: string): LoadedProgram {
  const text = readFileSync(file, "utf8");
  const header = parseHeader(text, file);
  const maps = header.maps.map(parseMapSpec);
  const init: KernelInit[] = header.inits.map((s) => {
    const { map, key, rest } = splitInit(s);
    return { map, key, value: rest };
  });
  for (const s of header.tails) {
    const { map, key, rest } = splitInit(s);
    if (rest === "self") init.push({ map, key, prog: "self" });
    else init.push({ map, key, prog_insns_hex: assembleFile(resolve(dirname(file), rest), maps), prog_type: header.type });
  }
  const request: KernelRequest = {
    prog_type: header.type,
    insns_hex: assembleFile(file, maps),
    maps: maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags })),
    init,
    packet_hex: header.packetHex,
    ctx_hex: header.ctxHex,
    repeat: header.repeat,
  };
  const name = file.split("/").pop()!;
  return { file, name, header, maps, request };
}

/** `bpfplay run` arguments for the same setup (tail targets as absolute paths). */
export function runArgs(p: LoadedProgram): string[] {
  const h = p.header;
  const args = ["run", p.file, "--type", h.type];
  for (const m of h.maps) args.push("--map", m);
  for (const i of h.inits) args.push("--init", i);
  for (const t of h.tails) {
    const { map, key, rest } = splitInit(t);
    args.push("--tail", `${map}:${key}:${rest === "self" ? "self" : resolve(dirname(p.file), rest)}`);
  }
  if (h.packetHex) args.push("--packet-hex", h.packetHex);
  if (h.ctxHex) args.push("--ctx-hex", h.ctxHex);
  args.push("--repeat", String(h.repeat), "--no-verify", "--json");
  return args;
}

/** Every program file, sorted by name. */
export function programFiles(): string[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(".s"))
    .sort()
    .map((f) => join(PROGRAMS, f));
}
