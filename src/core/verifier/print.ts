// The kernel's text forms: instructions as the verifier log prints them, and register and
// stack states (`R1=ctx() R10=fp0`, `R0_w=scalar(umax=255,var_off=(0x0; 0xff))`).

import type { Decoded } from "../isa/index.ts";
import { helperName } from "../isa/index.ts";
import { JCC_SYMS } from "../isa/symbols.ts";
import type { MapDef } from "../program.ts";
import { ALU_STR, typeStr } from "./alu.ts";
import { s32Bounds, S64_MAX, S64_MIN, u32Bounds, U64_MAX } from "./reg.ts";
import type { Reg } from "./reg.ts";
import type { Frame } from "./state.ts";
import { Byte } from "./state.ts";
import { isConst, isUnknown, tnumText } from "./tnum.ts";

const JCC_OF = Object.fromEntries(Object.entries(JCC_SYMS).map(([k, v]) => [v, k]));
const hex = (n: number) => (n < 0 ? "-0x" + (-n).toString(16) : "0x" + n.toString(16));
const disp = (n: number) => (n < 0 ? `${n}` : `+${n}`);

/** One instruction in the kernel's print_bpf_insn style. */
export function kernelInsn(d: Decoded): string {
  const op = `(${d.insn.code.toString(16).padStart(2, "0")})`;
  if (!d.valid) return `${op} invalid`;
  const { spec: s, insn: i } = d;
  const R = (n: number, w = s.width) => (w === 32 ? "w" : "r") + n;
  const src = s.source === "reg" ? R(i.src) : `${i.imm}`;
  const bits = (s.size ?? 8) * 8;
  let t: string;
  switch (s.kind) {
    case "alu":
      t = `${R(i.dst)} ${ALU_STR[s.op]} ${src}`;
      break;
    case "mov":
      t = `${R(i.dst)} = ${src}`;
      break;
    case "movsx":
      t = `${R(i.dst)} = (${s.op})${R(i.src)}`;
      break;
    case "neg":
      t = `${R(i.dst)} = -${R(i.dst)}`;
      break;
    case "end":
      t = `r${i.dst} = ${s.op} r${i.dst}`;
      break;
    case "jcc":
      t = `if ${R(i.dst)} ${JCC_OF[s.op]} ${s.source === "reg" ? R(i.src) : hex(i.imm)} goto pc${disp(i.off)}`;
      break;
    case "ja":
      t = `goto pc${disp(i.off)}`;
      break;
    case "gotol":
      t = `gotol pc${disp(i.imm)}`;
      break;
    case "may_goto":
      t = `may_goto pc${disp(i.off)}`;
      break;
    case "call":
      t = s.op === "local" ? `call pc${disp(i.imm)}` : s.op === "kfunc" ? `call kernel-function` : helperName(i.imm) ? `call bpf_${helperName(i.imm)}#${i.imm}` : `call unknown#${i.imm}`;
      break;
    case "callx":
      t = `callx r${i.dst}`;
      break;
    case "exit":
      t = "exit";
      break;
    case "lddw":
      t = i.src === 0 ? `r${i.dst} = 0x${(d.imm64 ?? 0n).toString(16)}` : i.src === 1 || i.src === 5 ? `r${i.dst} = map[id:${i.imm}]` : `r${i.dst} = map[id:${i.imm}][0]+${Number((d.imm64 ?? 0n) >> 32n)}`;
      break;
    case "ldx":
    case "ldxsx":
      t = `r${i.dst} = *(${s.kind === "ldxsx" ? "s" : "u"}${bits} *)(r${i.src} ${disp(i.off)})`;
      break;
    case "st":
      t = `*(u${bits} *)(r${i.dst} ${disp(i.off)}) = ${i.imm}`;
      break;
    case "stx":
      t = `*(u${bits} *)(r${i.dst} ${disp(i.off)}) = r${i.src}`;
      break;
    case "atomic": {
      const mem = `(u${bits} *)(r${i.dst} ${disp(i.off)})`;
      const w = bits === 64 ? "64" : "";
      if (s.op === "cmpxchg") t = `r0 = atomic${w}_cmpxchg(${mem}, r0, r${i.src})`;
      else if (s.op === "xchg" || s.op.startsWith("fetch_")) t = `r${i.src} = atomic${w}_${s.op}(${mem}, r${i.src})`;
      else t = `lock *${mem} ${ALU_STR[s.op]} r${i.src}`;
      break;
    }
    case "load_acq":
      t = `r${i.dst} = load_acquire((u${bits} *)(r${i.src} ${disp(i.off)}))`;
      break;
    case "store_rel":
      t = `store_release((u${bits} *)(r${i.dst} ${disp(i.off)}), r${i.src})`;
      break;
    case "ldabs":
      t = `r0 = *(u${bits} *)skb[${i.imm}]`;
      break;
    case "ldind":
      t = `r0 = *(u${bits} *)skb[r${i.src} + ${i.imm}]`;
      break;
    default:
      t = `${s.id} r${i.dst}, r${i.src}, ${i.off}, ${i.imm}`;
  }
  return `${op} ${t}`;
}

// Numbers as the kernel prints them in states: decimal while small, hex beyond.
const unum = (n: bigint): string => (n <= 0xffffn ? `${n}` : `0x${n.toString(16)}`);
const snum = (n: bigint): string => (n >= -0x8000n && n <= 0x7fffn ? `${n}` : `0x${BigInt.asUintN(64, n).toString(16)}`);

