// The verifier's register and stack states as data: what the verdict keeps per instruction for
// the UI, and what the kernel-format log prints. Both render from these records, so the log
// and the inspector cannot tell different stories, and nobody parses the log back.

import type { MapDef } from "../program.ts";
import { typeStr } from "./alu.ts";
import { mapAt, S64_MAX, S64_MIN, U64_MAX } from "./reg.ts";
import type { Reg } from "./reg.ts";
import type { Frame } from "./state.ts";
import { Byte, spillByte } from "./state.ts";
import { baseId, hasDelta } from "./linked.ts";
import { isConst, isUnknown, tnumText } from "./tnum.ts";

/** The eight bounds the kernel tracks and prints, 64- and 32-bit, signed and unsigned. */
export interface Bounds {
  readonly smin: bigint;
  readonly smax: bigint;
  readonly umin: bigint;
  readonly umax: bigint;
  readonly smin32: bigint;
  readonly smax32: bigint;
  readonly umin32: bigint;
  readonly umax32: bigint;
}

/** A register (or a spilled one) as data. Absent fields are the ones the kernel would not print. */
export interface RegView {
  /** The kernel's type name: scalar, ctx, fp, pkt, map_value, sock_or_null, ... */
  readonly type: string;
  /** A scalar whose exact value some decision depended on (the log's `P`). */
  readonly precise: boolean;
  /** Written by the instruction just before (the kernel's `_w`). */
  readonly written: boolean;
  /** The variable part when it is known: a scalar's value; a pointer's variable offset (signed). */
  readonly value?: bigint;
  /** A pointer's fixed offset (0 for scalars). */
  readonly off: number;
  readonly id?: number;
  /** A scalar linked to its id's others plus a constant: that constant (the log's `id=2+1`). */
  readonly delta?: number;
  readonly refId?: number;
  readonly map?: { readonly name: string; readonly keySize: number; readonly valueSize: number };
  /** Packet bytes proven readable (pkt, pkt_meta). */
  readonly range?: number;
  /** Size of a ring buffer record. */
  readonly size?: number;
  /** A stack pointer into another frame than the one shown: that frame's number (the log's `fp[0]-8`). */
  readonly stackFrame?: number;
  /** When the value is not known: its bounds and known bits. */
  readonly bounds?: Bounds;
  readonly varOff?: { readonly value: bigint; readonly mask: bigint };
}

/** What a stack byte holds, as the kernel prints it: `?` invalid, `m` misc, `0` zero, `r` spilled register. */
export type SlotByte = "?" | "m" | "0" | "r";

export interface SlotView {
  /** The slot's offset from the frame pointer: -8, -16, ... */
  readonly off: number;
  /** Its 8 bytes, the highest address first (as the kernel prints them). */
  readonly bytes: string;
  /** The register spilled into its low bytes, if any. */
  readonly spilled?: RegView;
}

/** A branch a path went through where both ways were possible: the jump's slot, and which way this path went. */
export interface PathFrom {
  readonly pc: number;
  readonly taken: boolean;
  /**
   * The instruction was an AND or OR of a register that was -1 or 0, which the walk splits in two
   * (the kernel's maybe_fork_scalars): the value this path gave it, of all 64 bits or of the low 32.
   */
  readonly split?: { readonly value: 0 | -1; readonly low32: boolean };
}

export interface FrameView {
  /** Function depth: 0 for the main program. */
  readonly frame: number;
  /** Registers that hold something, by number (r10 included). */
  readonly regs: readonly { readonly no: number; readonly reg: RegView }[];
  /** Stack slots that hold something, from fp-8 down. */
  readonly slots: readonly SlotView[];
  // What the walk knows of the path beyond the state (for the UI; the log prints none of it):
  /** The newest branch this path went through both ways; absent on the entry's path before its first such branch. */
  readonly from?: PathFrom;
  /** By register number: the instruction that last wrote it on this path; -1 where it came in at the entry. */
  readonly by?: readonly number[];
  /** The state of the path that failed, at the error's instruction. */
  readonly failed?: boolean;
}

/** The path-wise facts a walk attaches to a state it keeps (see FrameView). */
export interface PathFacts {
  readonly from?: PathFrom;
  readonly by?: ArrayLike<number>;
}

// ---- from the verifier's state ------------------------------------------------------------

const S32_MIN = -(1n << 31n);
const S32_MAX = (1n << 31n) - 1n;
const U32_MAX = 0xffffffffn;

