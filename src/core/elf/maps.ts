// An object's maps, as libbpf creates them: first the legacy definitions of the `maps` section
// (`struct bpf_map_def`, in symbol order; libbpf 1.0 and later refuse them, older libbpf and
// iproute2 read them), then each variable of the `.maps` section (a BTF-defined map: a struct
// whose members encode the definition), in the BTF DATASEC's order; then one single-entry array
// per global data section (`.rodata*`, `.data*`, `.bss*`), whose value is the section's bytes.
//
//   struct { __uint(type, BPF_MAP_TYPE_HASH);  →  int (*type)[1];       (a pointer to an array of N)
//            __type(key, __u32);               →  __u32 *key;           (a pointer to the key's type)
//            __uint(max_entries, 64); } m SEC(".maps");

import type { MapDef } from "../program.ts";
import { BPF_F_RDONLY_PROG, MAP_TYPES } from "../program.ts";
import { BTF_KIND, btfSize, btfType, datasec, parseBtf, skipModifiers } from "./btf.ts";
import type { Btf, BtfMember } from "./btf.ts";
import { Cursor, ElfFault, SHF_EXECINSTR, SHT_NOBITS, SHT_PROGBITS, STT_SECTION } from "./elf.ts";
import type { Elf } from "./elf.ts";
import type { MapPlaces } from "./read.ts";


const MAP_TYPE_NAMES = new Map(Object.entries(MAP_TYPES).map(([name, id]) => [id, name]));

export function readMaps(elf: Elf): MapPlaces {
  const maps: MapDef[] = [];
  const bySection = new Map<number, Map<number, number>>();
  const legacy = elf.sections.find((s) => s.name === "maps");
  if (legacy) bySection.set(legacy.index, legacyMaps(elf, legacy.index, maps));
  const byOffset = new Map<number, number>();
  const valuesAt: { at: number; values?: number; size: number; index: number }[] = [];
  const mapsSec = elf.sections.find((s) => s.name === ".maps");
  if (mapsSec) {
    bySection.set(mapsSec.index, byOffset);
    const btfSec = elf.sections.find((s) => s.name === ".BTF");
    if (!btfSec) throw new ElfFault(".maps", 0, "BTF-defined maps need a .BTF section (compile with -g)");
    const btf = parseBtf(btfSec.data);
    const sec = datasec(btf, ".maps");
    if (!sec) throw new ElfFault(".BTF", 0, "no DATASEC for .maps");
    for (const v of sec.members) {
      const variable = btfType(btf, v.type);
      if (variable.kind !== BTF_KIND.VAR) throw new ElfFault(".BTF", 0, `.maps DATASEC entry ${v.type} is not a variable`);
      // clang leaves DATASEC offsets to the linker (they are relocations in .rel.BTF); libbpf
      // takes them from the variable's symbol, and so do we
      const sym = elf.symbols.find((x) => x.shndx === mapsSec.index && x.name === variable.name && x.type !== STT_SECTION);
      if (!sym) throw new ElfFault(".maps", 0, `map '${variable.name}' has no symbol in .maps`);
      byOffset.set(sym.value, maps.length);
      maps.push(mapDef(btf, variable.name, variable.sizeOrType));
      valuesAt.push({ at: sym.value, values: valuesOffset(btf, variable.sizeOrType), size: v.size ?? 0, index: maps.length - 1 });
    }
    fillSlots(elf, mapsSec.index, valuesAt, byOffset, maps);
  }

  const dataBySection = new Map<number, number>();
  for (const s of elf.sections) {
    const kind = dataKind(s.name);
    if (!kind || s.flags & SHF_EXECINSTR || (s.type !== SHT_PROGBITS && s.type !== SHT_NOBITS)) continue;
    if (s.data.length === 0) continue; // libbpf skips empty sections
    dataBySection.set(s.index, maps.length);
    maps.push({
      name: s.name,
      type: "array",
      keySize: 4,
      valueSize: s.data.length,
      maxEntries: 1,
      flags: kind === "rodata" ? BPF_F_RDONLY_PROG : 0,
      init: s.data.slice(),
      // libbpf freezes `.rodata` once it is filled
      ...(kind === "rodata" ? { frozen: true } : {}),
    });
  }
  return { maps, bySection, dataBySection };
}

