// The integer types of the random programs and C's conversion rules over them, as clang applies
// them on the bpf target (long is 64 bits, char is signed, a bit-field narrower than int reads as
// int whatever its declared type). The generator needs them to know each expression's type, so it
// can keep every operation free of undefined behaviour.

export interface IntType {
  /** How a declaration spells it. */
  readonly name: string;
  readonly bits: 8 | 16 | 32 | 64;
  readonly signed: boolean;
  /** Conversion rank: char 1, short 2, int 3, long 4, long long 5. */
  readonly rank: number;
}

const t = (name: string, bits: IntType["bits"], signed: boolean, rank: number): IntType => ({ name, bits, signed, rank });

export const INT = t("int", 32, true, 3);
export const UINT = t("unsigned int", 32, false, 3);
export const LONG = t("long", 64, true, 4);
export const ULONG = t("unsigned long", 64, false, 4);
export const LLONG = t("long long", 64, true, 5);
export const ULLONG = t("unsigned long long", 64, false, 5);
export const U64 = t("__u64", 64, false, 5);

/** Every spelling a variable may be declared with. */
export const VAR_TYPES: readonly IntType[] = [
  t("__u8", 8, false, 1),
  t("__s8", 8, true, 1),
  t("char", 8, true, 1),
  t("unsigned char", 8, false, 1),
  t("__u16", 16, false, 2),
  t("__s16", 16, true, 2),
  t("short", 16, true, 2),
  t("unsigned short", 16, false, 2),
  t("__u32", 32, false, 3),
  t("__s32", 32, true, 3),
  INT,
  UINT,
  LONG,
  ULONG,
  U64,
  t("__s64", 64, true, 5),
  LLONG,
  ULLONG,
];

/** The integer promotions. */
export const promote = (a: IntType): IntType => (a.rank < 3 ? INT : a);

/** The unsigned type of the same rank. */
export function unsignedOf(a: IntType): IntType {
  if (!a.signed) return a;
  return a.rank <= 3 ? UINT : a.rank === 4 ? ULONG : ULLONG;
}

/** The usual arithmetic conversions (C11 6.3.1.8) for integer operands. */
export function usual(x: IntType, y: IntType): IntType {
  const a = promote(x);
  const b = promote(y);
  if (a.signed === b.signed) return a.rank >= b.rank ? a : b;
  const [u, s] = a.signed ? [b, a] : [a, b];
  if (u.rank >= s.rank) return u;
  if (s.bits > u.bits) return s;
  return unsignedOf(s);
}

/** The type of a member read: bit-fields narrower than int promote to int (clang's rule, any declared type). */
export const memberType = (declared: IntType, width?: number): IntType => (width !== undefined && width < 32 ? INT : declared);

export const minOf = (a: IntType): bigint => (a.signed ? -(1n << BigInt(a.bits - 1)) : 0n);
export const maxOf = (a: IntType): bigint => (a.signed ? (1n << BigInt(a.bits - 1)) - 1n : (1n << BigInt(a.bits)) - 1n);

/** A literal of value v and its type by C's rules (suffix, or the first type of int, long... that holds it). */
export function literal(v: bigint, form: "dec" | "hex" | "u" | "l" | "ul" | "ull"): { text: string; t: IntType } {
  if (v < 0n) throw new Error("literals are non-negative; negate them");
  const fits = (ty: IntType) => v <= maxOf(ty);
  if (form === "u") return { text: `${v}u`, t: fits(UINT) ? UINT : ULONG };
  if (form === "l") return fits(LONG) ? { text: `${v}L`, t: LONG } : { text: `${v}UL`, t: ULONG };
  if (form === "ul") return { text: `${v}UL`, t: ULONG };
  if (form === "ull") return { text: `${v}ULL`, t: ULLONG };
  if (form === "hex") {
    const ty = [INT, UINT, LONG, ULONG].find(fits)!;
    return { text: `0x${v.toString(16)}`, t: ty };
  }
  // decimal without a suffix is never unsigned: int, long, else write it as unsigned long
  const ty = [INT, LONG].find(fits);
  return ty ? { text: `${v}`, t: ty } : { text: `${v}UL`, t: ULONG };
}
