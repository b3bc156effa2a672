// Random but reproducible instances of every instruction form, for round-trip and
// differential tests. Operands respect each form's fields; everything else is zero.
import { build, OPS } from "../../src/core/isa/index.ts";
import type { Insn, OpSpec } from "../../src/core/isa/index.ts";

/** A small deterministic PRNG (mulberry32), so a failure names a reproducible instance. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Interesting values first, then random ones. */
function int32(r: () => number): number {
  return r() < 0.4 ? pick(r, [0, 1, -1, 2147483647, -2147483648, 255, 65535, -8]) : (Math.floor(r() * 2 ** 32) | 0);
}
function int16(r: () => number): number {
  return r() < 0.4 ? pick(r, [0, 1, -1, 32767, -32768, 8, -8]) : Math.floor(r() * 65536) - 32768;
}

export function instance(s: OpSpec, r: () => number): Insn[] {
  const reg = () => Math.floor(r() * 11);
  const uses = (f: "dst" | "src" | "off" | "imm") => s.uses.includes(f);
  if (s.kind === "lddw") {
    const lo = s.id === "lddw" ? int32(r) : Math.floor(r() * 8);
    const hi = s.id === "lddw" || s.id.endsWith("value") ? int32(r) : 0;
    return build(s.id, { dst: reg(), imm64: (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0) });
  }
  let imm = uses("imm") ? int32(r) : 0;
  if (s.kind === "call" && s.op === "helper") imm = 1 + Math.floor(r() * 211);
  if (s.immIn) imm = pick(r, s.immIn);
  return build(s.id, {
    dst: uses("dst") ? reg() : 0,
    src: uses("src") ? reg() : 0,
    off: uses("off") ? int16(r) : 0,
    imm,
  });
}

/** `n` instances of every form, in table order. */
export function allInstances(n: number, seed = 1): { spec: OpSpec; insns: Insn[] }[] {
  const r = rng(seed);
  const out: { spec: OpSpec; insns: Insn[] }[] = [];
  for (const spec of OPS) for (let k = 0; k < n; k++) out.push({ spec, insns: instance(spec, r) });
  return out;
}
