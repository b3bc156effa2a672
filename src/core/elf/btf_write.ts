// Writing BTF (`.BTF`) and its extension (`.BTF.ext`), as much as an object needs for libbpf to load
// it: the types of BTF-defined maps (libbpf reads `.maps` only through BTF), a FUNC for every
// function, and the line info that ties each instruction to its C line. The layouts are the
// kernel's uapi (include/uapi/linux/btf.h) and libbpf's .BTF.ext header; BTF_KIND is shared with
// the reader (btf.ts).

import { utf8 } from "../isa/utf8.ts";
import { BTF_KIND } from "./btf.ts";

const BTF_MAGIC = 0xeb9f;

/** Little-endian bytes, grown as written. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): this {
    this.room(1);
    this.buf[this.length++] = v;
    return this;
  }
  u16(v: number): this {
    this.room(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
    return this;
  }
  u32(v: number): this {
    this.room(4);
    this.view.setUint32(this.length, v >>> 0, true);
    this.length += 4;
    return this;
  }
  i32(v: number): this {
    this.room(4);
    this.view.setInt32(this.length, v, true);
    this.length += 4;
    return this;
  }
  u64(v: bigint): this {
    this.room(8);
    this.view.setBigUint64(this.length, BigInt.asUintN(64, v), true);
    this.length += 8;
    return this;
  }
  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }
  align(n: number): this {
    while (this.length % n) this.u8(0);
    return this;
  }
  /** Overwrites a u32 already written (a size known later). */
  patch32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** A string table: each string once, NUL-terminated, offset 0 is "". */
export class StringTable {
  private readonly at = new Map<string, number>([["", 0]]);
  private readonly parts: string[] = [""];
  private size = 1;
  add(s: string): number {
    const known = this.at.get(s);
    if (known !== undefined) return known;
    const off = this.size;
    this.at.set(s, off);
    this.parts.push(s);
    this.size += utf8(s).length + 1;
    return off;
  }
  bytes(): Uint8Array {
    return utf8(this.parts.join("\0") + "\0");
  }
}

type Member = { readonly name: string; readonly type: number; readonly bitOffset: number };

/** BTF types, numbered from 1 in the order they are added. */
export class BtfBuilder {
  readonly strings = new StringTable();
  private readonly types = new ByteWriter();
  private next = 1;
  private ints = new Map<string, number>();

  private head(name: string, kind: number, vlen: number, sizeOrType: number, kindFlag = false): number {
    this.types.u32(this.strings.add(name)).u32((vlen & 0xffff) | (kind << 24) | (kindFlag ? 0x80000000 : 0)).u32(sizeOrType);
    return this.next++;
  }
  int(name: string, bytes: number, signed: boolean): number {
    const key = `${name}/${bytes}/${signed}`;
    const known = this.ints.get(key);
    if (known !== undefined) return known;
    const id = this.head(name, BTF_KIND.INT, 0, bytes);
    this.types.u32((signed ? 1 << 24 : 0) | (bytes * 8));
    this.ints.set(key, id);
    return id;
  }
  ptr(to: number): number {
    return this.head("", BTF_KIND.PTR, 0, to);
  }
  array(elem: number, index: number, nelems: number): number {
    const id = this.head("", BTF_KIND.ARRAY, 0, 0);
    this.types.u32(elem).u32(index).u32(nelems);
    return id;
  }
  struct(name: string, size: number, members: readonly Member[]): number {
    const id = this.head(name, BTF_KIND.STRUCT, members.length, size);
    for (const m of members) this.types.u32(this.strings.add(m.name)).u32(m.type).u32(m.bitOffset);
    return id;
  }
  funcProto(ret: number, params: readonly { name: string; type: number }[]): number {
    const id = this.head("", BTF_KIND.FUNC_PROTO, params.length, ret);
    for (const p of params) this.types.u32(this.strings.add(p.name)).u32(p.type);
    return id;
  }
  /** linkage: 0 static, 1 global. */
  func(name: string, proto: number, linkage: 0 | 1): number {
    return this.head(name, BTF_KIND.FUNC, linkage, proto);
  }
  typedef(name: string, to: number): number {
    return this.head(name, BTF_KIND.TYPEDEF, 0, to);
  }
  /** A forward declaration of a struct (or, with `union`, a union). */
  fwd(name: string, union = false): number {
    return this.head(name, BTF_KIND.FWD, 0, 0, union);
  }
  /** `btf_decl_tag(name)` on `type`; componentIdx -1 tags the type itself, k its k-th parameter or member. */
  declTag(name: string, type: number, componentIdx: number): number {
    const id = this.head(name, BTF_KIND.DECL_TAG, 0, type);
    this.types.i32(componentIdx);
    return id;
  }
  /** linkage: 1 global (allocated). */
  variable(name: string, type: number, linkage = 1): number {
    const id = this.head(name, BTF_KIND.VAR, 0, type);
    this.types.u32(linkage);
    return id;
  }
  datasec(name: string, size: number, vars: readonly { type: number; offset: number; size: number }[]): number {
    const id = this.head(name, BTF_KIND.DATASEC, vars.length, size);
    for (const v of vars) this.types.u32(v.type).u32(v.offset).u32(v.size);
    return id;
  }
  /** The `.BTF` section: header, types, strings. */
  bytes(): Uint8Array {
    const types = this.types.done();
    const strings = this.strings.bytes();
    const w = new ByteWriter();
    w.u16(BTF_MAGIC).u8(1).u8(0).u32(24);
    w.u32(0).u32(types.length).u32(types.length).u32(strings.length);
    return w.bytes(types).bytes(strings).done();
  }
}

export interface FuncInfoRec {
  /** Byte offset of the function in its section. */
  readonly insnOff: number;
  readonly typeId: number;
}
export interface LineInfoRec {
  readonly insnOff: number;
  readonly fileNameOff: number;
  readonly lineOff: number;
  readonly line: number;
  readonly column: number;
}

/** The `.BTF.ext` section: func_info and line_info grouped by section name (offsets in the BTF string table). */
export function btfExtBytes(sections: readonly { readonly nameOff: number; readonly funcs: readonly FuncInfoRec[]; readonly lines: readonly LineInfoRec[] }[]): Uint8Array {
  const func = new ByteWriter().u32(8);
  const line = new ByteWriter().u32(16);
  for (const s of sections) {
    if (s.funcs.length) {
      func.u32(s.nameOff).u32(s.funcs.length);
      for (const f of s.funcs) func.u32(f.insnOff).u32(f.typeId);
    }
    if (s.lines.length) {
      line.u32(s.nameOff).u32(s.lines.length);
      for (const l of s.lines) line.u32(l.insnOff).u32(l.fileNameOff).u32(l.lineOff).u32(((l.line & 0x3fffff) << 10) | Math.min(l.column, 0x3ff));
    }
  }
  const f = func.done(), l = line.done();
  const w = new ByteWriter();
  // magic, version, flags, hdr_len; func_info off/len, line_info off/len, core_relo off/len (offsets after the header)
  w.u16(BTF_MAGIC).u8(1).u8(0).u32(32);
  w.u32(0).u32(f.length).u32(f.length).u32(l.length).u32(f.length + l.length).u32(0);
  return w.bytes(f).bytes(l).done();
}