/** Register r as data; `frame` is the number of the frame it is shown in (a stack pointer into another says which). */
export function regView(r: Reg, maps: readonly MapDef[], frame = r.frame): RegView {
  const type = typeStr(r);
  const known = isConst(r.var);
  const def = mapAt(maps, r.map);
  const b = known ? undefined : r;
  return {
    type,
    precise: r.type === "scalar" && r.precise,
    written: r.written,
    value: known ? BigInt.asIntN(64, r.var.value) : undefined,
    off: r.type === "scalar" ? 0 : r.off,
    id: r.id > 0 ? baseId(r.id) : undefined,
    delta: hasDelta(r.id) ? r.off : undefined,
    refId: r.refId > 0 ? r.refId : undefined,
    // an inner map (from a map of maps) is nameless, as the kernel's inner map template is
    map: def && { name: r.map < maps.length ? def.name : "", keySize: def.keySize, valueSize: def.valueSize },
    range: r.type === "pkt" || r.type === "pkt_meta" ? r.range : undefined,
    size: r.type.startsWith("ringbuf") || r.type === "mem" || r.type === "mem_or_null" ? r.memSize : undefined,
    stackFrame: r.type === "fp" && r.frame !== frame ? r.frame : undefined,
    bounds: b && { smin: r.smin, smax: r.smax, umin: r.umin, umax: r.umax, smin32: b.s32min, smax32: b.s32max, umin32: b.u32min, umax32: b.u32max },
    varOff: known || isUnknown(r.var) ? undefined : { value: r.var.value, mask: r.var.mask },
  };
}

const BYTE: readonly SlotByte[] = ["?", "m", "0", "r"];

/** Slot k of a frame, or undefined when none of its bytes was written. */
export function slotView(f: Frame, k: number, maps: readonly MapDef[]): SlotView | undefined {
  const sl = f.stack[k];
  if (!sl || sl.bytes.every((b) => b === Byte.Invalid)) return undefined;
  const bytes = [...sl.bytes].reverse().map((b) => BYTE[b] ?? "?").join("");
  // (a whole spill of 0 is kept as zero bytes: still a spill, printed as its register, P0 when precise)
  return { off: -8 * (k + 1), bytes, spilled: sl.spilled && spillByte(sl, 0) ? regView(sl.spilled, maps, f.index) : undefined };
}

export function frameView(f: Frame, maps: readonly MapDef[], path?: PathFacts): FrameView {
  const regs: { no: number; reg: RegView }[] = [];
  f.regs.forEach((r, no) => {
    if (r.type !== "not_init") regs.push({ no, reg: regView(r, maps, f.index) });
  });
  const slots: SlotView[] = [];
  for (let k = 0; k < f.stack.length; k++) {
    const s = slotView(f, k, maps);
    if (s) slots.push(s);
  }
  if (!path) return { frame: f.index, regs, slots };
  return { frame: f.index, regs, slots, ...(path.from && { from: path.from }), ...(path.by && { by: Array.from(path.by) }) };
}

// ---- the kernel's text --------------------------------------------------------------------

/** Numbers as the kernel prints them in states: decimal while small, hex beyond. */
export const unum = (n: bigint): string => (n <= 0xffffn ? `${n}` : `0x${n.toString(16)}`);
export const snum = (n: bigint): string => (n >= -0x8000n && n <= 0x7fffn ? `${n}` : `0x${BigInt.asUintN(64, n).toString(16)}`);

/**
 * The bounds the kernel would print: each left out when it says nothing; equal values are
 * chained (`smax=umax=255`) unless that would mix signs.
 */
