// The kernel's text forms: instructions as the verifier log prints them, and register and
// stack states (`R1=ctx() R10=fp0`, `R0_w=scalar(umax=255,var_off=(0x0; 0xff))`).

import type { Decoded } from "../isa/index.ts";
import { helperName } from "../isa/index.ts";
import { JCC_SYMS } from "../isa/symbols.ts";
import type { MapDef } from "../program.ts";
import { ALU_STR, typeStr } from "./alu.ts";
import { mapAt, S64_MAX, S64_MIN, U64_MAX } from "./reg.ts";
import type { Reg } from "./reg.ts";
import type { Frame, State } from "./state.ts";
import { Byte } from "./state.ts";
import { isConst, isUnknown, tnumText } from "./tnum.ts";

const JCC_OF = Object.fromEntries(Object.entries(JCC_SYMS).map(([k, v]) => [v, k]));
/** A jump's immediate as the kernel prints it: 32 unsigned bits (0x%x), negative or not. */
const hex = (n: number) => "0x" + (n >>> 0).toString(16);
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

/**
 * The bounds the kernel would print: 64- and 32-bit, signed and unsigned, each left out when it
 * says nothing; equal values are chained (`smax=umax=255`) unless that would mix signs.
 * The 32-bit ones are the register's own, tracked apart from the 64-bit ones.
 */
function rangesText(r: Reg): string[] {
  const { u32min, u32max, s32min, s32max } = r;
  // a 32-bit signed bound printed in hex is the low half's bits, not sign-extended (the kernel's print_scalar_ranges)
  const s32 = (n: bigint) => (n >= -0x8000n && n <= 0x7fffn ? n : BigInt.asUintN(32, n));
  const ms: { name: string; val: bigint; omit: boolean }[] = [
    { name: "smin", val: r.smin, omit: r.smin === S64_MIN },
    { name: "smax", val: r.smax, omit: r.smax === S64_MAX },
    { name: "umin", val: r.umin, omit: r.umin === 0n },
    { name: "umax", val: r.umax, omit: r.umax === U64_MAX },
    { name: "smin32", val: s32(s32min), omit: s32min === -(1n << 31n) },
    { name: "smax32", val: s32(s32max), omit: s32max === (1n << 31n) - 1n },
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
  const def = mapAt(maps, r.map);
  // an inner map (from a map of maps) is nameless, as the kernel's inner map template is
  if (def && r.map < maps.length) parts.push(`map=${def.name}`);
  if (def) parts.push(`ks=${def.keySize},vs=${def.valueSize}`);
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

function slotText(f: Frame, k: number, maps: readonly MapDef[]): string | undefined {
  const sl = f.stack[k];
  if (!sl) return undefined;
  const name = `fp${-8 * (k + 1)}`;
  if (sl.spilled && sl.bytes.every((b) => b === Byte.Spill)) return `${name}=${regText(sl.spilled, maps)}`;
  // the kernel keeps an 8-byte store of zero as a spilled constant
  if (sl.bytes.every((b) => b === Byte.Zero)) return `${name}=0`;
  // and a narrow store of a scalar at the slot's start as a narrow spill: the bytes above it, then the value
  const high = (from: number) => [...sl.bytes.subarray(from)].reverse().map((b) => "?m0r"[b]).join("");
  if (sl.spilled && sl.bytes[0] === Byte.Spill) {
    let n = 1;
    while (n < 8 && sl.bytes[n] === Byte.Spill) n++;
    return `${name}=${high(n)}${regText(sl.spilled, maps)}`;
  }
  for (const n of [4, 2, 1]) {
    if (sl.bytes.subarray(0, n).every((b) => b === Byte.Zero) && sl.bytes.subarray(n).every((b) => b !== Byte.Zero)) return `${name}=${high(n)}0`;
  }
  if (sl.bytes.some((b) => b !== Byte.Invalid)) return `${name}=${[...sl.bytes].reverse().map((b) => "?m0r"[b]).join("")}`;
  return undefined;
}

/**
 * A frame's registers and stack slots as the kernel prints them, each with a leading space:
 * ` frame1: R1=ctx() R10=fp0 fp-8=mmmmmmmm`. `regs` and `slots` choose what to print (all if absent).
 */
export function frameItems(f: Frame, maps: readonly MapDef[], regs?: number, slots?: ReadonlySet<number>, hideRegs = 0): string {
  let out = f.index ? ` frame${f.index}:` : "";
  f.regs.forEach((r: Reg, k) => {
    if (r.type === "not_init" || hideRegs & (1 << k)) return;
    if (regs !== undefined && !(regs & (1 << k))) return;
    out += ` R${k}=${regText(r, maps)}`;
  });
  f.stack.forEach((_, k) => {
    if (slots && !slots.has(k)) return;
    const t = slotText(f, k, maps);
    if (t) out += ` ${t}`;
  });
  return out;
}

/** ` refs=1,2` for the references a state holds. */
export const refsText = (st: State): string => (st.refs.length ? ` refs=${st.refs.map((r) => r.id).join(",")}` : "");
