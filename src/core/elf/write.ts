// A relocatable eBPF object, as clang would write it for the same C, that libbpf loads: each
// program in its own section under its SEC() name, the subprograms it calls in `.text` (each
// once, reached through relocations against `.text`; a global one with a global symbol and
// BTF_FUNC_GLOBAL, its FUNC_PROTO's parameters from the program's func_info, btf_sig.ts), BTF-defined maps
// in `.maps` with their BTF, global data in `.rodata`/`.data`/`.bss`, the license, and `.BTF.ext`
// with a FUNC for every function and the line info that gives each instruction its C line.
//
// The input is what the C compiler gives: programs already linked (entry function first, the
// subprograms it calls after it, calls resolved), with their function table and map indices; this
// undoes that linking into sections and relocations.

import type { Insn } from "../isa/index.ts";
import { utf8 } from "../isa/utf8.ts";
import type { FuncSymbol, MapDef, Program } from "../program.ts";
import { MAP_TYPES } from "../program.ts";
import { BtfBuilder, btfExtBytes, ByteWriter, StringTable } from "./btf_write.ts";
import type { FuncInfoRec, LineInfoRec } from "./btf_write.ts";
import { writeFunc } from "./btf_sig.ts";
import { EM_BPF, SHF_EXECINSTR, SHT_NOBITS, SHT_PROGBITS, SHT_REL, SHT_STRTAB, SHT_SYMTAB, STB_GLOBAL, STT_FUNC, STT_OBJECT, STT_SECTION } from "./elf.ts";

export interface ObjectProgram {
  readonly name: string;
  readonly section: string;
  readonly program: Program;
}

export interface ObjectInput {
  readonly programs: readonly ObjectProgram[];
  /** Every map of the object in index order (ld_imm64 imm = index), global data maps included. */
  readonly maps: readonly MapDef[];
  readonly license?: string;
}

const R_BPF_64_64 = 1;
const R_BPF_64_32 = 10;
const R_BPF_64_ABS64 = 2;
const SHF_WRITE = 0x1;
const SHF_ALLOC = 0x2;
const STB_LOCAL = 0;
/** Global data sections, as libbpf names them: `.rodata*`, `.data*`, `.bss*` (SEC(".data.stats") included). */
const isData = (name: string): boolean => /^\.(rodata|data|bss)(\.|$)/.test(name);

interface CodeUnit {
  /** Section name: the SEC() string, or ".text" for subprograms. */
  readonly section: string;
  readonly name: string;
  readonly program: Program;
  /** The function's slots in the linked program. */
  readonly fn: FuncSymbol;
  readonly entry: boolean;
}

interface Reloc {
  readonly offset: number;
  /** A symbol name: a section's (".text", ".data", ...) or a map's. */
  readonly symbol: string;
  readonly type: number;
}

interface OutSection {
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  data: Uint8Array;
  /** NOBITS: the size it stands for. */
  size?: number;
  link?: number;
  info?: number;
  align: number;
  entsize?: number;
}

interface OutSymbol {
  readonly name: string;
  readonly type: number;
  readonly bind: number;
  /** Section name, or "" for undefined. */
  readonly section: string;
  readonly value: number;
  readonly size: number;
}

/** The object's bytes, or what bpfplay cannot write yet. */
export function writeObject(o: ObjectInput): { readonly bytes: Uint8Array } | { readonly error: string } {
  try {
    return { bytes: build(o) };
  } catch (e) {
    if (e instanceof WriteError) return { error: e.message };
    throw e;
  }
}

class WriteError extends Error {}

function functionsOf(p: ObjectProgram): FuncSymbol[] {
  const fns = [...(p.program.functions ?? [{ name: p.name, start: 0, end: p.program.insns.length }])].sort((a, b) => a.start - b.start);
  if (fns[0]?.start !== 0) throw new WriteError(`program '${p.name}': no function starts at its first instruction`);
  return fns;
}