/**
 * `struct bpf_map_def { u32 type, key_size, value_size, max_entries, map_flags; ... }`, one per
 * symbol of the section; as libbpf did, each definition is the section's size over the number of
 * symbols, of which the first 20 bytes are read (later fields, inner_map_idx or numa_node, are
 * not modelled).
 */
function legacyMaps(elf: Elf, index: number, maps: MapDef[]): Map<number, number> {
  const sec = elf.sections[index];
  const syms = elf.symbols.filter((x) => x.shndx === index && x.type !== STT_SECTION && x.name !== "").sort((a, b) => a.value - b.value);
  const byOffset = new Map<number, number>();
  if (syms.length === 0) return byOffset;
  const size = Math.floor(sec.data.length / syms.length);
  if (size < 20 || sec.data.length % syms.length) throw new ElfFault("maps", 0, `${sec.data.length} bytes for ${syms.length} legacy map definitions: not a whole struct bpf_map_def (at least 20 bytes) each`);
  const c = new Cursor(sec.data, "maps");
  for (const sym of syms) {
    const at = sym.value;
    if (at % size) throw new ElfFault("maps", at, `legacy map '${sym.name}' does not start on a ${size}-byte definition`);
    const id = c.u32(at, "type");
    const type = MAP_TYPE_NAMES.get(id);
    if (!type) throw new ElfFault("maps", at, `map '${sym.name}': unknown map type ${id}`);
    byOffset.set(at, maps.length);
    const valueSize = type === "prog_array" || type === "array_of_maps" || type === "hash_of_maps" ? 4 : c.u32(at + 8, "value_size");
    maps.push({ name: sym.name, type, keySize: c.u32(at + 4, "key_size"), valueSize, maxEntries: c.u32(at + 12, "max_entries"), flags: c.u32(at + 16, "map_flags") });
  }
  return byOffset;
}

/** The byte offset of a map struct's `values` member (maps of maps, prog arrays), if it has one. */
function valuesOffset(btf: Btf, typeId: number): number | undefined {
  const st = skipModifiers(btf, typeId);
  const m = st.kind === BTF_KIND.STRUCT ? st.members.find((x) => x.name === "values") : undefined;
  return m ? m.offset / 8 : undefined;
}

/**
 * `.values = { [1] = &inner, [2] = &prog }`: clang leaves each slot as a relocation in
 * `.rel.maps` against the map's or the function's symbol; libbpf fills the slots at load.
 */
function fillSlots(elf: Elf, mapsIndex: number, vars: readonly { at: number; values?: number; size: number; index: number }[], byOffset: ReadonlyMap<number, number>, maps: MapDef[]): void {
  const slots = new Map<number, { index: number; map?: string; prog?: string }[]>();
  for (const r of elf.rels.get(mapsIndex) ?? []) {
    const v = vars.find((x) => x.values !== undefined && r.offset >= x.at + x.values && r.offset < x.at + Math.max(x.size, x.values + 8));
    if (!v || v.values === undefined) throw new ElfFault(".rel.maps", r.offset, `a relocation at .maps+${r.offset} is in no map's .values`);
    const k = (r.offset - v.at - v.values) / 8;
    if (!Number.isInteger(k)) throw new ElfFault(".rel.maps", r.offset, `a .values relocation at .maps+${r.offset} is not on an 8-byte slot`);
    const sym = elf.symbols[r.sym];
    const list = slots.get(v.index) ?? (slots.set(v.index, []), slots.get(v.index)!);
    if (sym.shndx === mapsIndex) {
      const target = byOffset.get(sym.value);
      if (target === undefined) throw new ElfFault(".rel.maps", r.offset, `slot ${k} of '${maps[v.index].name}' names '${sym.name}', which is not a map`);
      list.push({ index: k, map: maps[target].name });
    } else list.push({ index: k, prog: sym.name });
  }
  for (const [index, list] of slots) maps[index] = { ...maps[index], slots: list.sort((a, b) => a.index - b.index) };
}

