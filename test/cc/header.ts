// The run setup a C program in test/cc/programs/ states in its leading `// key: value` comment
// lines (documented in test/cc/README.md).
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PACKETS } from "./packets.ts";

export const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), "programs");

export type Init = { readonly map: string; readonly key: string; readonly value: string } | { readonly map: string; readonly key: string; readonly prog: string };

export interface Header {
  readonly about: string;
  /** The program (C function) to run; default the first one in the file. */
  readonly entry?: string;
  readonly packetHex: string;
  readonly ctxHex: string;
  readonly inits: readonly Init[];
  readonly repeat: number;
  /** clang's -mcpu and bpfplay's cpu. */
  readonly cpu: 3 | 4;
  /** Load in the kernel but do not run (tracing types always are). */
  readonly loadOnly: boolean;
}

const KEYS = new Set(["about", "entry", "packet", "ctx", "init", "repeat", "cpu", "kernel"]);

export interface CProgram {
  readonly file: string;
  readonly name: string;
  readonly source: string;
  readonly header: Header;
}

export function parseHeader(text: string, file: string): Header {
  const h = { about: "", entry: undefined as string | undefined, packetHex: "", ctxHex: "", inits: [] as Init[], repeat: 1, cpu: 3 as 3 | 4, loadOnly: false };
  const hexOf = (key: string, value: string) => {
    const s = value.replace(/\s+/g, "").toLowerCase();
    if (!/^([0-9a-f]{2})*$/.test(s)) throw new Error(`${file}: ${key}: not hex bytes: ${value}`);
    return s;
  };
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t === "") continue;
    if (!t.startsWith("//")) break;
    const m = /^\/\/\s*([a-z]+):\s*(.*)$/.exec(t);
    if (!m) continue;
    const [, key, raw] = m;
    const value = raw.trim();
    if (!KEYS.has(key)) throw new Error(`${file}: unknown header key '${key}'`);
    if (key === "about") h.about += (h.about ? " " : "") + value;
    else if (key === "entry") h.entry = value;
    else if (key === "packet") {
      const preset = PACKETS[value];
      h.packetHex += preset ? Buffer.from(preset).toString("hex") : hexOf(key, value);
    } else if (key === "ctx") h.ctxHex += hexOf(key, value);
    else if (key === "init") {
      const [map, key, ...rest] = value.replace(/\s+/g, "").split(":");
      const v = rest.join(":");
      if (!map || key === undefined || !v) throw new Error(`${file}: init: want MAP:KEYHEX:VALUEHEX or MAP:KEYHEX:@function, got '${value}'`);
      h.inits.push(v.startsWith("@") ? { map, key: hexOf("init key", key), prog: v.slice(1) } : { map, key: hexOf("init key", key), value: hexOf("init value", v) });
    } else if (key === "repeat") h.repeat = Number(value);
    else if (key === "cpu") {
      if (value !== "v3" && value !== "v4") throw new Error(`${file}: cpu: v3 or v4, got '${value}'`);
      h.cpu = value === "v4" ? 4 : 3;
    } else if (key === "kernel") {
      if (value !== "load-only") throw new Error(`${file}: kernel: only 'load-only' is known, got '${value}'`);
      h.loadOnly = true;
    }
  }
  if (!Number.isInteger(h.repeat) || h.repeat < 1) throw new Error(`${file}: repeat: a positive integer`);
  return h;
}

/** Every program, sorted by name. */
export function programs(): CProgram[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(".c"))
    .sort()
    .map((f) => {
      const file = join(PROGRAMS, f);
      const source = readFileSync(file, "utf8");
      return { file, name: basename(f), source, header: parseHeader(source, file) };
    });
}
