// Just enough of BTF (the `.BTF` section) to read BTF-defined maps, as libbpf does: the types,
// their names, the `.maps` DATASEC's variables and each map struct's members.
//
//   header: magic 0xeb9f, version, flags, hdr_len, type_off, type_len, str_off, str_len
//   type:   name_off u32, info u32 (vlen 0..15, kind 24..28, kind_flag 31), size|type u32, extra
//
// Type ids start at 1 (0 is void). Cycles in a corrupted file end at a depth bound.

import { Cursor, ElfFault } from "./elf.ts";

export const BTF_KIND = {
  INT: 1, PTR: 2, ARRAY: 3, STRUCT: 4, UNION: 5, ENUM: 6, FWD: 7, TYPEDEF: 8, VOLATILE: 9, CONST: 10,
  RESTRICT: 11, FUNC: 12, FUNC_PROTO: 13, VAR: 14, DATASEC: 15, FLOAT: 16, DECL_TAG: 17, TYPE_TAG: 18, ENUM64: 19,
} as const;

export interface BtfMember {
  readonly name: string;
  /** The member's, variable's or parameter's type; 0 for an enumerator. */
  readonly type: number;
  /** STRUCT/UNION: bit offset; DATASEC: byte offset of the variable; ENUM/ENUM64: the value (low 53 bits exact). */
  readonly offset: number;
  /** DATASEC: the variable's size. STRUCT/UNION with kind_flag: the bitfield's width (0 if not a bitfield). */
  readonly size?: number;
  /** ENUM/ENUM64: the value, exactly. */
  readonly value?: bigint;
}

export interface BtfType {
  readonly id: number;
  readonly kind: number;
  readonly name: string;
  /** Size in bytes (INT, STRUCT, UNION, ENUM, DATASEC, FLOAT) or the referred type (PTR, TYPEDEF, VAR, ...). */
  readonly sizeOrType: number;
  /** STRUCT/UNION members, DATASEC variables, ENUM/ENUM64 enumerators, FUNC_PROTO parameters. */
  readonly members: readonly BtfMember[];
  /** ARRAY: element type and count. */
  readonly array?: { readonly type: number; readonly nelems: number };
  /** info's vlen (FUNC: the linkage, 0 static, 1 global, 2 extern) and kind_flag (ENUM: signed). */
  readonly vlen: number;
  readonly kindFlag: boolean;
  /** INT: bits, and whether signed (encoding bit 0). */
  readonly int?: { readonly bits: number; readonly signed: boolean };
  /** DECL_TAG: the parameter or member of the tagged type it is on, -1 for the type itself. */
  readonly componentIdx?: number;
}

export interface Btf {
  /** Indexed by type id; [0] is void. */
  readonly types: readonly BtfType[];
}

const MAX_DEPTH = 32;

/** Bytes after the 12-byte common part, per kind, given vlen. */
function extraSize(kind: number, vlen: number, at: number): number {
  switch (kind) {
    case BTF_KIND.INT:
    case BTF_KIND.VAR:
    case BTF_KIND.DECL_TAG:
      return 4;
    case BTF_KIND.ARRAY:
      return 12;
    case BTF_KIND.STRUCT:
    case BTF_KIND.UNION:
    case BTF_KIND.DATASEC:
    case BTF_KIND.ENUM64:
      return 12 * vlen;
    case BTF_KIND.ENUM:
    case BTF_KIND.FUNC_PROTO:
      return 8 * vlen;
    case BTF_KIND.PTR:
    case BTF_KIND.FWD:
    case BTF_KIND.TYPEDEF:
    case BTF_KIND.VOLATILE:
    case BTF_KIND.CONST:
    case BTF_KIND.RESTRICT:
    case BTF_KIND.FUNC:
    case BTF_KIND.FLOAT:
    case BTF_KIND.TYPE_TAG:
      return 0;
    default:
      throw new ElfFault(".BTF", at, `unknown BTF kind ${kind}`);
  }
}