const S32_MIN = -(1n << 31n);
const S32_MAX = (1n << 31n) - 1n;
const U32_MAX = 0xffffffffn;

/**
 * The 32-bit bounds of the low half, which the kernel tracks on their own; bpfplay derives them
 * from the 64-bit bounds and the tnum, as tightly as those allow.
 */
function bounds32(r: Reg): { umin: bigint; umax: bigint; smin: bigint; smax: bigint } {
  let [umin, umax] = u32Bounds(r);
  let [smin, smax] = s32Bounds(r);
  const v = r.var.value & U32_MAX;
  const m = r.var.mask & U32_MAX;
  const s32 = (x: bigint) => BigInt.asIntN(32, x);
  umin = umin > v ? umin : v;
  umax = umax < (v | m) ? umax : v | m;
  if (r.smin >= S32_MIN && r.smax <= S32_MAX) [smin, smax] = [r.smin > smin ? r.smin : smin, r.smax < smax ? r.smax : smax];
  const tsmin = s32(v | (m & 0x80000000n));
  const tsmax = s32(v | (m & 0x7fffffffn));
  if (tsmin > smin) smin = tsmin;
  if (tsmax < smax) smax = tsmax;
  // each from the other where the sign bit does not vary
  if (umax <= S32_MAX || umin > S32_MAX) {
    if (s32(umin) > smin) smin = s32(umin);
    if (s32(umax) < smax) smax = s32(umax);
  }
  if (smin >= 0n || smax < 0n) {
    const lo = BigInt.asUintN(32, smin);
    const hi = BigInt.asUintN(32, smax);
    if (lo > umin) umin = lo;
    if (hi < umax) umax = hi;
  }
  return { umin, umax, smin, smax };
}

/**
 * The bounds the kernel would print: 64- and 32-bit, signed and unsigned, each left out when it
 * says nothing; equal values are chained (`smax=umax=255`) unless that would mix signs.
 * bpfplay keeps 64-bit bounds only; the 32-bit ones are derived from them and the tnum.
 */
function rangesText(r: Reg): string[] {
  const { umin: u32min, umax: u32max, smin: s32min, smax: s32max } = bounds32(r);
  const ms: { name: string; val: bigint; omit: boolean }[] = [
    { name: "smin", val: r.smin, omit: r.smin === S64_MIN },
    { name: "smax", val: r.smax, omit: r.smax === S64_MAX },
    { name: "umin", val: r.umin, omit: r.umin === 0n },
    { name: "umax", val: r.umax, omit: r.umax === U64_MAX },
    { name: "smin32", val: s32min, omit: s32min === -(1n << 31n) },
    { name: "smax32", val: s32max, omit: s32max === (1n << 31n) - 1n },
    { name: "umin32", val: u32min, omit: u32min === 0n },
    { name: "umax32", val: u32max, omit: u32max === 0xffffffffn },
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
export function regText(r: Reg, maps: readonly MapDef[]): string {
  const p = r.type === "scalar" && r.precise ? "P" : "";
  if (r.type === "scalar" && isConst(r.var)) return p + snum(BigInt.asIntN(64, r.var.value));
  if (r.type === "fp" && isConst(r.var)) return `fp${snum(BigInt.asIntN(64, r.var.value) + BigInt(r.off))}`;
  const parts: string[] = [];
  if (r.id > 0) parts.push(`id=${r.id}`);
  if (r.refId > 0) parts.push(`ref_obj_id=${r.refId}`);
  if (r.map >= 0 && maps[r.map]) parts.push(`map=${maps[r.map].name}`, `ks=${maps[r.map].keySize},vs=${maps[r.map].valueSize}`);
  if (r.type !== "scalar" && r.off !== 0) parts.push(`off=${snum(BigInt(r.off))}`);
  if (r.type === "pkt" || r.type === "pkt_meta") parts.push(`r=${unum(BigInt.asUintN(64, BigInt(r.range)))}`);
  if (r.type.startsWith("ringbuf")) parts.push(`sz=${unum(BigInt(r.memSize))}`);
  if (isConst(r.var)) {
    if (r.var.value !== 0n) parts.push(`imm=${snum(BigInt.asIntN(64, r.var.value))}`);
  } else {
    parts.push(...rangesText(r));
    if (!isUnknown(r.var)) parts.push(`var_off=${tnumText(r.var)}`);
  }
  return `${p}${typeStr(r)}(${parts.join(",")})`;
}

/** `R1=ctx() R10=fp0 fp-8=mmmmmmmm` */
export function frameText(f: Frame, maps: readonly MapDef[]): string {
  const out: string[] = [];
  f.regs.forEach((r, k) => {
    if (r.type !== "not_init") out.push(`R${k}${r.written ? "_w" : ""}=${regText(r, maps)}`);
  });
  f.stack.forEach((sl, k) => {
    if (!sl) return;
    const name = `fp${-8 * (k + 1)}`;
    if (sl.spilled && sl.bytes.every((b) => b === Byte.Spill)) out.push(`${name}=${regText(sl.spilled, maps)}`);
    else if (sl.bytes.some((b) => b !== Byte.Invalid)) out.push(`${name}=${[...sl.bytes].reverse().map((b) => "?m0r"[b]).join("")}`);
  });
  return out.join(" ");
}