function dataKind(name: string): "rodata" | "data" | "bss" | undefined {
  for (const k of ["rodata", "data", "bss"] as const) if (name === `.${k}` || name.startsWith(`.${k}.`)) return k;
  return undefined;
}

/** One map's definition from its struct's members. */
function mapDef(btf: Btf, name: string, typeId: number): MapDef {
  const st = skipModifiers(btf, typeId);
  if (st.kind !== BTF_KIND.STRUCT) throw new ElfFault(".BTF", 0, `map '${name}': its type is not a struct`);
  const d = { type: -1, keySize: 0, valueSize: 0, maxEntries: 0, flags: 0 };
  let inner: MapDef | undefined;
  for (const m of st.members) {
    switch (m.name) {
      case "type":
        d.type = arrayLen(btf, name, m);
        break;
      case "max_entries":
        d.maxEntries = arrayLen(btf, name, m);
        break;
      case "map_flags":
        d.flags = arrayLen(btf, name, m);
        break;
      case "key_size":
        d.keySize = arrayLen(btf, name, m);
        break;
      case "value_size":
        d.valueSize = arrayLen(btf, name, m);
        break;
      case "key":
        d.keySize = btfSize(btf, pointee(btf, name, m));
        break;
      case "value":
        d.valueSize = btfSize(btf, pointee(btf, name, m));
        break;
      case "values":
        inner = innerMap(btf, name, m);
        break;
      default:
        break; // pinning, numa_node, map_extra: nothing bpfplay models
    }
  }
  const type = MAP_TYPE_NAMES.get(d.type);
  if (!type) throw new ElfFault(".BTF", 0, `map '${name}': unknown map type ${d.type}`);
  // map-in-map and prog_array value slots hold ids: 4 bytes, whatever `values` points to
  if (inner || type === "prog_array" || type === "array_of_maps" || type === "hash_of_maps") d.valueSize = 4;
  if (type === "prog_array" && d.keySize === 0) d.keySize = 4;
  return { name, type, keySize: d.keySize, valueSize: d.valueSize, maxEntries: d.maxEntries, flags: d.flags, ...(inner ? { inner } : {}) };
}

/** `int (*name)[N]` → N. */
function arrayLen(btf: Btf, map: string, m: BtfMember): number {
  const arr = skipModifiers(btf, pointee(btf, map, m));
  if (arr.kind !== BTF_KIND.ARRAY || !arr.array) throw new ElfFault(".BTF", 0, `map '${map}': member '${m.name}' is not a pointer to an array`);
  return arr.array.nelems;
}

function pointee(btf: Btf, map: string, m: BtfMember): number {
  const p = skipModifiers(btf, m.type);
  if (p.kind !== BTF_KIND.PTR) throw new ElfFault(".BTF", 0, `map '${map}': member '${m.name}' is not a pointer`);
  return p.sizeOrType;
}

/** `__array(values, struct { ... })`: an array of pointers to the inner map's struct. */
function innerMap(btf: Btf, map: string, m: BtfMember): MapDef | undefined {
  const arr = skipModifiers(btf, m.type);
  if (arr.kind !== BTF_KIND.ARRAY || !arr.array) return undefined;
  const p = skipModifiers(btf, arr.array.type);
  if (p.kind !== BTF_KIND.PTR) return undefined;
  const target = skipModifiers(btf, p.sizeOrType);
  return target.kind === BTF_KIND.STRUCT ? mapDef(btf, `${map}.inner`, target.id) : undefined;
}
