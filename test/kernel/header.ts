// The run setup a program in test/kernel/programs/ carries in its leading comment lines
// (the keys are listed in programs/README.md), and what it turns into: a request for the
// kernel harness (bpf_ref.py) and the arguments of `bpfplay run`.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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
  /**
   * MAP:KEYHEX:VALUEHEX, as the CLI's --init (KEYHEX empty: push onto a queue or stack), or
   * MAP:KEYHEX:@LABEL: a prog_array slot holding the program that starts at LABEL in this file.
   */
  readonly inits: readonly string[];
  readonly repeat: number;
  /** `; btf: func_info`: the kernel gets BTF with a FUNC per function (callbacks need it; bpfplay's VM does not). */
  readonly funcInfo: boolean;
  /** `; freeze: MAP`: maps frozen (BPF_MAP_FREEZE) once their `init` data is in, as libbpf freezes `.rodata`. */
  readonly freeze: readonly string[];
}

const KEYS = new Set(["type", "packet", "ctx", "map", "init", "repeat", "about", "btf", "freeze"]);

/** The header: `; key: value` lines before the first instruction. */
export function parseHeader(text: string, file: string): Header {
  const h = { type: "", packetHex: "", ctxHex: "", maps: [] as string[], inits: [] as string[], repeat: 1, funcInfo: false, freeze: [] as string[] };
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
    else if (key === "repeat") h.repeat = Number(value);
    else if (key === "freeze") h.freeze.push(value);
    else if (key === "btf") {
      if (value !== "func_info") throw new Error(`${file}: btf: only 'func_info' is known, not '${value}'`);
      h.funcInfo = true;
    }
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

/**
 * Parses, assembles (with bpfplay's assembler) and builds the harness request.
 *
 * bpfplay runs the whole file and a tail call jumps to a label; the kernel loads separate
 * programs. So the file is cut at every label a prog_array slot names: the program proper is
 * what comes before the first of them, each target runs from its label to the next one (a
 * label at the very start names the program itself).
 */
export function loadProgram(file: string): LoadedProgram {
  const text = readFileSync(file, "utf8");
  const header = parseHeader(text, file);
  const maps = header.maps.map(parseMapSpec);
  const { program, diagnostics } = assemble(text, { maps });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`${file}: ${errors.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`).join("; ")}`);

  type Slot = { map: string; key: string; value: string } | { map: string; key: string; pc: number };
  const slots = header.inits.map((s): Slot => {
    const [map, key, ...rest] = s.split(":");
    const value = rest.join(":");
    if (!value.startsWith("@")) return { map, key, value };
    const label = value.slice(1);
    const sym = program.symbols.find((x) => x.name === label);
    if (!sym) throw new Error(`${file}: init ${s}: no label '${label}'`);
    return { map, key, pc: sym.pc };
  });
  const cuts = [...new Set(slots.flatMap((i) => ("pc" in i && i.pc > 0 ? [i.pc] : [])))].sort((a, b) => a - b);
  const slice = (from: number) => bytesToHex(encodeInsns(program.insns.slice(from, cuts.find((c) => c > from) ?? program.insns.length)));
  const init: KernelInit[] = slots.map((i) =>
    !("pc" in i) ? i : i.pc === 0 ? { map: i.map, key: i.key, prog: "self" } : { map: i.map, key: i.key, prog_insns_hex: slice(i.pc), prog_type: header.type },
  );
  const request: KernelRequest = {
    prog_type: header.type,
    insns_hex: slice(0),
    maps: maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags, ...(header.freeze.includes(m.name) ? { freeze: true } : {}) })),
    init,
    packet_hex: header.packetHex,
    ctx_hex: header.ctxHex,
    repeat: header.repeat,
    // only when asked, so the fingerprints of the other programs' requests stay as recorded
    ...(header.funcInfo ? { func_info: true } : {}),
  };
  return { file, name: basename(file), header, maps, request };
}

/** `bpfplay run` arguments for the same setup. */
export function runArgs(p: LoadedProgram): string[] {
  const h = p.header;
  const args = ["run", p.file, "--type", h.type];
  for (const m of h.maps) args.push("--map", m);
  for (const i of h.inits) args.push("--init", i);
  if (h.packetHex) args.push("--packet-hex", h.packetHex);
  if (h.ctxHex) args.push("--ctx-hex", h.ctxHex);
  // the kernel's test run has no perf event open: bpf_perf_event_output answers -ENOENT there
  args.push("--repeat", String(h.repeat), "--no-verify", "--no-perf-reader", "--json");
  return args;
}

/** Every program file, sorted by name. */
export function programFiles(): string[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(".s"))
    .sort()
    .map((f) => join(PROGRAMS, f));
}
