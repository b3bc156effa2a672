// Struct and union layout as clang lays them out for the BPF target (the generic System V rules):
// members at their natural alignment, bitfields packed into storage units of their declared type
// without straddling a unit's alignment boundary, unnamed bitfields not raising the alignment,
// `packed` dropping alignment to 1 (bitfields then straddle freely), `aligned(N)` raising it.
// Each bitfield also gets the size of the unit to access it by (Member.unitSize, see types.ts).

import { alignOf, sizeOf, type CType, type Member } from "./types.ts";

export interface FieldDecl {
  readonly name?: string;
  readonly type: CType;
  /** Bitfields: the width (0 ends the current storage unit). */
  readonly bitWidth?: number;
  /** `__attribute__((aligned(N)))` on the member. */
  readonly aligned?: number;
  /** `__attribute__((packed))` on the member. */
  readonly packed?: boolean;
}

export interface Layout {
  readonly members: Member[];
  readonly size: number;
  readonly align: number;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

export function layoutRecord(kind: "struct" | "union", fields: readonly FieldDecl[], packed: boolean, aligned?: number, pack?: number): Layout {
  const members: Member[] = [];
  let bits = 0; // struct: next free bit
  let maxBits = 0; // union: largest member
  let align = 1;
  for (const f of fields) {
    const size = sizeOf(f.type);
    const natural = alignOf(f.type);
    let a = packed || f.packed ? 1 : natural;
    if (f.aligned) a = Math.max(a, f.aligned);
    // #pragma pack caps every member's alignment (and lets bitfields straddle, as packed does).
    if (pack !== undefined) a = Math.min(a, pack);
    const free = packed || !!f.packed || pack !== undefined;
    if (f.bitWidth !== undefined) {
      const w = f.bitWidth;
      const unitBits = size * 8;
      if (kind === "union") {
        if (f.name !== undefined) align = Math.max(align, a);
        maxBits = Math.max(maxBits, w);
        if (f.name !== undefined) members.push({ name: f.name, type: f.type, offset: 0, bitOffset: 0, bitWidth: w });
        continue;
      }
      if (w === 0) {
        bits = roundUp(bits, (pack !== undefined ? Math.min(natural, pack) : natural) * 8);
        continue;
      }
      if (!free && Math.floor(bits / unitBits) !== Math.floor((bits + w - 1) / unitBits)) bits = roundUp(bits, unitBits);
      if (f.aligned) bits = roundUp(bits, a * 8);
      // The storage unit: the naturally aligned unit holding the first bit (a byte when packed and straddling).
      let offset = Math.floor(bits / unitBits) * size;
      if (bits + w > offset * 8 + unitBits) offset = Math.floor(bits / 8);
      if (f.name !== undefined) {
        align = Math.max(align, a);
        members.push({ name: f.name, type: f.type, offset, bitOffset: bits - offset * 8, bitWidth: w });
      }
      bits += w;
      continue;
    }
    align = Math.max(align, a);
    if (kind === "union") {
      maxBits = Math.max(maxBits, size * 8);
      members.push({ name: f.name, type: f.type, offset: 0 });
      continue;
    }
    const offset = roundUp(Math.ceil(bits / 8), a);
    members.push({ name: f.name, type: f.type, offset });
    bits = (offset + size) * 8;
  }
  if (aligned) align = Math.max(align, aligned);
  const used = kind === "union" ? maxBits : bits;
  const size = roundUp(Math.ceil(used / 8), align);
  return { members: members.map((m) => (m.bitWidth === undefined ? m : withUnit(m, size))), size, align };
}

/**
 * A bitfield with the bytes that hold it (Member.unitSize): its type's size while that unit covers
 * the field and lies within the record; else (a packed record's field that crosses its type's
 * size, or whose type-sized unit would run past the record's end) the exact bytes the bits touch,
 * from the field's first byte.
 */
function withUnit(m: Member, recordSize: number): Member {
  const natural = sizeOf(m.type);
  const bitOffset = m.bitOffset!;
  const width = m.bitWidth!;
  if (bitOffset + width <= natural * 8 && m.offset + natural <= recordSize) return { ...m, unitSize: natural };
  const first = m.offset + Math.floor(bitOffset / 8);
  const within = bitOffset % 8;
  return { ...m, offset: first, bitOffset: within, unitSize: Math.ceil((within + width) / 8) };
}
