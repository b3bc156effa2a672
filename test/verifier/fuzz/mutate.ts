// Small, seeded mutations of a BPF program that keep it plausible: one field of one instruction
// moved a little or to a boundary, one instruction deleted or duplicated (jumps fixed), or the
// program type changed to one with the same context, or its expected attach type to another of the
// type's (named by a section of it: cgroup/post_bind4). Each mutant says what was done, so the
// fuzzer can count results per kind and a reader can see the change.
import type { Insn } from "../../../src/core/isa/index.ts";
import { progTypeByName } from "../../../src/core/isa/progtypes.ts";
import type { MapDef } from "../../../src/core/program.ts";

export const KINDS = ["imm", "off", "reg", "jmp", "size", "alu", "delete", "dup", "progtype"] as const;
/** Kinds a run asks for with --extra (kept apart so that a default run makes the same mutants as before them). */
export const EXTRA_KINDS = ["map", "attach"] as const;
export type Kind = (typeof KINDS)[number] | (typeof EXTRA_KINDS)[number];

export type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// opcode fields (RFC 9669)
const cls = (c: number) => c & 0x07;
const LD = 0, LDX = 1, ST = 2, STX = 3, ALU = 4, JMP = 5, JMP32 = 6, ALU64 = 7;
const op = (c: number) => c & 0xf0;
const mode = (c: number) => c & 0xe0;
const isX = (c: number) => (c & 0x08) !== 0;
const CALL = 0x80, EXIT = 0x90, JA = 0x00, JCOND = 0xe0;
const COND_OPS = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0];
const ALU_OPS = [0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0, 0xc0];
const SIZES = [0x00, 0x08, 0x10, 0x18]; // W, H, B, DW
const MEM = 0x60, MEMSX = 0x80, ATOMIC = 0xc0;

/** Slots that are the second half of an ld_imm64. */
function secondSlots(insns: readonly Insn[]): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i < insns.length; i++) if (insns[i].code === 0x18) s.add(++i);
  return s;
}

/** Where a control transfer at i goes, relative field and all; undefined if i transfers nowhere. */
function target(insns: readonly Insn[], i: number): { field: "off" | "imm"; to: number } | undefined {
  const x = insns[i];
  const c = cls(x.code);
  if (c === JMP || c === JMP32) {
    if (op(x.code) === CALL) return x.src === 1 ? { field: "imm", to: i + x.imm + 1 } : undefined;
    if (op(x.code) === EXIT) return undefined;
    if (c === JMP32 && op(x.code) === JA) return { field: "imm", to: i + x.imm + 1 };
    return { field: "off", to: i + x.off + 1 };
  }
  if (x.code === 0x18 && x.src === 4) return { field: "imm", to: i + x.imm + 1 };
  return undefined;
}

/** The program with slot `at` removed (n = -1) or repeated (n = +1), every relative jump fixed. */
function reshape(insns: readonly Insn[], at: number, n: 1 | -1): Insn[] {
  const moved = (p: number) => (n === -1 ? (p > at ? p - 1 : p) : p > at ? p + 1 : p);
  const out: Insn[] = [];
  const fix = (i: number, newPos: number): Insn => {
    const t = target(insns, i);
    if (!t) return insns[i];
    const rel = moved(t.to) - newPos - 1;
    return t.field === "off" ? { ...insns[i], off: (rel << 16) >> 16 } : { ...insns[i], imm: rel | 0 };
  };
  for (let i = 0; i < insns.length; i++) {
    if (n === -1 && i === at) continue;
    out.push(fix(i, moved(i)));
    if (n === 1 && i === at) out.push(fix(i, at + 1));
  }
  return out;
}

/** Program types that take the same context, among which a program may move. */
const TYPE_GROUPS: readonly (readonly string[])[] = [
  ["socket_filter", "sched_cls", "sched_act", "cgroup_skb", "lwt_in", "lwt_out", "lwt_xmit", "sk_skb", "flow_dissector"],
  ["kprobe", "tracepoint", "perf_event", "raw_tracepoint", "raw_tracepoint_writable"],
];

export interface Mutant {
  readonly insns: Insn[];
  readonly progType: string;
  /** Set when the mutation changed a map's definition. */
  readonly maps?: readonly MapDef[];
  readonly kind: Kind;
  /** What changed, e.g. "5: off 8 -> 9". */
  readonly what: string;
}

