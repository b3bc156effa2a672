// The kernel's text forms: instructions as the verifier log prints them, and register and
// stack states (`R1=ctx() R10=fp0`, `R0_w=scalar(umax=255,var_off=(0x0; 0xff))`).

import type { Decoded } from "../isa/index.ts";
import { helperName } from "../isa/index.ts";
import { JCC_SYMS } from "../asm/llvm.ts";
import type { MapDef } from "../program.ts";
import { ALU_STR, typeStr } from "./alu.ts";
import { S64_MAX, S64_MIN, U64_MAX } from "./reg.ts";
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
      t = s.op === "local" ? `call pc${disp(i.imm)}` : s.op === "kfunc" ? `call kernel-function` : `call bpf_${helperName(i.imm) ?? "unknown"}#${i.imm}`;
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

function scalarText(r: Reg): string {
  if (isConst(r.var)) return `${BigInt.asIntN(64, r.var.value)}`;
  const parts: string[] = [];
  if (r.smin !== S64_MIN && r.smin !== BigInt.asIntN(64, r.umin)) parts.push(`smin=${r.smin}`);
  if (r.smax !== S64_MAX && r.smax !== BigInt.asIntN(64, r.umax)) parts.push(`smax=${r.smax}`);
  if (r.umin !== 0n) parts.push(`umin=${r.umin}`);
  if (r.umax !== U64_MAX) parts.push(`umax=${r.umax}`);
  if (!isUnknown(r.var)) parts.push(`var_off=${tnumText(r.var)}`);
  return `scalar(${parts.join(",")})`;
}

export function regText(r: Reg, maps: readonly MapDef[]): string {
  if (r.type === "scalar") return scalarText(r);
  if (r.type === "fp") return `fp${r.off}`;
  const parts: string[] = [];
  if (r.id > 0) parts.push(`id=${r.id}`);
  if (r.refId > 0) parts.push(`ref_obj_id=${r.refId}`);
  if (r.off !== 0) parts.push(`off=${r.off}`);
  if ((r.type === "pkt" || r.type === "pkt_meta") && r.range !== 0) parts.push(`r=${r.range}`);
  if (r.map >= 0 && maps[r.map]) parts.push(`map=${maps[r.map].name},ks=${maps[r.map].keySize},vs=${maps[r.map].valueSize}`);
  if (r.type.startsWith("ringbuf")) parts.push(`sz=${r.memSize}`);
  if (!isConst(r.var)) parts.push(`var_off=${tnumText(r.var)}`);
  return `${typeStr(r)}(${parts.join(",")})`;
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
