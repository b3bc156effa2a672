// The object's maps as libbpf builds them: BTF-defined maps from `.maps` (each member an encoded
// attribute: `int (*type)[N]` means N, `key`/`value` are pointers whose pointee's size counts,
// `values` is map-in-map's inner definition), then one array map per global data section
// (.rodata frozen with BPF_F_RDONLY_PROG, .data, .bss, custom `.data.*`), laid out in definition
// order, string literals whose address escapes appended to .rodata.

import type { Diagnostic } from "../../diag.ts";
import { BPF_F_RDONLY_PROG, MAP_TYPES } from "../../program.ts";
import type { MapDef, MapFieldType } from "../../program.ts";
import { spell } from "../check_types.ts";
import type { Loc, VarSym } from "../ast.ts";
import { alignOf, isRecord, sizeOf } from "../types.ts";
import type { CType, RecordDef } from "../types.ts";
import type { MapSlot } from "./ir.ts";

const TYPE_NAMES = new Map(Object.entries(MAP_TYPES).map(([k, v]) => [v, k]));

interface DataSection {
  readonly slot: MapSlot;
  readonly name: string;
  size: number;
  align: number;
  bytes: number[];
}

export class GlobalTable {
  private readonly maps: { slot: MapSlot; def: MapDef }[] = [];
  private readonly data = new Map<string, DataSection>();
  private readonly where = new Map<number, { map: MapSlot; value: boolean; off: number }>();
  private readonly strings = new Map<string, number>();
  license?: string;

  /** `folded`: globals whose loads become the address they were initialised with (constglobals.ts). */
  constructor(globals: readonly VarSym[], readonly diags: Diagnostic[], folded: ReadonlySet<number> = new Set()) {
    for (const g of globals) {
      if (g.section === ".maps") this.addMap(g);
    }
    for (const g of globals) {
      if (g.section === ".maps") continue;
      if (g.section === "license") {
        this.license = cString(g.init);
        continue;
      }
      if (g.storage === "extern" || g.type.kind === "func") continue;
      // A static pointer every load of which folds is gone from the object, as clang drops it.
      if (folded.has(g.id) && g.isStatic && g.type.kind === "ptr") continue;
      const sec = g.section ?? dataSectionOf(g);
      const s = this.section(sec);
      const off = this.place(s, g.type, g.init);
      this.where.set(g.id, { map: s.slot, value: true, off });
    }
  }

  lookup(sym: VarSym): { map: MapSlot; value: boolean; off: number } | undefined {
    return this.where.get(sym.id);
  }

  /** A string literal in .rodata (shared by equal literals). */
  string(bytes: Uint8Array): { map: MapSlot; off: number } {
    const s = this.section(".rodata");
    const key = Array.from(bytes).join(",");
    let off = this.strings.get(key);
    if (off === undefined) {
      off = this.place(s, { kind: "array", of: { kind: "int", size: 1, signed: true }, len: bytes.length }, bytes);
      this.strings.set(key, off);
    }
    return { map: s.slot, off };
  }

  /** Every map, BTF maps first then data sections, with their final indices set. */
  finish(): MapDef[] {
    const out: MapDef[] = this.maps.map((m) => m.def);
    for (const s of this.data.values()) {
      const size = Math.max(1, Math.ceil(s.size / s.align) * s.align);
      const init = new Uint8Array(size);
      init.set(s.bytes.slice(0, size));
      s.slot.index = out.length;
      const rodata = s.name.startsWith(".rodata");
      // libbpf freezes `.rodata` once it is filled, so the verifier knows its bytes (as the ELF reader marks it)
      out.push({ name: s.name, type: "array", keySize: 4, valueSize: size, maxEntries: 1, flags: rodata ? BPF_F_RDONLY_PROG : 0, init, ...(rodata ? { frozen: true } : {}) });
    }
    this.maps.forEach((m, i) => (m.slot.index = i));
    return out;
  }

  private section(name: string): DataSection {
    let s = this.data.get(name);
    if (!s) this.data.set(name, (s = { slot: { index: -1, name }, name, size: 0, align: 1, bytes: [] }));
    return s;
  }

  private place(s: DataSection, t: CType, init: Uint8Array | undefined): number {
    // Aggregates of 8 bytes or more get 8-byte alignment, as LLVM gives the globals it defines
    // when that lets it copy them a word at a time.
    const size0 = sizeOf(t);
    const a = Math.max(1, alignOf(t), (t.kind === "array" || t.kind === "struct" || t.kind === "union") && size0 >= 8 ? 8 : 1);
    const off = Math.ceil(s.size / a) * a;
    const size = sizeOf(t);
    while (s.bytes.length < off + size) s.bytes.push(0);
    if (init) for (let i = 0; i < Math.min(size, init.length); i++) s.bytes[off + i] = init[i];
    s.size = off + size;
    s.align = Math.max(s.align, a);
    return off;
  }

