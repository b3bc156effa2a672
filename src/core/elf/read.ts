// A relocatable eBPF object (what `clang -target bpf -c` writes) read the way libbpf reads it:
// maps from `.maps` (BTF-defined) and the global data sections, one Program per function of
// every executable section but `.text`, and the `.text` functions each program calls appended
// to it, with calls and map references fixed up.
//
// Nothing throws out of readObject: a malformed file gives an error value with the section and
// byte offset where it went wrong.

import type { Insn } from "../isa/index.ts";
import { readSlot } from "../isa/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import type { CoreRelocation, FuncInfo, FuncSymbol, LineEntry, MapDef, Program, Relocation, Symbol } from "../program.ts";
import { BTF_KIND, parseBtf } from "./btf.ts";
import type { Btf } from "./btf.ts";
import { funcInfoOf } from "./btf_names.ts";
import { parseBtfExt } from "./btf_ext.ts";
import type { BtfExt, LineInfo } from "./btf_ext.ts";
import { applyCoreRelo } from "./core.ts";
import { ElfFault, EM_BPF, parseElf, SHF_EXECINSTR, SHN_UNDEF, SHT_NOBITS, SHT_PROGBITS, STB_LOCAL, STT_FUNC, STT_OBJECT } from "./elf.ts";
import type { Elf, Rel, Section, Sym } from "./elf.ts";
import { readMaps } from "./maps.ts";

/** Relocation types of the BPF backend (the ELF psABI of LLVM's BPF target). */
const R_BPF_64_64 = 1;
const R_BPF_64_32 = 10;

const LD_IMM64 = 0x18;
const CALL = 0x85;
const PSEUDO_MAP_FD = 1;
const PSEUDO_MAP_VALUE = 2;
const PSEUDO_CALL = 1;
const PSEUDO_FUNC = 4;
/** Subprograms appended to one program, at most: bounds the linking walk on a corrupted file. */
const MAX_SUBPROGS = 4096;

export interface BpfObject {
  /** One per function of every program section, in section then address order. */
  readonly programs: readonly Program[];
  /** `.maps` variables in BTF order, then the global data sections in section order. */
  readonly maps: readonly MapDef[];
  readonly license?: string;
  /** The variables of the global data maps (what a libbpf skeleton names), by symbol. */
  readonly globals: readonly GlobalVar[];
}

/** A global variable: `size` bytes at `offset` in the value of the data map named `map`. */
export interface GlobalVar {
  readonly name: string;
  readonly map: string;
  readonly offset: number;
  readonly size: number;
}

/** A problem with the file, and where: a section name (or "ELF header") and a byte offset in it. */
export interface ObjectError {
  readonly section: string;
  readonly offset: number;
  readonly message: string;
}

export type ReadResult = { readonly ok: true; readonly object: BpfObject } | { readonly ok: false; readonly error: ObjectError };

export function formatObjectError(e: ObjectError): string {
  return `${e.section}+0x${e.offset.toString(16)}: ${e.message}`;
}

export function readObject(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, object: readChecked(bytes) };
  } catch (e) {
    if (e instanceof ElfFault) return { ok: false, error: { section: e.section, offset: e.offset, message: e.message } };
    // A bug of ours, not the file's: still a value, still placed as well as we can.
    return { ok: false, error: { section: "?", offset: 0, message: `internal error: ${(e as Error).message}` } };
  }
}

/** Where each map lives: legacy and `.maps` definitions by section and offset, global data sections by index. */
export interface MapPlaces {
  readonly maps: readonly MapDef[];
  /** `maps` and `.maps` section index → map index by the definition's offset in it. */
  readonly bySection: ReadonlyMap<number, ReadonlyMap<number, number>>;
  /** Global data section index → map index. */
  readonly dataBySection: ReadonlyMap<number, number>;
}

