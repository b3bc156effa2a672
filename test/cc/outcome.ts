// What a run shows, the same shape from bpfplay's VM and from the kernel, and how two compare.
import type { MapDef } from "../../src/core/program.ts";

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

/**
 * The maps two compilers must agree on: every map of `.maps` by name, and the writable global
 * data (`.data*`, `.bss*`). `.rodata*` is left out: the program cannot change it, and what
 * constants and strings each compiler keeps there (and in which `.rodata.str1.1`-like
 * section) is its own business.
 */
export function comparedMaps(maps: readonly MapDef[]): string[] {
  return maps.filter((m) => !m.name.startsWith(".rodata")).map((m) => m.name);
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function pair(what: string, a: unknown, b: unknown, an: string, bn: string): string {
  const [x, y] = [show(a), show(b)];
  if (x.length + y.length <= 400) return `${what}:\n  ${an.padEnd(8)} ${x}\n  ${bn.padEnd(8)} ${y}`;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const cut = (s: string) => `(${s.length} chars) ...${s.slice(Math.max(0, i - 60), i + 60)}...`;
  return `${what}, first difference at character ${i}:\n  ${an.padEnd(8)} ${cut(x)}\n  ${bn.padEnd(8)} ${cut(y)}`;
}

/** Every difference between a (the reference, clang's) and b (bpfplay's), as readable lines. */
export function differences(a: Outcome, b: Outcome, names: readonly string[], an = "clang", bn = "bpfplay"): string[] {
  const d: string[] = [];
  if (a.fault !== undefined || b.fault !== undefined) {
    if (a.fault !== undefined && b.fault !== undefined) return d; // both fault: r0 and maps say nothing
    d.push(pair("fault", a.fault ?? "(none)", b.fault ?? "(none)", an, bn));
  }
  if (a.r0 !== b.r0) d.push(pair("r0", a.r0, b.r0, an, bn));
  if (a.packetHex !== b.packetHex) d.push(pair("packet out", a.packetHex, b.packetHex, an, bn));
  if (a.ctxHex !== b.ctxHex) d.push(pair("ctx out", a.ctxHex ?? "(none)", b.ctxHex ?? "(none)", an, bn));
  for (const n of names) {
    const norm = (es: readonly MapEntry[] | undefined) => JSON.stringify(es ?? "(no such map)");
    if (norm(a.maps[n]) !== norm(b.maps[n])) d.push(pair(`map ${n}`, norm(a.maps[n]), norm(b.maps[n]), an, bn));
  }
  if (JSON.stringify(a.trace) !== JSON.stringify(b.trace)) d.push(pair("trace", a.trace, b.trace, an, bn));
  return d;
}
