// The ELF64 little-endian container, as far as a relocatable eBPF object needs it: the header,
// section headers with their names and bytes, the symbol table and REL relocations. It knows
// nothing of BPF; read.ts gives the sections their meaning.
//
// Every offset and count read from the file is checked against the file's length before use,
// so a truncated or corrupted object ends in an ElfFault with the place it was found, never in
// an exception of the JavaScript runtime or a loop that does not end.

export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHF_EXECINSTR = 0x4;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const SHN_UNDEF = 0;
export const EM_BPF = 247;

/** Where in the file something is wrong: a section by name (or "ELF header"), a byte offset in it. */
export class ElfFault extends Error {
  constructor(
    readonly section: string,
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Section {
  readonly index: number;
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly link: number;
  readonly info: number;
  /** The contents; zeros for SHT_NOBITS (.bss), sh_size long. */
  readonly data: Uint8Array;
}

export interface Sym {
  readonly index: number;
  readonly name: string;
  /** STT_*: the low 4 bits of st_info. */
  readonly type: number;
  /** STB_*: the high 4 bits. */
  readonly bind: number;
  readonly shndx: number;
  readonly value: number;
  readonly size: number;
}

export interface Rel {
  /** Byte offset in the section the relocation applies to. */
  readonly offset: number;
  readonly sym: number;
  readonly type: number;
}

export interface Elf {
  readonly machine: number;
  readonly sections: readonly Section[];
  readonly symbols: readonly Sym[];
  /** SHT_REL sections by the index of the section they apply to. */
  readonly rels: ReadonlyMap<number, readonly Rel[]>;
}

/** Bounds-checked little-endian reads over one region of the file; faults name that region. */
export class Cursor {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly where: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(at: number, len: number, what: string): void {
    if (!Number.isSafeInteger(at) || at < 0 || len < 0 || at + len > this.bytes.length)
      throw new ElfFault(this.where, at, `${what}: ${len} bytes at offset ${at} run past the end (${this.bytes.length} bytes)`);
  }
  u8(at: number, what: string): number {
    this.need(at, 1, what);
    return this.bytes[at];
  }
  u16(at: number, what: string): number {
    this.need(at, 2, what);
    return this.view.getUint16(at, true);
  }
  u32(at: number, what: string): number {
    this.need(at, 4, what);
    return this.view.getUint32(at, true);
  }
  i32(at: number, what: string): number {
    this.need(at, 4, what);
    return this.view.getInt32(at, true);
  }
  /** A 64-bit field that must fit a JavaScript number (file offsets, sizes, symbol values). */
  u64(at: number, what: string): number {
    this.need(at, 8, what);
    const lo = this.view.getUint32(at, true);
    const hi = this.view.getUint32(at + 4, true);
    if (hi >= 0x200000) throw new ElfFault(this.where, at, `${what}: 0x${hi.toString(16)}${lo.toString(16).padStart(8, "0")} is too large`);
    return hi * 2 ** 32 + lo;
  }
  slice(at: number, len: number, what: string): Uint8Array {
    this.need(at, len, what);
    return this.bytes.subarray(at, at + len);
  }
  /** A NUL-terminated string starting at `at`. */
  cstr(at: number, what: string): string {
    this.need(at, 1, what);
    let end = at;
    while (end < this.bytes.length && this.bytes[end] !== 0) end++;
    if (end >= this.bytes.length) throw new ElfFault(this.where, at, `${what}: string at offset ${at} has no terminating NUL`);
    return latin1(this.bytes.subarray(at, end));
  }
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let k = 0; k < b.length; k += 4096) s += String.fromCharCode(...b.subarray(k, k + 4096));
  return s;
}

const SHDR_SIZE = 64;
const SYM_SIZE = 24;
const REL_SIZE = 16;

/** Parses the container; throws ElfFault (caught by read.ts) on anything malformed. */
export function parseElf(bytes: Uint8Array): Elf {
  const f = new Cursor(bytes, "ELF header");
  f.need(0, 64, "the ELF header");
  if (f.u32(0, "magic") !== 0x464c457f) throw new ElfFault("ELF header", 0, "not an ELF file (bad magic)");
  if (f.u8(4, "class") !== 2) throw new ElfFault("ELF header", 4, "not a 64-bit ELF file");
  if (f.u8(5, "data") !== 1) throw new ElfFault("ELF header", 5, "not a little-endian ELF file");
  const machine = f.u16(18, "e_machine");
  const shoff = f.u64(40, "e_shoff");
  const shentsize = f.u16(58, "e_shentsize");
  const shnum = f.u16(60, "e_shnum");
  const shstrndx = f.u16(62, "e_shstrndx");
  if (shentsize !== SHDR_SIZE) throw new ElfFault("ELF header", 58, `e_shentsize is ${shentsize}, not ${SHDR_SIZE}`);
  f.need(shoff, shnum * SHDR_SIZE, "the section header table");
  if (shstrndx >= shnum) throw new ElfFault("ELF header", 62, `e_shstrndx ${shstrndx} is not a section (${shnum} sections)`);

  type Raw = { type: number; flags: number; offset: number; size: number; link: number; info: number; nameOff: number };
  const raw: Raw[] = [];
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * SHDR_SIZE;
    const h: Raw = {
      nameOff: f.u32(at, "sh_name"),
      type: f.u32(at + 4, "sh_type"),
      flags: f.u64(at + 8, "sh_flags"),
      offset: f.u64(at + 24, "sh_offset"),
      size: f.u64(at + 32, "sh_size"),
      link: f.u32(at + 40, "sh_link"),
      info: f.u32(at + 44, "sh_info"),
    };
    if (h.type !== SHT_NOBITS) f.need(h.offset, h.size, `section ${i}'s contents`);
    else if (h.size > 1 << 30) throw new ElfFault("ELF header", at + 32, `section ${i}: a NOBITS size of ${h.size} bytes`);
    raw.push(h);
  }
  const strtab = raw[shstrndx];
  const names = new Cursor(strtab.type === SHT_NOBITS ? new Uint8Array(0) : bytes.subarray(strtab.offset, strtab.offset + strtab.size), "section names");
  const sections: Section[] = raw.map((h, index) => ({
    index,
    name: index === 0 ? "" : names.cstr(h.nameOff, `section ${index}'s name`),
    type: h.type,
    flags: h.flags,
    link: h.link,
    info: h.info,
    data: h.type === SHT_NOBITS ? new Uint8Array(h.size) : bytes.subarray(h.offset, h.offset + h.size),
  }));

  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  const symbols = symtab ? parseSymbols(symtab, sections) : [];
  const rels = new Map<number, Rel[]>();
  for (const s of sections) {
    if (s.type !== SHT_REL) continue;
    if (s.info >= sections.length) throw new ElfFault(s.name, 0, `applies to section ${s.info}, which does not exist`);
    const c = new Cursor(s.data, s.name);
    const list: Rel[] = [];
    for (let at = 0; at + REL_SIZE <= s.data.length; at += REL_SIZE) {
      const info = c.u64(at + 8, "r_info");
      const sym = Math.floor(info / 2 ** 32);
      if (sym >= symbols.length) throw new ElfFault(s.name, at, `symbol ${sym} does not exist (${symbols.length} symbols)`);
      list.push({ offset: c.u64(at, "r_offset"), sym, type: info % 2 ** 32 });
    }
    rels.set(s.info, list);
  }
  return { machine, sections, symbols, rels };
}

function parseSymbols(symtab: Section, sections: readonly Section[]): Sym[] {
  const strs = sections[symtab.link];
  if (!strs || strs.type !== SHT_STRTAB) throw new ElfFault(symtab.name, 0, `sh_link ${symtab.link} is not a string table`);
  const names = new Cursor(strs.data, strs.name);
  const c = new Cursor(symtab.data, symtab.name);
  const out: Sym[] = [];
  for (let at = 0, index = 0; at + SYM_SIZE <= symtab.data.length; at += SYM_SIZE, index++) {
    const nameOff = c.u32(at, "st_name");
    const info = c.u8(at + 4, "st_info");
    out.push({
      index,
      name: nameOff === 0 ? "" : names.cstr(nameOff, `symbol ${index}'s name`),
      type: info & 0xf,
      bind: info >> 4,
      shndx: c.u16(at + 6, "st_shndx"),
      value: c.u64(at + 8, "st_value"),
      size: c.u64(at + 16, "st_size"),
    });
  }
  return out;
}