function readChecked(bytes: Uint8Array): BpfObject {
  const elf = parseElf(bytes);
  if (elf.machine !== EM_BPF) throw new ElfFault("ELF header", 18, `e_machine is ${elf.machine}, not EM_BPF (${EM_BPF})`);
  const places = readMaps(elf);
  const lic = elf.sections.find((s) => s.name === "license");
  const license = lic ? cString(lic.data) : undefined;

  const btfSec = elf.sections.find((s) => s.name === ".BTF");
  const extSec = elf.sections.find((s) => s.name === ".BTF.ext");
  const ext = btfSec && extSec ? parseBtfExt(extSec.data, btfSec.data) : undefined;
  const btf = btfSec && ext && (ext.funcs.size || ext.core.size) ? parseBtf(btfSec.data) : undefined;
  // the kernel refuses BTF where a function's parameter has a type and no name (btf_func_check;
  // clang writes one for a `naked` function), and libbpf then loads the programs without it: no
  // func_info reaches the verifier (CO-RE, which libbpf does itself, is unchanged)
  const kernelTakesBtf = btf === undefined || btf.types.every((t) => t.kind !== BTF_KIND.FUNC || (btf.types[t.sizeOrType]?.members ?? []).every((a) => a.name !== "" || a.type === 0));
  const programs: Program[] = [];
  for (const sec of elf.sections) {
    if (!(sec.flags & SHF_EXECINSTR) || sec.type !== SHT_PROGBITS || sec.name === ".text") continue;
    const funcs = elf.symbols.filter((s) => s.type === STT_FUNC && s.shndx === sec.index).sort((a, b) => a.value - b.value);
    for (const f of funcs) {
      // libbpf 1.x (its words): a program must be visible to the loader
      if (f.bind === STB_LOCAL) throw new ElfFault(sec.name, f.value, `program '${f.name}' is static and not supported`);
      const p = link(elf, places, sec, f, ext, btf);
      if (kernelTakesBtf || !p.funcInfo) programs.push(p);
      else {
        const { funcInfo: _refused, ...withoutBtf } = p;
        programs.push(withoutBtf);
      }
    }
  }
  // the programs prog-array slots name go beside each program, as libbpf loads them with it
  const named = new Set(places.maps.flatMap((m) => (m.slots ?? []).flatMap((x) => (x.prog !== undefined ? [x.prog] : []))));
  const peers = programs.filter((p) => p.name !== undefined && named.has(p.name)).map((p) => ({ name: p.name!, insns: p.insns }));
  if (peers.length) programs.forEach((p, k) => (programs[k] = { ...p, peers }));
  const globals: GlobalVar[] = [];
  for (const sym of elf.symbols) {
    const m = places.dataBySection.get(sym.shndx);
    if (m === undefined || sym.type !== STT_OBJECT) continue;
    const map = places.maps[m];
    if (sym.value + sym.size > map.valueSize) throw new ElfFault(".symtab", sym.index * 24, `'${sym.name}' (${sym.size} bytes at ${sym.value}) lies outside ${map.name}`);
    globals.push({ name: sym.name, map: map.name, offset: sym.value, size: sym.size });
  }
  return { programs, maps: places.maps, license, globals };
}

function cString(b: Uint8Array): string {
  let s = "";
  for (let k = 0; k < b.length && b[k] !== 0; k++) s += String.fromCharCode(b[k]);
  return s;
}

/** The function of `sec` that holds byte offset `at`. */
function funcAt(elf: Elf, sec: Section, at: number): Sym {
  const f = elf.symbols.find((s) => s.type === STT_FUNC && s.shndx === sec.index && s.value <= at && at < s.value + s.size);
  if (!f) throw new ElfFault(sec.name, at, "a call or function address points at no function");
  return f;
}

interface Piece {
  readonly sec: Section;
  readonly func: Sym;
  /** Where the function starts in the program being built. */
  readonly start: number;
}

/**
 * One program: its function's instructions, then every function it calls (transitively), each
 * once, in the order they are first called, as libbpf appends subprograms.
 */
