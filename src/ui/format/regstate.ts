// The verifier's state before an instruction, as the verdict carries it (core/verifier/view.ts:
// registers and stack slots as data), made readable: one row per register or stack slot, with
// its type, its value or bounds in words, and the kernel's text of the entry for reference.

import { regViewText, slotViewText } from "../../core/verifier/view.ts";
import type { Bounds, FrameView, RegView, SlotView } from "../../core/verifier/view.ts";

export interface StateRow {
  /** `r5`, or a stack slot `fp-8`. */
  readonly name: string;
  /** A stack slot rather than a register. */
  readonly slot: boolean;
  /** The instruction just before wrote it (the kernel's `_w`). */
  readonly written: boolean;
  /** The kernel's type name: scalar, ctx, fp, pkt, map_value, ...; `stack` for raw slot bytes. */
  readonly type: string;
  /** What it holds: a constant, bounds, an offset. */
  readonly value: string;
  /** The kernel's text for the entry, as the log shows it. */
  readonly raw: string;
}

/** `255 (0xff)` for constants worth a hex form. */
function constant(n: bigint): string {
  if (n >= -9n && n <= 9n) return `${n}`;
  return `${n} (${n < 0n ? "-0x" + (-n).toString(16) : "0x" + n.toString(16)})`;
}

/** Decimal while small, hex beyond, keeping the sign (the kernel's log shows negative values as 64-bit hex). */
const num = (n: bigint) => (n >= -0xffffn && n <= 0xffffn ? `${n}` : n < 0n ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`);

const U64_MAX = (1n << 64n) - 1n;
const S64_MIN = -(1n << 63n);
const S64_MAX = (1n << 63n) - 1n;
const U32_MAX = 0xffffffffn;
const S32_MIN = -(1n << 31n);
const S32_MAX = (1n << 31n) - 1n;

/**
 * The ranges that say something, unsigned and signed, 64- then 32-bit; a 32-bit range equal to
 * the 64-bit one of the same sign is said once.
 */
function ranges(b: Bounds): string[] {
  const out: string[] = [];
  const u = (lo: bigint, hi: bigint) => `[${num(lo)}, ${hi === U64_MAX ? "U64_MAX" : hi === U32_MAX ? "U32_MAX" : num(hi)}]`;
  const s = (lo: bigint, hi: bigint, min: bigint, max: bigint, w: string) => `[${lo === min ? `S${w}_MIN` : num(lo)}, ${hi === max ? `S${w}_MAX` : num(hi)}]`;
  const u64 = b.umin !== 0n || b.umax !== U64_MAX;
  const s64 = b.smin !== S64_MIN || b.smax !== S64_MAX;
  if (u64) out.push(`u ∈ ${u(b.umin, b.umax)}`);
  if (s64) out.push(`s ∈ ${s(b.smin, b.smax, S64_MIN, S64_MAX, "64")}`);
  if ((b.umin32 !== 0n || b.umax32 !== U32_MAX) && !(b.umin32 === b.umin && b.umax32 === b.umax)) out.push(`u32 ∈ ${u(b.umin32, b.umax32)}`);
  if ((b.smin32 !== S32_MIN || b.smax32 !== S32_MAX) && !(b.smin32 === b.smin && b.smax32 === b.smax)) out.push(`s32 ∈ ${s(b.smin32, b.smax32, S32_MIN, S32_MAX, "32")}`);
  return out;
}

const tnum = (t: { value: bigint; mask: bigint }) => `tnum (0x${t.value.toString(16)}; 0x${t.mask.toString(16)})`;

/** What a pointer with nothing more to say points at. */
const POINTER_WORDS: Readonly<Record<string, string>> = {
  ctx: "the context",
  pkt: "packet data",
  pkt_end: "end of packet data",
  pkt_meta: "packet metadata",
  func: "a function",
};

/** A register's (or spilled register's) value in words. */
export function regWords(r: RegView): string {
  if (r.type === "scalar") {
    if (r.value !== undefined) return constant(r.value);
    const parts = [...(r.bounds ? ranges(r.bounds) : []), ...(r.varOff ? [tnum(r.varOff)] : [])];
    // linked to its id's others plus a constant (the log's id=1+4): "id 1 + 4"
    if (r.id !== undefined) parts.push(r.delta !== undefined ? `id ${r.id} ${r.delta < 0 ? "−" : "+"} ${Math.abs(r.delta)}` : `id ${r.id}`);
    return parts.length ? parts.join(" · ") : "any value (unknown)";
  }
  if (r.type === "fp" && r.value !== undefined) {
    const off = r.value + BigInt(r.off);
    return off === 0n ? "r10 (frame pointer)" : `r10 ${off < 0n ? "− " + -off : "+ " + off}`;
  }
  const parts: string[] = [];
  if (r.id !== undefined) parts.push(`id ${r.id}`);
  if (r.refId !== undefined) parts.push(`ref ${r.refId}`);
  // an inner map (looked up in a map of maps) has no name of its own
  if (r.map) parts.push(r.map.name ? `map ${r.map.name}` : "inner map", `key ${r.map.keySize} B`, `value ${r.map.valueSize} B`);
  if (r.off !== 0) parts.push(`off ${r.off > 0 ? "+" : ""}${r.off}`);
  if (r.range !== undefined) parts.push(`checked ${r.range} B`);
  if (r.size !== undefined) parts.push(`size ${r.size} B`);
  if (r.value !== undefined && r.value !== 0n) parts.push(`var ${r.value > 0n ? "+" : ""}${r.value}`);
  if (r.value === undefined) {
    if (r.bounds) parts.push(...ranges(r.bounds).map((x) => `var ${x}`));
    if (r.varOff) parts.push(`var ${tnum(r.varOff)}`);
  }
  return parts.length ? parts.join(" · ") : (POINTER_WORDS[r.type] ?? "");
}

const BYTE_WORDS: Readonly<Record<string, string>> = { m: "written", "0": "zero", "?": "uninitialised", r: "spilled" };

/** `mmmm????` (the highest byte first, as the kernel prints it) → `mmmm????: 4 written, 4 uninitialised` */
function slotBytes(bytes: string): string {
  const counts = new Map<string, number>();
  for (const b of bytes) counts.set(b, (counts.get(b) ?? 0) + 1);
  return `${bytes}: ${[...counts].map(([b, n]) => `${n} ${BYTE_WORDS[b] ?? b}`).join(", ")}`;
}

function slotRow(s: SlotView): StateRow {
  const base = { name: `fp${s.off}`, slot: true, written: false, raw: `fp${s.off}=${slotViewText(s)}` };
  if (s.spilled && s.bytes === "rrrrrrrr") return { ...base, type: s.spilled.type, value: regWords(s.spilled) };
  if (s.bytes === "00000000") return { ...base, type: "scalar", value: "0 (8 zero bytes)" };
  const spill = s.spilled ? ` · low ${s.bytes.length - s.bytes.indexOf("r")} bytes: ${s.spilled.type} ${regWords(s.spilled)}` : "";
  return { ...base, type: "stack", value: slotBytes(s.bytes) + spill };
}

/** A state's rows: registers in order, then the stack slots from fp-8 down. */
export function frameRows(f: FrameView): StateRow[] {
  const regs = f.regs.map(({ no, reg }): StateRow => ({ name: `r${no}`, slot: false, written: reg.written, type: reg.type, value: regWords(reg), raw: `R${no}=${regViewText(reg)}` }));
  return [...regs, ...f.slots.map(slotRow)];
}
