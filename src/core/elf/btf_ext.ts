// `.BTF.ext`'s line info: for each program section, which instruction starts which source line.
//
//   header: magic 0xeb9f, version, flags, hdr_len, func_info_off/len, line_info_off/len, ...
//   line_info: rec_size u32, then per section { sec_name_off, num_info, num_info records }
//   record:    insn_off (bytes in the section), file_name_off, line_off (the line's text), line << 10 | column
//
// Names are offsets into `.BTF`'s string section.

import { Cursor, ElfFault } from "./elf.ts";

export interface LineInfo {
  /** Byte offset of the instruction in its section. */
  readonly insnOff: number;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Line records by section name, each list in instruction order. */
export function parseLineInfo(ext: Uint8Array, btf: Uint8Array): Map<string, LineInfo[]> {
  const c = new Cursor(ext, ".BTF.ext");
  if (c.u16(0, "magic") !== 0xeb9f) throw new ElfFault(".BTF.ext", 0, "bad .BTF.ext magic");
  const hdrLen = c.u32(4, "hdr_len");
  const off = hdrLen + c.u32(16, "line_info_off");
  const len = c.u32(20, "line_info_len");
  c.need(off, len, "the line info");
  const b = new Cursor(btf, ".BTF");
  const strOff = b.u32(4, "hdr_len") + b.u32(16, "str_off");
  const strLen = b.u32(20, "str_len");
  const str = (o: number, at: number) => {
    if (o >= strLen) throw new ElfFault(".BTF.ext", at, `string offset ${o} is past .BTF's strings`);
    return b.cstr(strOff + o, "a line info string");
  };
  const out = new Map<string, LineInfo[]>();
  if (len === 0) return out;
  const end = off + len;
  const rec = c.u32(off, "line info record size");
  if (rec < 16) throw new ElfFault(".BTF.ext", off, `line info records of ${rec} bytes (at least 16)`);
  for (let at = off + 4; at < end; ) {
    const sec = str(c.u32(at, "sec_name_off"), at);
    const n = c.u32(at + 4, "num_info");
    at += 8;
    if (at + n * rec > end) throw new ElfFault(".BTF.ext", at, `${n} line records for '${sec}' run past the line info`);
    const list: LineInfo[] = [];
    for (let k = 0; k < n; k++, at += rec) {
      const lc = c.u32(at + 12, "line_col");
      list.push({ insnOff: c.u32(at, "insn_off"), file: str(c.u32(at + 4, "file_name_off"), at), line: lc >>> 10, column: lc & 0x3ff });
    }
    out.set(sec, list);
  }
  return out;
}