function link(elf: Elf, places: MapPlaces, sec: Section, entry: Sym, ext: BtfExt | undefined, btf: Btf | undefined): Program {
  const insns: Insn[] = [];
  const relocations: Relocation[] = [];
  const core: CoreRelocation[] = [];
  const funcInfo: FuncInfo[] = [];
  const pieces: Piece[] = [];
  const placed = new Map<string, number>();
  const relIndex = new Map<number, Map<number, Rel>>();
  const relsOf = (s: Section) => {
    let m = relIndex.get(s.index);
    if (!m) {
      m = new Map((elf.rels.get(s.index) ?? []).map((r) => [r.offset, r]));
      relIndex.set(s.index, m);
    }
    return m;
  };

  /** Appends a function (once) and answers where it starts. */
  const place = (s: Section, f: Sym): number => {
    const key = `${s.index}:${f.value}`;
    const known = placed.get(key);
    if (known !== undefined) return known;
    if (pieces.length >= MAX_SUBPROGS) throw new ElfFault(s.name, f.value, `more than ${MAX_SUBPROGS} functions linked into one program`);
    if (f.value % 8 || f.size % 8 || f.size === 0 || f.value + f.size > s.data.length)
      throw new ElfFault(s.name, f.value, `function '${f.name}' (${f.size} bytes at ${f.value}) is not whole instructions inside the section`);
    const start = insns.length;
    placed.set(key, start);
    pieces.push({ sec: s, func: f, start });
    for (let at = f.value; at < f.value + f.size; at += 8) insns.push(readSlot(s.data, at));
    if (btf && ext) {
      // CO-RE first: the fix-ups below then see the instructions as libbpf leaves them
      const inside = (off: number) => off >= f.value && off < f.value + f.size;
      for (const r of ext.core.get(s.name) ?? []) {
        if (!inside(r.insnOff)) continue;
        if (r.insnOff % 8) throw new ElfFault(".BTF.ext", r.at, `a CO-RE relocation at ${s.name}+${r.insnOff}, not an instruction boundary`);
        core.push(applyCoreRelo(btf, r, insns, start + (r.insnOff - f.value) / 8, s.name));
      }
      const fi = (ext.funcs.get(s.name) ?? []).find((x) => x.insnOff === f.value);
      if (fi) funcInfo.push(funcInfoOf(btf, fi.typeId, start));
    }
    return start;
  };

  place(sec, entry);
  // Fix up each piece in turn; fixing one may append more (its callees) at the end.
  for (let p = 0; p < pieces.length; p++) {
    const { sec: s, func: f, start } = pieces[p];
    const rels = relsOf(s);
    const slots = f.size / 8;
    for (let k = 0; k < slots; k++) {
      const pc = start + k;
      const at = f.value + 8 * k;
      const ins = insns[pc];
      const rel = rels.get(at);
      if (ins.code === LD_IMM64) {
        if (k + 1 >= slots) throw new ElfFault(s.name, at, "ld_imm64 in the last slot of a function");
        if (rel) ldImm64(elf, places, s, at, rel, insns, pc, relocations, place);
        k++;
      } else if (ins.code === CALL && ins.src === PSEUDO_CALL) {
        // With a relocation the target is symbol + imm + 1 slots; without, it is pc-relative in this section.
        let ts: Section = s;
        let target = at + 8 * (ins.imm + 1);
        if (rel) {
          if (rel.type !== R_BPF_64_32) throw new ElfFault(s.name, at, `relocation type ${rel.type} on a call`);
          const sym = elf.symbols[rel.sym];
          ts = sectionOf(elf, sym, s, at);
          target = sym.value + 8 * (ins.imm + 1);
        }
        const callee = funcAt(elf, ts, target);
        const to = place(ts, callee) + (target - callee.value) / 8;
        insns[pc] = { ...ins, imm: to - (pc + 1) };
        relocations.push({ pc, kind: "call", symbol: callee.name });
      } else if (rel && rel.type !== R_BPF_64_32 && rel.type !== R_BPF_64_64) {
        // other types (ABS32/64, NODYLD32) belong to debug sections, never to code
        throw new ElfFault(s.name, at, `relocation type ${rel.type} on an instruction`);
      }
    }
  }

  const lineInfo = ext?.lines ?? new Map<string, LineInfo[]>();
  const lineTable = lineTableOf(pieces, insns.length, lineInfo);
  const symbols: Symbol[] = pieces.map((p) => ({ name: p.func.name, pc: p.start }));
  const functions: FuncSymbol[] = pieces.map((p) => ({ name: p.func.name, start: p.start, end: p.start + p.func.size / 8 })).sort((a, b) => a.start - b.start);
  return {
    insns,
    maps: places.maps,
    lines: lineTable.map((e) => e?.line ?? 0),
    lineTable,
    symbols,
    progType: progTypeByName(sec.name)?.name,
    section: sec.name,
    name: entry.name,
    functions,
    relocations,
    ...(funcInfo.length ? { funcInfo } : {}),
    ...(core.length ? { core } : {}),
    ...(lineInfo.size ? { debug: { types: [], vars: [], sources: sourcesOf(pieces, lineInfo) } } : {}),
  };
}

