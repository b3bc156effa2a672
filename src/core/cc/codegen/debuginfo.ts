// Debug info for the Locals view: C types as TypeDesc (records by index, so recursive structs are
// fine) and, for every parameter and local, where it lives over which slots.

import type { TypeDesc, VarLocation } from "../../program.ts";
import type { CType, RecordDef } from "../types.ts";
import { sizeOf } from "../types.ts";
import type { MachineFunc } from "./emit.ts";
import type { IrFunc } from "./ir.ts";
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
  const pcOf = (pos: number) => base + (m.pcOfIndex[Math.min(Math.floor(pos / 2), m.pcOfIndex.length - 1)] ?? m.insns.length);
  for (const v of f.vars) {
    const type = types.add(v.type);
    if ("fpOffset" in v.where) {
      out.push({ name: v.name, type, func: f.name, from: base, to: end, where: { fpOffset: v.where.fpOffset } });
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
    for (const [from, to] of ranges) out.push({ name: v.name, type, func: f.name, from, to, where: { reg: r } });
  }
  void sizeOf;
  return out;
}