function build(o: ObjectInput): Uint8Array {
  // The code units: each program's entry in its section, each subprogram once in .text.
  const units: CodeUnit[] = [];
  const textUnits = new Map<string, CodeUnit>();
  for (const p of o.programs) {
    const fns = functionsOf(p);
    units.push({ section: p.section, name: p.name, program: p.program, fn: fns[0], entry: true });
    for (const f of fns.slice(1)) if (!textUnits.has(f.name)) textUnits.set(f.name, { section: ".text", name: f.name, program: p.program, fn: f, entry: false });
  }
  // .text layout: slot offset of each subprogram.
  const textAt = new Map<string, number>();
  let textSlots = 0;
  for (const u of textUnits.values()) {
    textAt.set(u.name, textSlots);
    textSlots += u.fn.end - u.fn.start;
  }

  const btf = new BtfBuilder();
  const intId = btf.int("int", 4, true);
  const codeSections = new Map<string, { insns: Insn[]; relocs: Reloc[]; funcs: FuncInfoRec[]; lines: LineInfoRec[] }>();
  const codeOf = (name: string) => {
    let c = codeSections.get(name);
    if (!c) codeSections.set(name, (c = { insns: [], relocs: [], funcs: [], lines: [] }));
    return c;
  };
  const funcTypes = new Map<string, number>();
  /** Slot where each entry function starts in its section (several programs may share one, as clang writes them). */
  const entryAt = new Map<string, number>();
  for (const u of [...units, ...textUnits.values()]) {
    const info = u.program.funcInfo?.find((f) => f.pc === u.fn.start);
    const fallback = () => (u.entry ? btf.funcProto(intId, [{ name: "ctx", type: btf.ptr(0) }]) : btf.funcProto(intId, []));
    funcTypes.set(u.name, writeFunc(btf, u.name, info, fallback, u.entry));
  }

  for (const u of [...units, ...textUnits.values()]) {
    const c = codeOf(u.section);
    const base = c.insns.length; // slot where this function starts in its section
    if (u.entry) entryAt.set(u.name, base);
    const fns = u.program.functions ?? [];
    const fnAt = (pc: number) => fns.find((f) => f.start === pc);
    for (let pc = u.fn.start; pc < u.fn.end; pc++) {
      const i = u.program.insns[pc];
      const at = (base + pc - u.fn.start) * 8;
      if (i.code === 0x85 && i.src === 1) {
        const callee = fnAt(pc + 1 + i.imm);
        const slot = callee && textAt.get(callee.name);
        if (slot === undefined) throw new WriteError(`program '${u.name}': the call at instruction ${pc} reaches no function`);
        // As clang emits a call to a static function: against .text's section symbol, imm = slot - 1.
        c.relocs.push({ offset: at, symbol: ".text", type: R_BPF_64_32 });
        c.insns.push({ ...i, imm: slot - 1 });
        continue;
      }
      if (i.code === 0x18 && pc + 1 < u.fn.end) {
        const next = u.program.insns[pc + 1];
        const put = (first: Insn, second: Insn, symbol: string) => {
          c.relocs.push({ offset: at, symbol, type: R_BPF_64_64 });
          c.insns.push(first, second);
        };
        if (i.src === 1 || i.src === 2) {
          const m = o.maps[i.imm];
          if (!m) throw new WriteError(`program '${u.name}': instruction ${pc} names map ${i.imm}, which the object does not have`);
          if (isData(m.name)) {
            // Global data: against the section's symbol, the offset in imm (clang's form for static data).
            put({ ...i, src: 0, imm: i.src === 2 ? next.imm : 0 }, { ...next, imm: 0 }, m.name);
          } else if (i.src === 1) {
            put({ ...i, src: 0, imm: 0 }, { ...next, imm: 0 }, m.name);
          } else throw new WriteError(`program '${u.name}': instruction ${pc} takes the address of map '${m.name}''s value, which bpfplay does not write to objects`);
          pc++;
          continue;
        }
        if (i.src === 4) {
          const callee = fnAt(pc + 1 + i.imm);
          const slot = callee && textAt.get(callee.name);
          if (slot === undefined) throw new WriteError(`program '${u.name}': the function address at instruction ${pc} names no function`);
          put({ ...i, src: 0, imm: slot * 8 }, { ...next, imm: 0 }, ".text");
          pc++;
          continue;
        }
        c.insns.push(i, next);
        pc++;
        continue;
      }
      c.insns.push(i);
    }
    c.funcs.push({ insnOff: base * 8, typeId: funcTypes.get(u.name)! });
    lineInfo(u, base, btf.strings, c.lines);
  }

  // Maps: BTF-defined in .maps, global data as sections.
  const maps = o.maps.filter((m) => !isData(m.name));
  const mapVars: { type: number; offset: number; size: number }[] = [];
  const mapSyms: OutSymbol[] = [];
  let mapsSize = 0;
  const mapRelocs: Reloc[] = [];
  for (const m of maps) {
    const { id, size, slots } = mapStruct(btf, intId, m);
    for (const x of slots) mapRelocs.push({ offset: mapsSize + x.offset, symbol: x.symbol, type: R_BPF_64_ABS64 });
    mapVars.push({ type: btf.variable(m.name, id), offset: mapsSize, size });
    mapSyms.push({ name: m.name, type: STT_OBJECT, bind: STB_GLOBAL, section: ".maps", value: mapsSize, size });
    mapsSize += size;
  }
  if (maps.length) btf.datasec(".maps", mapsSize, mapVars);

  // Sections, in order.
  const sections: OutSection[] = [{ name: "", type: 0, flags: 0, data: new Uint8Array(0), align: 0 }];
  const add = (s: OutSection) => sections.push(s) - 1;
  const indexOf = (name: string) => sections.findIndex((s) => s.name === name);
  for (const name of new Set(o.programs.map((p) => p.section))) add({ name, type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, data: encode(codeSections.get(name)!.insns), align: 8 });
  if (textUnits.size) add({ name: ".text", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, data: encode(codeSections.get(".text")!.insns), align: 8 });
  for (const m of o.maps) {
    const name = m.name;
    if (!isData(name)) continue;
    if (name.startsWith(".bss")) add({ name, type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, data: new Uint8Array(0), size: m.valueSize, align: 8 });
    else add({ name, type: SHT_PROGBITS, flags: SHF_ALLOC | (name.startsWith(".rodata") ? 0 : SHF_WRITE), data: m.init ?? new Uint8Array(m.valueSize), align: 8 });
  }
  if (maps.length) add({ name: ".maps", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, data: new Uint8Array(mapsSize), align: 8 });
  if (o.license !== undefined) add({ name: "license", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, data: utf8(o.license + "\0"), align: 1 });

  // Symbols: locals (section symbols, static functions) first, then globals.
  const locals: OutSymbol[] = [];
  for (const s of sections.slice(1)) if (s.name === ".text" || isData(s.name)) locals.push({ name: "", type: STT_SECTION, bind: STB_LOCAL, section: s.name, value: 0, size: 0 });
  // A global function's symbol is global, as clang writes it (its BTF FUNC says BTF_FUNC_GLOBAL).
  const isGlobal = (u: CodeUnit) => u.program.funcInfo?.find((f) => f.pc === u.fn.start)?.linkage === "global";
  const textSym = (u: CodeUnit, bind: number): OutSymbol => ({ name: u.name, type: STT_FUNC, bind, section: ".text", value: textAt.get(u.name)! * 8, size: (u.fn.end - u.fn.start) * 8 });
  for (const u of textUnits.values()) if (!isGlobal(u)) locals.push(textSym(u, STB_LOCAL));
  const globals: OutSymbol[] = [];
  for (const u of textUnits.values()) if (isGlobal(u)) globals.push(textSym(u, STB_GLOBAL));
  for (const u of units) globals.push({ name: u.name, type: STT_FUNC, bind: STB_GLOBAL, section: u.section, value: entryAt.get(u.name)! * 8, size: (u.fn.end - u.fn.start) * 8 });
  globals.push(...mapSyms);
  if (o.license !== undefined) globals.push({ name: "LICENSE", type: STT_OBJECT, bind: STB_GLOBAL, section: "license", value: 0, size: utf8(o.license).length + 1 });
  const symbols = [...locals, ...globals];
  const symIndex = (name: string): number => {
    // A section's own symbol for .text and the data sections; a map's or a program's by its name.
    const k = symbols.findIndex((s) => (s.type === STT_SECTION ? s.section === name : s.name === name && s.name !== "" && s.bind === STB_GLOBAL));
    if (k < 0) throw new WriteError(`internal: no symbol for '${name}'`);
    return k + 1;
  };

  // Relocation sections.
  if (mapRelocs.length) codeOf(".maps").relocs.push(...mapRelocs);
  for (const [name, c] of codeSections) {
    if (!c.relocs.length) continue;
    const w = new ByteWriter();
    for (const r of c.relocs) w.u64(BigInt(r.offset)).u64((BigInt(symIndex(r.symbol)) << 32n) | BigInt(r.type));
    add({ name: `.rel${name}`, type: SHT_REL, flags: 0, data: w.done(), info: indexOf(name), align: 8, entsize: 16 });
  }

  // BTF and its extension.
  const extSections = [...codeSections].map(([name, c]) => ({ nameOff: btf.strings.add(name), funcs: c.funcs, lines: c.lines }));
  add({ name: ".BTF", type: SHT_PROGBITS, flags: 0, data: btf.bytes(), align: 4 });
  add({ name: ".BTF.ext", type: SHT_PROGBITS, flags: 0, data: btfExtBytes(extSections), align: 4 });

  // Symbol and string tables.
  const strtab = new StringTable();
  const symw = new ByteWriter();
  symw.bytes(new Uint8Array(24));
  for (const s of symbols) {
    const shndx = s.section ? indexOf(s.section) : 0;
    symw.u32(strtab.add(s.name)).u8((s.bind << 4) | s.type).u8(0).u16(shndx).u64(BigInt(s.value)).u64(BigInt(s.size));
  }
  const symtabIndex = sections.length;
  const strtabIndex = symtabIndex + 1;
  add({ name: ".symtab", type: SHT_SYMTAB, flags: 0, data: symw.done(), link: strtabIndex, info: locals.length + 1, align: 8, entsize: 24 });
  add({ name: ".strtab", type: SHT_STRTAB, flags: 0, data: strtab.bytes(), align: 1 });
  for (const s of sections) if (s.type === SHT_REL) s.link = symtabIndex;
  const shstr = new StringTable();
  const shstrIndex = add({ name: ".shstrtab", type: SHT_STRTAB, flags: 0, data: new Uint8Array(0), align: 1 });
  const nameOffs = sections.map((s) => shstr.add(s.name));
  sections[shstrIndex].data = shstr.bytes();

  // The file: ELF header, section contents, section headers.
  const w = new ByteWriter();
  w.bytes(new Uint8Array(64));
  const offsets: number[] = [];
  for (const s of sections) {
    w.align(Math.max(1, s.align));
    offsets.push(w.length);
    if (s.type !== SHT_NOBITS) w.bytes(s.data);
  }
  w.align(8);
  const shoff = w.length;
  sections.forEach((s, k) => {
    const size = s.type === SHT_NOBITS ? (s.size ?? 0) : s.data.length;
    w.u32(nameOffs[k]).u32(s.type).u64(BigInt(s.flags)).u64(0n).u64(BigInt(k === 0 ? 0 : offsets[k])).u64(BigInt(size));
    w.u32(s.link ?? 0).u32(s.info ?? 0).u64(BigInt(s.align)).u64(BigInt(s.entsize ?? 0));
  });
  const out = w.done();
  const h = new ByteWriter();
  h.bytes(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])); // ELF64, little-endian, version 1, SysV
  h.u16(1).u16(EM_BPF).u32(1).u64(0n).u64(0n).u64(BigInt(shoff)).u32(0).u16(64).u16(0).u16(0).u16(64).u16(sections.length).u16(shstrIndex);
  out.set(h.done(), 0);
  return out;
}