/** A new immediate or offset: near the old one or a boundary (0, -1, 1<<31, a size and its neighbours). */
function nearOrBoundary(r: Rand, old: number, sizes: readonly number[], bits: 16 | 32): number {
  const size = pick(r, sizes);
  const cands = [old + 1, old - 1, old + pick(r, [2, 4, 8, -2, -4, -8]), 0, -1, 1, size - 1, size, size + 1, -size];
  if (bits === 32) cands.push(-0x80000000, 0x7fffffff);
  else cands.push(-0x8000, 0x7fff);
  const v = pick(r, cands);
  return bits === 16 ? (v << 16) >> 16 : v | 0;
}

/**
 * One mutation of `kind` on the program, or undefined when the program offers no place for it
 * (the caller then picks again). `sizes` are the boundary sizes to try (map key/value sizes, the stack).
 */
export function mutate(r: Rand, insns: readonly Insn[], progType: string, kind: Kind, sizes: readonly number[]): Mutant | undefined {
  const second = secondSlots(insns);
  const places = (ok: (x: Insn, i: number) => boolean) => insns.map((x, i) => i).filter((i) => !second.has(i) && ok(insns[i], i));
  const one = (ok: (x: Insn, i: number) => boolean) => {
    const p = places(ok);
    return p.length ? pick(r, p) : undefined;
  };
  const set = (i: number, x: Partial<Insn>, what: string): Mutant => {
    const out = insns.slice();
    out[i] = { ...insns[i], ...x };
    return { insns: out, progType, kind, what: `${i}: ${what}` };
  };
  switch (kind) {
    case "imm": {
      const i = one((x) => {
        const c = cls(x.code);
        if (c === ALU || c === ALU64) return !isX(x.code) && op(x.code) !== 0xd0;
        if (c === JMP || c === JMP32) return !isX(x.code) && COND_OPS.includes(op(x.code));
        return c === ST || (x.code === 0x18 && x.src === 0);
      });
      if (i === undefined) return undefined;
      const imm = nearOrBoundary(r, insns[i].imm, sizes, 32);
      return imm === insns[i].imm ? undefined : set(i, { imm }, `imm ${insns[i].imm} -> ${imm}`);
    }
    case "off": {
      const i = one((x) => {
        const c = cls(x.code);
        return c === LDX || c === ST || c === STX || ((c === JMP || c === JMP32) && COND_OPS.includes(op(x.code)));
      });
      if (i === undefined) return undefined;
      const c = cls(insns[i].code);
      const off = c === JMP || c === JMP32 ? insns[i].off + pick(r, [1, -1, 2, -2]) : nearOrBoundary(r, insns[i].off, sizes, 16);
      return off === insns[i].off ? undefined : set(i, { off }, `off ${insns[i].off} -> ${off}`);
    }
    case "reg": {
      const i = one((x) => {
        const c = cls(x.code);
        return c !== LD && !(c === JMP && (op(x.code) === CALL || op(x.code) === EXIT || op(x.code) === JA)) && !(c === JMP32 && op(x.code) === JA);
      });
      if (i === undefined) return undefined;
      const x = insns[i];
      const c = cls(x.code);
      const hasSrc = c === LDX || c === STX || ((c === ALU || c === ALU64 || c === JMP || c === JMP32) && isX(x.code));
      const useSrc = hasSrc && r() < 0.5;
      const reg = Math.floor(r() * 11);
      if (useSrc) return reg === x.src ? undefined : set(i, { src: reg }, `src r${x.src} -> r${reg}`);
      return reg === x.dst ? undefined : set(i, { dst: reg }, `dst r${x.dst} -> r${reg}`);
    }
    case "jmp": {
      const i = one((x) => (cls(x.code) === JMP || cls(x.code) === JMP32) && COND_OPS.includes(op(x.code)));
      if (i === undefined) return undefined;
      const code = insns[i].code;
      if (r() < 0.3) {
        const to = cls(code) === JMP ? JMP32 : JMP;
        return set(i, { code: (code & ~7) | to }, `${cls(code) === JMP ? "jmp -> jmp32" : "jmp32 -> jmp"}`);
      }
      const o = pick(r, COND_OPS.filter((x) => x !== op(code)));
      return set(i, { code: (code & 0x0f) | o }, `jmp op 0x${op(code).toString(16)} -> 0x${o.toString(16)}`);
    }
    case "size": {
      const i = one((x) => (cls(x.code) === LDX && (mode(x.code) === MEM || mode(x.code) === MEMSX)) || ((cls(x.code) === ST || cls(x.code) === STX) && (mode(x.code) === MEM || mode(x.code) === ATOMIC)));
      if (i === undefined) return undefined;
      const code = insns[i].code;
      if (cls(code) === LDX && r() < 0.2) {
        const m = mode(code) === MEM ? MEMSX : MEM;
        return set(i, { code: (code & ~0xe0) | m }, `ldx mode 0x${mode(code).toString(16)} -> 0x${m.toString(16)}`);
      }
      const s = pick(r, SIZES.filter((x) => x !== (code & 0x18)));
      return set(i, { code: (code & ~0x18) | s }, `size 0x${(code & 0x18).toString(16)} -> 0x${s.toString(16)}`);
    }
    case "alu": {
      const i = one((x) => (cls(x.code) === ALU || cls(x.code) === ALU64) && op(x.code) !== 0xd0);
      if (i === undefined) return undefined;
      const code = insns[i].code;
      const u = r();
      if (u < 0.2) {
        const to = cls(code) === ALU ? ALU64 : ALU;
        return set(i, { code: (code & ~7) | to }, `${cls(code) === ALU ? "alu -> alu64" : "alu64 -> alu"}`);
      }
      if (u < 0.3) {
        // signed division/modulo and sign-extending moves use off 1/8/16/32
        const off = pick(r, [0, 1, 8, 16, 32].filter((v) => v !== insns[i].off));
        return set(i, { off }, `alu off ${insns[i].off} -> ${off}`);
      }
      const o = pick(r, ALU_OPS.filter((x) => x !== op(code)));
      return set(i, { code: (code & 0x0f) | o }, `alu op 0x${op(code).toString(16)} -> 0x${o.toString(16)}`);
    }
    case "delete":
    case "dup": {
      if (insns.length < 3) return undefined;
      const i = one((x) => x.code !== 0x18 && !(op(x.code) === JCOND && cls(x.code) === JMP));
      if (i === undefined) return undefined;
      return { insns: reshape(insns, i, kind === "delete" ? -1 : 1), progType, kind, what: `${i}: ${kind}` };
    }
    case "map":
      return undefined; // mutateMap: it needs the maps
    case "progtype": {
      const g = TYPE_GROUPS.find((t) => t.includes(progType));
      if (!g) return undefined;
      const to = pick(r, g.filter((t) => t !== progType));
      return { insns: insns.slice(), progType: to, kind, what: `type ${progType} -> ${to}` };
    }
    case "attach": {
      // another attach type of the same program type; half the time with one more change of the code
      const t = progTypeByName(progType);
      const others = t?.attachTypes.filter((a) => a !== t.attach) ?? [];
      if (!t || !others.length) return undefined;
      const a = pick(r, others);
      const also = r() < 0.5 ? mutate(r, insns, progType, pick(r, KINDS.filter((k) => k !== "progtype")), sizes) : undefined;
      const what = `attach ${t.attach?.name} -> ${a.name}${also ? `, ${also.what}` : ""}`;
      return { insns: also ? also.insns : insns.slice(), progType: a.sections[0], kind, what };
    }
  }
}

