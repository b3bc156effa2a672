// Debug info for the Locals view: C types as TypeDesc (records by index, so recursive structs are
// fine) and, for every parameter and local, where it lives over which slots.

import type { TypeDesc, VarLocation } from "../../program.ts";
import type { CType, RecordDef } from "../types.ts";
import { sizeOf } from "../types.ts";
import type { MachineFunc } from "./emit.ts";
import { isVirtual } from "./ir.ts";
import type { IrFunc, VarHome } from "./ir.ts";
import type { Allocation } from "./regalloc.ts";

export class TypeTable {
  readonly types: TypeDesc[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly records = new Map<RecordDef, number>();

  add(t: CType): number {
    if (t.kind === "struct" || t.kind === "union") {
      const have = this.records.get(t.def);
      if (have !== undefined) return have;
      const idx = this.types.length;
      this.records.set(t.def, idx);
      const name = `${t.kind} ${t.def.tag ?? "(anonymous)"}`;
      this.types.push({ kind: t.kind, name, size: t.def.size, members: [] });
      const members = t.def.members.map((m) => ({ name: m.name ?? "", type: this.add(m.type), offset: m.offset, ...(m.bitWidth !== undefined ? { bitOffset: m.bitOffset ?? 0, bitWidth: m.bitWidth } : {}) }));
      this.types[idx] = { kind: t.kind, name, size: t.def.size, members };
      return idx;
    }
    const key = this.key(t);
    const have = this.byKey.get(key);
    if (have !== undefined) return have;
    const idx = this.types.length;
    this.byKey.set(key, idx);
    this.types.push({ kind: "void", name: "void" });
    this.types[idx] = this.desc(t);
    return idx;
  }

  private desc(t: CType): TypeDesc {
    const name = this.name(t);
    switch (t.kind) {
      case "int":
        return { kind: "int", name, size: t.size, signed: t.signed };
      case "bool":
        return { kind: "bool", name };
      case "enum":
        return { kind: "enum", name, size: t.size, signed: t.signed, values: [] };
      case "ptr":
        return { kind: "ptr", name, to: this.add(t.to) };
      case "array":
        return { kind: "array", name, of: this.add(t.of), len: t.len ?? 0 };
      case "func":
        return { kind: "func", name };
      default:
        return { kind: "void", name };
    }
  }

  private key(t: CType): string {
    switch (t.kind) {
      case "ptr":
        return `*${t.to.kind === "struct" || t.to.kind === "union" ? `rec${t.to.def.id}` : this.key(t.to)}|${t.typedefName ?? ""}`;
      case "array":
        return `[${t.len}]${this.key(t.of)}`;
      case "struct":
      case "union":
        return `rec${t.def.id}`;
      default:
        return `${this.name(t)}`;
    }
  }

  name(t: CType): string {
    if (t.typedefName) return t.typedefName;
    switch (t.kind) {
      case "int": {
        const base = { 1: "char", 2: "short", 4: "int", 8: "long", 16: "__int128" }[t.size];
        return t.size === 1 ? (t.signed ? "char" : "unsigned char") : `${t.signed ? "" : "unsigned "}${base}`;
      }
      case "bool":
        return "_Bool";
      case "enum":
        return `enum ${t.tag ?? "(anonymous)"}`;
      case "ptr":
        return `${this.name(t.to)} *`;
      case "array":
        return `${this.name(t.of)}[${t.len ?? ""}]`;
      case "struct":
      case "union":
        return `${t.kind} ${t.def.tag ?? "(anonymous)"}`;
      case "float":
        return t.size === 4 ? "float" : "double";
      default:
        return t.kind;
    }
  }
}

/** Where each variable of f lives, in slots of the linked program (`base` = the function's first slot). */
export function varLocations(f: IrFunc, a: Allocation, m: MachineFunc, base: number, types: TypeTable): VarLocation[] {
  const out: VarLocation[] = [];
  const end = base + m.insns.length;
  let flow: Flow | undefined; // computed once, for the first register variable
  const pcOf = (pos: number) => base + (m.pcOfIndex[Math.min(Math.floor(pos / 2), m.pcOfIndex.length - 1)] ?? m.insns.length);
  for (const v of f.vars) {
    const type = types.add(v.type);
    if (v.scope) {
      out.push(...scoped(v, type, f.name, a, pcOf, () => (flow ??= flowOf(m)), base));
      continue;
    }
    if ("imm" in v.where) continue;
    if ("fpOffset" in v.where) {
      // Shown once something is stored into it (or its address is taken): before, it holds garbage.
      const first = firstStore(m, v.where.fpOffset, Math.max(1, sizeOf(v.type)));
      out.push({ name: v.name, type, func: f.name, from: first === undefined ? base : base + first, to: end, where: { fpOffset: v.where.fpOffset } });
      continue;
    }
    const vr = v.where.vreg;
    const spilled = a.spill.get(vr);
    if (spilled !== undefined) {
      out.push({ name: v.name, type, func: f.name, from: base, to: end, where: { fpOffset: spilled } });
      continue;
    }
    const r = a.reg.get(vr);
    const segs = a.segments.get(vr);
    if (r === undefined || !segs) {
      // Never read: a parameter is still where the caller put it at the first instruction.
      if (v.argReg !== undefined) out.push({ name: v.name, type, func: f.name, from: base, to: base + 1, where: { reg: v.argReg } });
      continue;
    }
    // One location per live range: a write (odd position) takes effect after its instruction,
    // a read (even) needs the value while its instruction runs.
    const ranges: [number, number][] = [];
    for (const [s0, s1] of [...segs].sort((x, y) => x[0] - y[0])) {
      const from = s0 % 2 ? pcOf(s0 + 1) : pcOf(s0);
      const to = Math.min(end, pcOf(s1) + 1);
      if (to <= from) continue;
      const last = ranges[ranges.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else ranges.push([from, to]);
    }
    flow ??= flowOf(m);
    for (const [from, to] of ranges) out.push({ name: v.name, type, func: f.name, from, to: base + keepsValue(flow!, r, to - base), where: { reg: r } });
  }
  return out;
}

/**
 * A parameter of an inlined body bound to its argument's value, over the slots of that body: the
 * constant, or the register holding the value (plus an offset) where it is live.
 */
function scoped(v: VarHome, type: number, func: string, a: Allocation, pcOf: (pos: number) => number, flow: () => Flow, base: number): VarLocation[] {
  let lo = Infinity, hi = -Infinity;
  for (const i of v.scope ?? []) {
    const p = a.pos.get(i);
    if (p === undefined) continue;
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  if (lo > hi) return [];
  // Allocation.pos counts instructions, pcOf takes positions (2 per instruction); the body ends
  // where the instruction after its last begins (a last move the allocator deleted adds nothing).
  const from = pcOf(2 * lo), to = pcOf(2 * (hi + 1));
  if (to <= from) return [];
  const w = v.where;
  if ("imm" in w) return [{ name: v.name, type, func, from, to, where: { value: BigInt.asUintN(64, w.imm).toString() } }];
  if ("fpOffset" in w) return [{ name: v.name, type, func, from, to, where: { fpOffset: w.fpOffset } }];
  const add = w.add ? { add: w.add } : {};
  if (!isVirtual(w.vreg)) return [{ name: v.name, type, func, from, to, where: { reg: w.vreg, ...add } }];
  const spilled = a.spill.get(w.vreg);
  if (spilled !== undefined) return w.add ? [] : [{ name: v.name, type, func, from, to, where: { fpOffset: spilled } }];
  const r = a.reg.get(w.vreg);
  const segs = a.segments.get(w.vreg);
  if (r === undefined || !segs) return [];
  const out: VarLocation[] = [];
  for (const [s0, s1] of [...segs].sort((x, y) => x[0] - y[0])) {
    const f0 = Math.max(from, s0 % 2 ? pcOf(s0 + 1) : pcOf(s0));
    const t0 = Math.min(to, base + keepsValue(flow(), r, pcOf(s1) + 1 - base));
    if (t0 <= f0) continue;
    const last = out[out.length - 1];
    if (last && f0 <= last.to) out[out.length - 1] = { ...last, to: Math.max(last.to, t0) };
    else out.push({ name: v.name, type, func, from: f0, to: t0, where: { reg: r, ...add } });
  }
  return out;
}

const CLS_LD = 0, CLS_LDX = 1, CLS_ST = 2, CLS_STX = 3, CLS_ALU = 4, CLS_JMP = 5, CLS_JMP32 = 6, CLS_ALU64 = 7;
const MODE_ATOMIC = 0xc0;

/** The first slot after which bytes [off, off + size) of the frame hold something written, if any. */
function firstStore(m: MachineFunc, off: number, size: number): number | undefined {
  const hit = (o: number) => o < off + size && o >= off - 7; // an access of up to 8 bytes that overlaps
  for (let pc = 0; pc < m.insns.length; pc++) {
    const i = m.insns[pc];
    const cls = i.code & 7;
    if ((cls === CLS_ST || cls === CLS_STX) && i.dst === 10 && hit(i.off)) return pc + 1;
    // r = r10; r += off: the address escapes (a helper fills it)
    if (cls === CLS_ALU64 && (i.code & 0xf8) === 0xb8 && i.src === 10 && pc + 1 < m.insns.length) {
      const n = m.insns[pc + 1];
      if (n.code === 0x07 && n.dst === i.dst && n.imm >= off && n.imm < off + size) return pc + 2;
    }
  }
  return undefined;
}

interface Flow {
  /** Per slot: registers the instruction writes (bit mask), or -1 when control does not fall through. */
  readonly writes: number[];
  readonly targets: Set<number>;
}

function flowOf(m: MachineFunc): Flow {
  const writes: number[] = [];
  const targets = new Set<number>();
  for (let pc = 0; pc < m.insns.length; pc++) {
    const i = m.insns[pc];
    const cls = i.code & 7, op = i.code & 0xf0;
    let w = 0;
    if (cls === CLS_LD) {
      w = 1 << i.dst;
      writes.push(w, 0); // ld_imm64's second slot
      pc++;
      continue;
    }
    if (cls === CLS_LDX || cls === CLS_ALU || cls === CLS_ALU64) w = 1 << i.dst;
    else if (cls === CLS_STX && (i.code & 0xe0) === MODE_ATOMIC) w = (1 << i.src) | 1;
    else if (cls === CLS_JMP || cls === CLS_JMP32) {
      if (op === 0x80) w = 0x3f; // a call clobbers r0-r5
      else if (op === 0x90) w = -1; // exit
      else {
        targets.add(pc + 1 + (cls === CLS_JMP32 && op === 0 ? i.imm : i.off));
        if (op === 0) w = -1; // goto
      }
    }
    writes.push(w);
  }
  return { writes, targets };
}

/**
 * Extends a register variable's range [.., to) past its last use while the register still holds
 * it on the only way in: straight-line code that does not write the register and that no jump
 * enters. The Locals view then shows it to the end of its statements, as a debugger is expected to.
 */
function keepsValue(flow: Flow, r: number, to: number): number {
  while (to < flow.writes.length) {
    const w = flow.writes[to - 1];
    if (w === -1 || (w & (1 << r)) !== 0 || flow.targets.has(to)) break;
    to++;
  }
  return to;
}