function encode(insns: readonly Insn[]): Uint8Array {
  const w = new ByteWriter();
  for (const i of insns) w.u8(i.code).u8((i.src << 4) | (i.dst & 0xf)).u16(i.off & 0xffff).i32(i.imm);
  return w.done();
}

/**
 * A BTF-defined map as libbpf reads it: a struct whose members are pointers, each `__uint(x, N)`
 * a pointer to an array of N ints. Sizes are given as key_size/value_size (no key or value type
 * needed); an inner map definition (maps of maps) as `values`, an array of pointers to its struct.
 */
function mapStruct(btf: BtfBuilder, intId: number, m: MapDef): { id: number; size: number; slots: { offset: number; symbol: string }[] } {
  const type = MAP_TYPES[m.type];
  if (type === undefined) throw new WriteError(`map '${m.name}': type '${m.type}' has no number bpfplay knows`);
  const members: { name: string; type: number; bitOffset: number }[] = [];
  const uint = (name: string, n: number) => members.push({ name, type: btf.ptr(btf.array(intId, intId, n)), bitOffset: members.length * 64 });
  uint("type", type);
  if (m.keySize) uint("key_size", m.keySize);
  if (m.valueSize && !m.inner) uint("value_size", m.valueSize);
  if (m.maxEntries) uint("max_entries", m.maxEntries);
  if (m.flags) uint("map_flags", m.flags);
  // `__array(values, ...)`: as long as the initialiser's last slot, each slot a pointer libbpf fills
  // from a relocation against the program or inner map it names.
  const count = m.slots?.length ? Math.max(...m.slots.map((x) => x.index)) + 1 : 0;
  const valuesAt = members.length * 8;
  if (m.inner) {
    const inner = mapStruct(btf, intId, m.inner);
    members.push({ name: "values", type: btf.array(btf.ptr(inner.id), intId, 0), bitOffset: members.length * 64 });
  } else if (m.type === "prog_array") {
    members.push({ name: "values", type: btf.array(btf.ptr(btf.funcProto(intId, [{ name: "", type: btf.ptr(0) }])), intId, 0), bitOffset: members.length * 64 });
  } else if (m.slots?.length) throw new WriteError(`map '${m.name}': initial slots need a prog array or a map of maps`);
  const slots = (m.slots ?? []).map((x) => ({ offset: valuesAt + x.index * 8, symbol: x.prog ?? x.map ?? "" }));
  // `values` is a flexible array (libbpf insists on zero elements): the struct ends before it, and the
  // variable runs on for as many 8-byte slots as the initialiser fills.
  const hasValues = members.length * 8 > valuesAt;
  const structSize = hasValues ? valuesAt : members.length * 8;
  return { id: btf.struct("", structSize, members), size: structSize + count * 8, slots };
}

/** One record per C line change, with one at the function's first instruction (the kernel wants it). */
function lineInfo(u: CodeUnit, base: number, strings: StringTable, out: LineInfoRec[]): void {
  const table = u.program.lineTable;
  if (!table) return;
  const sources = u.program.debug?.sources ?? {};
  const text = (file: string, line: number) => sources[file]?.split("\n")[line - 1]?.trim() ?? "";
  let last = "";
  // Whole instructions only: a record on the second slot of a 64-bit load is refused by the kernel.
  for (let pc = u.fn.start; pc < u.fn.end; pc += u.program.insns[pc].code === 0x18 ? 2 : 1) {
    const at = table[pc] ?? (pc === u.fn.start ? table.slice(pc, u.fn.end).find((x) => x) : undefined);
    if (!at) continue;
    const key = `${at.file}:${at.line}`;
    if (key === last) continue;
    last = key;
    out.push({ insnOff: (base + pc - u.fn.start) * 8, fileNameOff: strings.add(at.file), lineOff: strings.add(text(at.file, at.line)), line: at.line, column: at.column });
  }
}
