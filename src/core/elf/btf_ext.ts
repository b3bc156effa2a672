// `.BTF.ext`: per program section, records tied to instructions by their byte offset there.
//
//   header:    magic 0xeb9f, version, flags, hdr_len,
//              func_info_off/len, line_info_off/len, [core_relo_off/len when hdr_len >= 32]
//   each part: rec_size u32, then per section { sec_name_off, num_info, num_info records }
//   func_info: insn_off, type_id (a BTF FUNC)
//   line_info: insn_off, file_name_off, line_off (the line's text), line << 10 | column
//   core_relo: insn_off, type_id (the local root type), access_str_off ("0:1:2"), kind
//
// Offsets are bytes in the section (libbpf turns them into instruction indexes); names are
// offsets into `.BTF`'s string section. A record may be larger than we know (newer
// compilers): rec_size steps over the rest.

import { Cursor, ElfFault } from "./elf.ts";

export interface LineInfo {
  /** Byte offset of the instruction in its section. */
  readonly insnOff: number;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The source line's text, as clang stored it ("" when it did not). */
  readonly text: string;
}

export interface FuncInfo {
  readonly insnOff: number;
  /** A BTF FUNC type of `.BTF`. */
  readonly typeId: number;
}

export interface CoreRelo {
  readonly insnOff: number;
  /** The local type the access starts from. */
  readonly typeId: number;
  /** Colon-separated indexes: "0:1:2" (the first is an array index into the root). */
  readonly access: string;
  /** enum bpf_core_relo_kind. */
  readonly kind: number;
  /** Where the record is in `.BTF.ext`, for errors. */
  readonly at: number;
}

export interface BtfExt {
  /** By section name, each list in the file's order. */
  readonly funcs: ReadonlyMap<string, readonly FuncInfo[]>;
  readonly lines: ReadonlyMap<string, readonly LineInfo[]>;
  readonly core: ReadonlyMap<string, readonly CoreRelo[]>;
}

/** The three parts of `.BTF.ext`; strings resolve against `.BTF`. */
export function parseBtfExt(ext: Uint8Array, btf: Uint8Array): BtfExt {
  const c = new Cursor(ext, ".BTF.ext");
  if (c.u16(0, "magic") !== 0xeb9f) throw new ElfFault(".BTF.ext", 0, "bad .BTF.ext magic");
  const hdrLen = c.u32(4, "hdr_len");
  if (hdrLen < 24) throw new ElfFault(".BTF.ext", 4, `hdr_len ${hdrLen} is shorter than the 24-byte header`);
  const b = new Cursor(btf, ".BTF");
  const strOff = b.u32(4, "hdr_len") + b.u32(16, "str_off");
  const strLen = b.u32(20, "str_len");
  const str = (o: number, at: number) => {
    if (o >= strLen) throw new ElfFault(".BTF.ext", at, `string offset ${o} is past .BTF's strings`);
    return b.cstr(strOff + o, "a .BTF.ext string");
  };
  const part = <T>(offField: number, what: string, minRec: number, record: (at: number) => T): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    const off = hdrLen + c.u32(offField, `${what}_off`);
    const len = c.u32(offField + 4, `${what}_len`);
    if (len === 0) return out;
    c.need(off, len, `the ${what}`);
    const end = off + len;
    const rec = c.u32(off, `${what} record size`);
    if (rec < minRec) throw new ElfFault(".BTF.ext", off, `${what} records of ${rec} bytes (at least ${minRec})`);
    for (let at = off + 4; at < end; ) {
      c.need(at, 8, `a ${what} section header`);
      const sec = str(c.u32(at, "sec_name_off"), at);
      const n = c.u32(at + 4, "num_info");
      at += 8;
      if (at + n * rec > end) throw new ElfFault(".BTF.ext", at, `${n} ${what} records for '${sec}' run past the ${what}`);
      const list = out.get(sec) ?? [];
      for (let k = 0; k < n; k++, at += rec) list.push(record(at));
      out.set(sec, list);
    }
    return out;
  };
  const funcs = part(8, "func_info", 8, (at) => ({ insnOff: c.u32(at, "insn_off"), typeId: c.u32(at + 4, "type_id") }));
  const lines = part(16, "line_info", 16, (at) => {
    const lc = c.u32(at + 12, "line_col");
    const textOff = c.u32(at + 8, "line_off");
    return { insnOff: c.u32(at, "insn_off"), file: str(c.u32(at + 4, "file_name_off"), at), line: lc >>> 10, column: lc & 0x3ff, text: textOff ? str(textOff, at + 8) : "" };
  });
  const core =
    hdrLen >= 32
      ? part(24, "core_relo", 16, (at) => ({ insnOff: c.u32(at, "insn_off"), typeId: c.u32(at + 4, "type_id"), access: str(c.u32(at + 8, "access_str_off"), at + 8), kind: c.u32(at + 12, "kind"), at }))
      : new Map<string, CoreRelo[]>();
  return { funcs, lines, core };
}