/** The source lines clang kept in line_info, as files with those lines at their numbers (others empty). */
function sourcesOf(pieces: readonly Piece[], lineInfo: ReadonlyMap<string, readonly LineInfo[]>): Record<string, string> {
  const files = new Map<string, string[]>();
  for (const sec of new Set(pieces.map((p) => p.sec.name)))
    for (const r of lineInfo.get(sec) ?? []) {
      if (!r.text || r.line < 1 || r.line > 1_000_000) continue;
      const lines = files.get(r.file) ?? (files.set(r.file, []), files.get(r.file)!);
      while (lines.length < r.line) lines.push("");
      lines[r.line - 1] = r.text;
    }
  return Object.fromEntries([...files].map(([f, l]) => [f, l.join("\n")]));
}

/**
 * Each slot's source place: a line record starts a statement there; the slots after it, up to
 * the next record of the same function, belong to it too.
 */
function lineTableOf(pieces: readonly Piece[], n: number, lineInfo: ReadonlyMap<string, readonly LineInfo[]>): (LineEntry | undefined)[] {
  const table: (LineEntry | undefined)[] = new Array(n).fill(undefined);
  for (const p of pieces) {
    const end = p.func.value + p.func.size;
    for (const r of lineInfo.get(p.sec.name) ?? [])
      if (r.insnOff >= p.func.value && r.insnOff < end && r.insnOff % 8 === 0) table[p.start + (r.insnOff - p.func.value) / 8] = { file: r.file, line: r.line, column: r.column, stmt: true };
    for (let pc = p.start + 1; pc < p.start + p.func.size / 8; pc++) {
      const prev = table[pc - 1];
      if (!table[pc] && prev) table[pc] = { ...prev, stmt: false };
    }
  }
  return table;
}

function sectionOf(elf: Elf, sym: Sym, from: Section, at: number): Section {
  if (sym.shndx === SHN_UNDEF) throw new ElfFault(from.name, at, `'${sym.name}' is an extern, which this reader does not resolve`);
  const s = elf.sections[sym.shndx];
  if (!s) throw new ElfFault(from.name, at, `symbol '${sym.name}' is in section ${sym.shndx}, which does not exist`);
  return s;
}

/** A map, global data or function address reference, as libbpf resolves it. */
function ldImm64(
  elf: Elf,
  places: MapPlaces,
  s: Section,
  at: number,
  rel: Rel,
  insns: Insn[],
  pc: number,
  relocations: Relocation[],
  place: (s: Section, f: Sym) => number,
): void {
  if (rel.type !== R_BPF_64_64) throw new ElfFault(s.name, at, `relocation type ${rel.type} on ld_imm64`);
  const sym = elf.symbols[rel.sym];
  const ts = sectionOf(elf, sym, s, at);
  const [lo, hi] = [insns[pc], insns[pc + 1]];
  const defs = places.bySection.get(ts.index);
  if (defs) {
    const idx = defs.get(sym.value + lo.imm);
    if (idx === undefined) throw new ElfFault(s.name, at, `'${sym.name}' is at ${ts.name}+${sym.value + lo.imm}, where no map is defined`);
    insns[pc] = { ...lo, src: PSEUDO_MAP_FD, imm: idx };
    insns[pc + 1] = { ...hi, imm: 0 };
    relocations.push({ pc, kind: "map", symbol: places.maps[idx].name });
    return;
  }
  const data = places.dataBySection.get(ts.index);
  if (data !== undefined) {
    // libbpf: the second slot's imm = the addend clang left in imm + the symbol's value
    const offset = lo.imm + sym.value;
    insns[pc] = { ...lo, src: PSEUDO_MAP_VALUE, imm: data };
    insns[pc + 1] = { ...hi, imm: offset };
    relocations.push({ pc, kind: "map_value", symbol: places.maps[data].name, offset });
    return;
  }
  if (ts.flags & SHF_EXECINSTR) {
    const target = sym.value + lo.imm;
    const callee = funcAt(elf, ts, target);
    const to = place(ts, callee) + (target - callee.value) / 8;
    insns[pc] = { ...lo, src: PSEUDO_FUNC, imm: to - (pc + 1) };
    relocations.push({ pc, kind: "call", symbol: callee.name });
    return;
  }
  const kind = ts.type === SHT_NOBITS ? "NOBITS" : "data";
  throw new ElfFault(s.name, at, `ld_imm64 refers to '${sym.name}' in ${kind} section '${ts.name}', which is neither a map nor global data`);
}