/** Map types a map may become: same key and value shape, different rules. */
const MAP_TYPES = ["array", "hash", "percpu_array", "percpu_hash", "lru_hash", "lru_percpu_hash"];

/** One change to one of the seed's maps: its flags (read-only or write-only for programs), type or value size. */
export function mutateMap(r: Rand, insns: readonly Insn[], progType: string, maps: readonly MapDef[]): Mutant | undefined {
  const data = maps.map((m, i) => i).filter((i) => MAP_TYPES.includes(maps[i].type));
  if (!data.length) return undefined;
  const i = pick(r, data);
  const m = maps[i];
  const u = r();
  let next: MapDef;
  let what: string;
  if (u < 0.4) {
    const flags = pick(r, [0x80, 0x100, 0].filter((f) => f !== (m.flags & 0x180))) | (m.flags & ~0x180);
    next = { ...m, flags };
    what = `map ${m.name} flags 0x${m.flags.toString(16)} -> 0x${flags.toString(16)}`;
  } else if (u < 0.7) {
    const type = pick(r, MAP_TYPES.filter((t) => t !== m.type && !(t.includes("array") && m.keySize !== 4)));
    if (!type) return undefined;
    next = { ...m, type };
    what = `map ${m.name} type ${m.type} -> ${type}`;
  } else {
    const valueSize = Math.max(1, m.valueSize + pick(r, [-1, 1, -4, 4, -8, 8]));
    if (m.init) return undefined;
    next = { ...m, valueSize };
    what = `map ${m.name} value_size ${m.valueSize} -> ${valueSize}`;
  }
  const out = maps.slice();
  out[i] = next;
  return { insns: insns.slice(), progType, maps: out, kind: "map", what };
}