function boundsText(b: Bounds): string[] {
  // a 32-bit signed bound printed in hex is the low half's bits, not sign-extended (the kernel's print_scalar_ranges)
  const s32 = (n: bigint) => (n >= -0x8000n && n <= 0x7fffn ? n : BigInt.asUintN(32, n));
  const ms: { name: string; val: bigint; omit: boolean }[] = [
    { name: "smin", val: b.smin, omit: b.smin === S64_MIN },
    { name: "smax", val: b.smax, omit: b.smax === S64_MAX },
    { name: "umin", val: b.umin, omit: b.umin === 0n },
    { name: "umax", val: b.umax, omit: b.umax === U64_MAX },
    { name: "smin32", val: s32(b.smin32), omit: b.smin32 === S32_MIN },
    { name: "smax32", val: s32(b.smax32), omit: b.smax32 === S32_MAX },
    { name: "umin32", val: b.umin32, omit: b.umin32 === 0n },
    { name: "umax32", val: b.umax32, omit: b.umax32 === U32_MAX },
  ];
  // compare as the kernel does: every value as a u64
  const u = (m: { name: string; val: bigint }) => BigInt.asUintN(64, m.val);
  const out: string[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m1 = ms[i];
    if (m1.omit) continue;
    const neg1 = m1.name[0] === "s" && m1.val < 0n;
    let text = `${m1.name}=`;
    for (let j = i + 2; j < ms.length; j += 2) {
      const m2 = ms[j];
      if (m2.omit || u(m2) !== u(m1)) continue;
      if ((m2.name[0] === "s" && m2.val < 0n) !== neg1) continue;
      m2.omit = true;
      text += `${m2.name}=`;
    }
    out.push(text + (m1.name[0] === "s" ? snum(m1.val) : unum(BigInt.asUintN(64, m1.val))));
  }
  return out;
}

/** A register in the kernel's (6.18) form: `0`, `fp-8`, `scalar(smin=0,smax=umax=255,...)`, `map_value(map=m,ks=4,vs=8)`. */
export function regViewText(r: RegView): string {
  const p = r.type === "scalar" && r.precise ? "P" : "";
  if (r.type === "scalar" && r.value !== undefined) return p + snum(r.value);
  const frame = r.stackFrame !== undefined ? `[${r.stackFrame}]` : "";
  if (r.type === "fp" && r.value !== undefined) return `fp${frame}${snum(r.value + BigInt(r.off))}`;
  const parts: string[] = [];
  if (r.id !== undefined) parts.push(r.delta !== undefined ? `id=${r.id}${r.delta < 0 ? "" : "+"}${r.delta}` : `id=${r.id}`);
  if (r.refId !== undefined) parts.push(`ref_obj_id=${r.refId}`);
  if (r.map?.name) parts.push(`map=${r.map.name}`);
  if (r.map) parts.push(`ks=${r.map.keySize},vs=${r.map.valueSize}`);
  // (a function's address is printed without its place: the kernel keeps it apart, as a subprogram number)
  if (r.type !== "scalar" && r.type !== "func" && r.off !== 0) parts.push(`off=${snum(BigInt(r.off))}`);
  if (r.range !== undefined) parts.push(`r=${unum(BigInt.asUintN(64, BigInt(r.range)))}`);
  if (r.size !== undefined) parts.push(`sz=${unum(BigInt(r.size))}`);
  if (r.value !== undefined) {
    if (r.value !== 0n) parts.push(`imm=${snum(r.value)}`);
  } else {
    if (r.bounds) parts.push(...boundsText(r.bounds));
    if (r.varOff) parts.push(`var_off=${tnumText(r.varOff)}`);
  }
  return `${p}${r.type}${frame}(${parts.join(",")})`;
}

/**
 * A slot's value as the kernel prints it: a whole spill as the register, 8 zero bytes as `0`, a
 * narrow spill or zero store as the bytes above it then the value, otherwise the bytes.
 */
export function slotViewText(s: SlotView): string {
  const { bytes } = s;
  if (s.spilled && (bytes === "rrrrrrrr" || bytes === "00000000")) return regViewText(s.spilled);
  if (bytes === "00000000") return "0";
  const low = (n: number, c: string) => bytes.slice(8 - n) === c.repeat(n);
  if (s.spilled) {
    let n = 1;
    while (n < 8 && bytes[7 - n] === "r") n++;
    return bytes.slice(0, 8 - n) + regViewText(s.spilled);
  }
  for (const n of [4, 2, 1]) if (low(n, "0") && !bytes.slice(0, 8 - n).includes("0")) return bytes.slice(0, 8 - n) + "0";
  return bytes;
}

/** `R1=ctx() R10=fp0 fp-8=mmmmmmmm`; `written` adds the kernel's `_w` marks. */
export function frameViewText(f: FrameView, written = false): string {
  const out = f.regs.map(({ no, reg }) => `R${no}${written && reg.written ? "_w" : ""}=${regViewText(reg)}`);
  for (const s of f.slots) out.push(`fp${s.off}=${slotViewText(s)}`);
  return out.join(" ");
}
