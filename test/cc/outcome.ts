// What a run shows, the same shape from bpfplay's VM and from the kernel, and how two compare.
import type { GlobalVar } from "../../src/core/elf/read.ts";
import type { Built } from "./side.ts";

export type MapEntry = { readonly key: string; readonly value: string } | { readonly data: string; readonly discarded: boolean };

export interface Outcome {
  /** r0's low 32 bits (what BPF_PROG_TEST_RUN reports); undefined after a fault. */
  readonly r0?: number;
  readonly fault?: string;
  readonly packetHex: string;
  readonly ctxHex?: string;
  readonly maps: Record<string, readonly MapEntry[]>;
  readonly trace: readonly string[];
  /** Slots of the entry program (subprograms included). */
  readonly insns: number;
}

const isData = (name: string) => /^\.(rodata|data|bss)(\.|$)/.test(name);
const writable = (name: string) => isData(name) && !name.startsWith(".rodata");

/**
 * The writable global variables (`.data*`, `.bss*`) and their bytes after the run, by name.
 * `.rodata*` is left out: the program cannot change it, and which constants and strings each
 * compiler keeps there is its own business.
 */
function variables(o: Outcome, globals: readonly GlobalVar[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of globals) {
    if (!writable(g.map)) continue;
    const e = o.maps[g.map]?.[0];
    out[g.name] = e && "value" in e ? e.value.slice(2 * g.offset, 2 * (g.offset + g.size)) : "(no value)";
  }
  return out;
}

const show = (v: unknown) => (v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v));

function pair(what: string, a: unknown, b: unknown, an: string, bn: string): string {
  const [x, y] = [show(a), show(b)];
  if (x.length + y.length <= 400) return `${what}:\n  ${an.padEnd(8)} ${x}\n  ${bn.padEnd(8)} ${y}`;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const cut = (s: string) => `(${s.length} chars) ...${s.slice(Math.max(0, i - 60), i + 60)}...`;
  return `${what}, first difference at character ${i}:\n  ${an.padEnd(8)} ${cut(x)}\n  ${bn.padEnd(8)} ${cut(y)}`;
}

/**
 * Every difference between a (the reference, clang's) and b (bpfplay's), as readable lines: r0,
 * packet, ctx, trace, every `.maps` map by name and every writable global variable by name.
 */
export function differences(a: Outcome, b: Outcome, ab: Built, bb: Built, an = "clang", bn = "bpfplay"): string[] {
  const d: string[] = [];
  if (a.fault !== undefined || b.fault !== undefined) {
    if (a.fault !== undefined && b.fault !== undefined) return d; // both fault: r0 and maps say nothing
    d.push(pair("fault", a.fault ?? "(none)", b.fault ?? "(none)", an, bn));
  }
  if (a.r0 !== b.r0) d.push(pair("r0", a.r0, b.r0, an, bn));
  if (a.packetHex !== b.packetHex) d.push(pair("packet out", a.packetHex, b.packetHex, an, bn));
  if (a.ctxHex !== b.ctxHex) d.push(pair("ctx out", a.ctxHex ?? "(none)", b.ctxHex ?? "(none)", an, bn));
  for (const n of ab.maps.map((m) => m.name).filter((x) => !isData(x))) {
    const norm = (es: readonly MapEntry[] | undefined) => JSON.stringify(es ?? "(no such map)");
    if (norm(a.maps[n]) !== norm(b.maps[n])) d.push(pair(`map ${n}`, norm(a.maps[n]), norm(b.maps[n]), an, bn));
  }
  if (typeof ab.globals === "string") d.push(`${an}'s global variables: ${ab.globals}`);
  else if (typeof bb.globals === "string") d.push(`${bn}'s global variables: ${bb.globals}`);
  else {
    const [va, vb] = [variables(a, ab.globals), variables(b, bb.globals)];
    for (const [name, bytes] of Object.entries(va)) if (vb[name] !== bytes) d.push(pair(`global ${name}`, bytes, vb[name] ?? "(no such variable)", an, bn));
  }
  if (JSON.stringify(a.trace) !== JSON.stringify(b.trace)) d.push(pair("trace", a.trace, b.trace, an, bn));
  return d;
}