  private addMap(g: VarSym): void {
    const d0 = mapDef(g.name, g.type, g.loc, this.diags);
    if (!d0) return;
    const slots = initialSlots(g);
    const def = slots.length ? { ...d0, slots } : d0;
    const slot: MapSlot = { index: this.maps.length, name: g.name };
    this.maps.push({ slot, def });
    this.where.set(g.id, { map: slot, value: false, off: 0 });
  }
}

/** `.values = { [i] = &inner_map | prog }`: the addresses in a `.maps` initialiser's `values` array. */
function initialSlots(g: VarSym): { index: number; map?: string; prog?: string }[] {
  const t = g.type;
  const values = isRecord(t) ? t.def.members.find((m) => m.name === "values") : undefined;
  if (!values || !g.initRelocs) return [];
  const out: { index: number; map?: string; prog?: string }[] = [];
  for (const r of g.initRelocs) {
    const at = r.offset - values.offset;
    if (at < 0 || at % 8 || r.target instanceof Uint8Array) continue;
    out.push(r.target.kind === "func" ? { index: at / 8, prog: r.target.name } : { index: at / 8, map: r.target.name });
  }
  return out;
}

function dataSectionOf(g: VarSym): string {
  if (g.type.const) return ".rodata";
  if (g.type.kind === "array" && g.type.of.const) return ".rodata";
  const zero = !g.init || g.init.every((b) => b === 0);
  return zero ? ".bss" : ".data";
}

function cString(b: Uint8Array | undefined): string {
  if (!b) return "";
  let s = "";
  for (const c of b) {
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

/** A `.maps` struct read as libbpf reads its BTF. */
export function mapDef(name: string, t: CType, loc: Loc, diags: Diagnostic[]): MapDef | undefined {
  if (!isRecord(t)) {
    diags.push(err(`map '${name}' is not a struct`, loc));
    return undefined;
  }
  return readDef(name, t.def, loc, diags);
}

function readDef(name: string, def: RecordDef, loc: Loc, diags: Diagnostic[]): MapDef | undefined {
  let type = 0, maxEntries = 0, flags = 0, keySize = 0, valueSize = 0;
  let inner: MapDef | undefined;
  let keyType: MapFieldType | undefined;
  let valueType: MapFieldType | undefined;
  for (const m of def.members) {
    const n = m.name ?? "";
    const t = m.type;
    const encoded = t.kind === "ptr" && t.to.kind === "array" ? t.to.len ?? 0 : undefined;
    switch (n) {
      case "type":
        type = encoded ?? 0;
        break;
      case "max_entries":
        maxEntries = encoded ?? 0;
        break;
      case "map_flags":
        flags = encoded ?? 0;
        break;
      case "key_size":
        keySize = encoded ?? 0;
        break;
      case "value_size":
        valueSize = encoded ?? 0;
        break;
      case "key":
        if (t.kind === "ptr") [keySize, keyType] = [sizeOf(t.to), fieldType(t.to)];
        break;
      case "value":
        if (t.kind === "ptr") [valueSize, valueType] = [sizeOf(t.to), fieldType(t.to)];
        break;
      case "values": {
        // __array(values, struct inner): struct inner *values[]
        const el = t.kind === "array" ? t.of : undefined;
        if (el?.kind === "ptr" && isRecord(el.to)) inner = readDef(`${name}.inner`, el.to.def, loc, diags);
        if (valueSize === 0) valueSize = 4;
        break;
      }
      default:
        break; // pinning, map_extra, numa_node: nothing the playground uses
    }
  }
  const typeName = TYPE_NAMES.get(type);
  if (!typeName) {
    diags.push(err(`map '${name}': unsupported map type ${type}`, loc));
    return undefined;
  }
  return { name, type: typeName, keySize, valueSize, maxEntries, flags, ...(inner ? { inner } : {}), ...(keyType ? { keyType } : {}), ...(valueType ? { valueType } : {}) };
}

/** A key's or value's type for the Maps pane: its spelling and the integers in it (nested records flattened). */
function fieldType(t: CType): MapFieldType {
  const ints: { name: string; offset: number; size: number; signed: boolean }[] = [];
  const walk = (u: CType, path: string, at: number, depth: number) => {
    if (u.kind === "int" || u.kind === "enum") ints.push({ name: path, offset: at, size: sizeOf(u), signed: u.kind === "int" ? u.signed : false });
    else if (u.kind === "bool") ints.push({ name: path, offset: at, size: 1, signed: false });
    else if (isRecord(u) && depth < 4) for (const m of u.def.members) if (m.bitOffset === undefined) walk(m.type, m.name ? (path ? `${path}.${m.name}` : m.name) : path, at + m.offset, depth + 1);
  };
  walk(t, "", 0, 0);
  return { c: spell(t), ints };
}

function err(message: string, loc: Loc): Diagnostic {
  return { code: "map-def", severity: "error", message, span: { file: loc.file, line: loc.line, column: loc.column, endLine: loc.line, endColumn: loc.column + 1 } };
}
