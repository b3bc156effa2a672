// C types as the checker builds them and the code generator lays them out. Layouts follow the
// BPF target's ABI as clang implements it (LP64, little-endian, natural alignment, 8-byte pointers).
//
// Struct and union types are mutable while they are being declared (a forward declaration is
// completed later); every other type is an immutable value. Qualifiers ride on a copy.

export interface Quals {
  readonly const?: boolean;
  readonly volatile?: boolean;
}

export type IntSize = 1 | 2 | 4 | 8 | 16;

export type CType = (
  | { readonly kind: "void" }
  | { readonly kind: "bool" } // _Bool: 1 byte, values 0 and 1
  | { readonly kind: "int"; readonly size: IntSize; readonly signed: boolean }
  | { readonly kind: "float"; readonly size: 4 | 8 | 16 } // parsed so that the error is precise; never compiled
  | { readonly kind: "ptr"; readonly to: CType }
  | { readonly kind: "array"; readonly of: CType; readonly len: number | undefined } // undefined: incomplete or flexible
  | { readonly kind: "struct" | "union"; readonly def: RecordDef }
  | { readonly kind: "enum"; readonly tag?: string; readonly size: 4 | 8; readonly signed: boolean }
  | FuncType
) &
  Quals & {
    /** The typedef name this type was written as, for diagnostics (`__u32`, `__be16`). */
    readonly typedefName?: string;
  };

export interface FuncType {
  readonly kind: "func";
  readonly ret: CType;
  readonly params: readonly CType[];
  /** `int f()` in C17 has unknown parameters; `int f(void)` has none. */
  readonly variadic: boolean;
  readonly unprototyped?: boolean;
}

export interface Member {
  /** Undefined for an anonymous struct or union member, whose members are reachable by name. */
  readonly name?: string;
  readonly type: CType;
  /** Byte offset of the member (of its storage unit, for a bitfield). */
  readonly offset: number;
  /** Bitfields only: bit offset within the storage unit at `offset` (little-endian numbering) and width. */
  readonly bitOffset?: number;
  readonly bitWidth?: number;
  /**
   * Bitfields only (set by layoutRecord for every bitfield): the storage unit's size in bytes, so
   * the field is bits [bitOffset, bitOffset + bitWidth) of the `unitSize` bytes at `offset`, read
   * as a little-endian integer. Usually it is sizeOf(type). It differs only in packed records
   * (`__attribute__((packed))`, `#pragma pack`), where a field may cross its type's size or its
   * type-sized unit may run past the record's end: there `offset` is the field's first byte,
   * `bitOffset` is 0–7 and `unitSize` is exactly the bytes the field touches,
   * ceil((bitOffset + bitWidth) / 8), from 1 to 9 and not always a power of two (`short c:13` at
   * bit 12 of a packed struct: offset 1, bitOffset 4, unitSize 3). The unit never extends past the
   * record's end, so reading it stays in bounds; reading it may take more than one load.
   */
  readonly unitSize?: number;
}

/** A struct or union's definition, shared by every (qualified) use of the type; compared by identity. */
export interface RecordDef {
  readonly kind: "struct" | "union";
  readonly tag?: string;
  /** Set once the closing brace is seen; before that the type is incomplete. */
  complete: boolean;
  members: Member[];
  size: number;
  align: number;
  packed: boolean;
  /** Unique per definition, for serialising and printing. */
  readonly id: number;
}

export const VOID: CType = { kind: "void" };
export const BOOL: CType = { kind: "bool" };
export const CHAR: CType = { kind: "int", size: 1, signed: true };
export const UCHAR: CType = { kind: "int", size: 1, signed: false };
export const SHORT: CType = { kind: "int", size: 2, signed: true };
export const USHORT: CType = { kind: "int", size: 2, signed: false };
export const INT: CType = { kind: "int", size: 4, signed: true };
export const UINT: CType = { kind: "int", size: 4, signed: false };
export const LONG: CType = { kind: "int", size: 8, signed: true };
export const ULONG: CType = { kind: "int", size: 8, signed: false };

export const ptrTo = (to: CType): CType => ({ kind: "ptr", to });
export const arrayOf = (of: CType, len: number | undefined): CType => ({ kind: "array", of, len });

export const isInteger = (t: CType): boolean => t.kind === "int" || t.kind === "bool" || t.kind === "enum";
export const isScalar = (t: CType): boolean => isInteger(t) || t.kind === "ptr";
export const isRecord = (t: CType): t is Extract<CType, { kind: "struct" | "union" }> => t.kind === "struct" || t.kind === "union";

/** Size in bytes; 0 for void and functions (sizeof on them is an error the checker reports). */
export function sizeOf(t: CType): number {
  switch (t.kind) {
    case "void":
    case "func":
      return 0;
    case "bool":
      return 1;
    case "int":
    case "float":
    case "enum":
      return t.size;
    case "ptr":
      return 8;
    case "array":
      return (t.len ?? 0) * sizeOf(t.of);
    case "struct":
    case "union":
      return t.def.size;
  }
}

export function alignOf(t: CType): number {
  switch (t.kind) {
    case "void":
    case "func":
    case "bool":
      return 1;
    case "int":
    case "float":
    case "enum":
      return Math.min(t.size, 16);
    case "ptr":
      return 8;
    case "array":
      return alignOf(t.of);
    case "struct":
    case "union":
      return t.def.align;
  }
}

/** The type without qualifiers or typedef name, for comparisons. */
export function unqualified(t: CType): CType {
  if (!t.const && !t.volatile && !t.typedefName) return t;
  const { const: _c, volatile: _v, typedefName: _n, ...rest } = t as CType & Quals & { typedefName?: string };
  return rest as CType;
}