export function parseBtf(data: Uint8Array): Btf {
  const c = new Cursor(data, ".BTF");
  if (c.u16(0, "magic") !== 0xeb9f) throw new ElfFault(".BTF", 0, "bad BTF magic (want 0xeb9f, little-endian)");
  const hdrLen = c.u32(4, "hdr_len");
  const typeOff = hdrLen + c.u32(8, "type_off");
  const typeLen = c.u32(12, "type_len");
  const strOff = hdrLen + c.u32(16, "str_off");
  const strLen = c.u32(20, "str_len");
  c.need(typeOff, typeLen, "the type section");
  c.need(strOff, strLen, "the string section");
  const strs = new Cursor(data.subarray(strOff, strOff + strLen), ".BTF strings");
  const name = (off: number, at: number) => {
    if (off >= strLen) throw new ElfFault(".BTF", at, `name offset ${off} is past the string section (${strLen} bytes)`);
    return strs.cstr(off, "a type name");
  };

  const types: BtfType[] = [{ id: 0, kind: 0, name: "void", sizeOrType: 0, members: [], vlen: 0, kindFlag: false }];
  const end = typeOff + typeLen;
  for (let at = typeOff; at < end; ) {
    c.need(at, 12, "a type");
    const info = c.u32(at + 4, "info");
    const vlen = info & 0xffff;
    const kind = (info >>> 24) & 0x1f;
    const kindFlag = info >>> 31 === 1;
    const t = { id: types.length, kind, name: name(c.u32(at, "name_off"), at), sizeOrType: c.u32(at + 8, "size/type"), vlen, kindFlag };
    const x = at + 12;
    const extra = extraSize(kind, vlen, at);
    if (x + extra > end) throw new ElfFault(".BTF", at, `type ${t.id} runs past the type section`);
    const members: BtfMember[] = [];
    let array: BtfType["array"];
    let int: BtfType["int"];
    if (kind === BTF_KIND.STRUCT || kind === BTF_KIND.UNION) {
      for (let k = 0; k < vlen; k++) {
        const m = x + 12 * k;
        const off = c.u32(m + 8, "member offset");
        // kind_flag: offset holds the bitfield's width in its top 8 bits
        const [offset, size] = kindFlag ? [off & 0xffffff, off >>> 24] : [off, 0];
        members.push({ name: name(c.u32(m, "member name"), m), type: c.u32(m + 4, "member type"), offset, size });
      }
    } else if (kind === BTF_KIND.ENUM || kind === BTF_KIND.ENUM64) {
      const step = kind === BTF_KIND.ENUM ? 8 : 12;
      for (let k = 0; k < vlen; k++) {
        const m = x + step * k;
        const lo = c.u32(m + 4, "enumerator value");
        const value =
          kind === BTF_KIND.ENUM ? (kindFlag ? BigInt(c.i32(m + 4, "enumerator value")) : BigInt(lo)) : (BigInt(c.u32(m + 8, "enumerator value")) << 32n) | BigInt(lo);
        const signed = kind === BTF_KIND.ENUM64 && kindFlag ? BigInt.asIntN(64, value) : value;
        members.push({ name: name(c.u32(m, "enumerator name"), m), type: 0, offset: Number(signed), value: signed });
      }
    } else if (kind === BTF_KIND.FUNC_PROTO) {
      for (let k = 0; k < vlen; k++) {
        const m = x + 8 * k;
        members.push({ name: name(c.u32(m, "parameter name"), m), type: c.u32(m + 4, "parameter type"), offset: k });
      }
    } else if (kind === BTF_KIND.INT) {
      const enc = c.u32(x, "int encoding");
      int = { bits: enc & 0xff, signed: ((enc >>> 24) & 1) === 1 };
    } else if (kind === BTF_KIND.DATASEC) {
      for (let k = 0; k < vlen; k++) {
        const m = x + 12 * k;
        members.push({ name: "", type: c.u32(m, "var type"), offset: c.u32(m + 4, "var offset"), size: c.u32(m + 8, "var size") });
      }
    } else if (kind === BTF_KIND.ARRAY) {
      array = { type: c.u32(x, "array type"), nelems: c.u32(x + 8, "nelems") };
    }
    if (kind === BTF_KIND.DECL_TAG) types.push({ ...t, members, array, int, componentIdx: c.i32(x, "component_idx") });
    else types.push({ ...t, members, array, int });
    at = x + extra;
  }
  return { types };
}

export function btfType(btf: Btf, id: number, at = 0): BtfType {
  const t = btf.types[id];
  if (!t) throw new ElfFault(".BTF", at, `type id ${id} does not exist (${btf.types.length - 1} types)`);
  return t;
}

const MODIFIERS: ReadonlySet<number> = new Set([BTF_KIND.TYPEDEF, BTF_KIND.VOLATILE, BTF_KIND.CONST, BTF_KIND.RESTRICT, BTF_KIND.TYPE_TAG]);

/** Follows typedefs and qualifiers to the type underneath. */
export function skipModifiers(btf: Btf, id: number): BtfType {
  let t = btfType(btf, id);
  for (let d = 0; MODIFIERS.has(t.kind); d++) {
    if (d > MAX_DEPTH) throw new ElfFault(".BTF", 0, `type ${id}: typedefs and qualifiers nest too deep (a cycle?)`);
    t = btfType(btf, t.sizeOrType);
  }
  return t;
}

/** The size in bytes of a type, as sizeof would give it. */
export function btfSize(btf: Btf, id: number, depth = 0): number {
  if (depth > MAX_DEPTH) throw new ElfFault(".BTF", 0, `type ${id}: nests too deep to size (a cycle?)`);
  const t = skipModifiers(btf, id);
  switch (t.kind) {
    case BTF_KIND.INT:
    case BTF_KIND.STRUCT:
    case BTF_KIND.UNION:
    case BTF_KIND.ENUM:
    case BTF_KIND.ENUM64:
    case BTF_KIND.FLOAT:
    case BTF_KIND.DATASEC:
      return t.sizeOrType;
    case BTF_KIND.PTR:
      return 8;
    case BTF_KIND.ARRAY:
      return t.array!.nelems * btfSize(btf, t.array!.type, depth + 1);
    case BTF_KIND.VAR:
      return btfSize(btf, t.sizeOrType, depth + 1);
    default:
      throw new ElfFault(".BTF", 0, `type ${t.id} (kind ${t.kind}) has no size`);
  }
}

export function datasec(btf: Btf, name: string): BtfType | undefined {
  return btf.types.find((t) => t.kind === BTF_KIND.DATASEC && t.name === name);
}
