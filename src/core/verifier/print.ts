// The kernel's text forms the log prints: instructions (print_bpf_insn), and a frame's
// registers and stack slots, chosen by the log, rendered from the state records of view.ts
// (`R1=ctx() R10=fp0 fp-8=????3`), the same records the verdict gives the UI.

import type { Decoded, Insn } from "../isa/index.ts";
import { AtomicOp, byOpcode, Class, helperName, LdImmSrc, Mode, SizeBits } from "../isa/index.ts";
import { JCC_SYMS } from "../isa/symbols.ts";
import type { MapDef } from "../program.ts";
import { ALU_STR } from "./alu.ts";
import type { Frame, State } from "./state.ts";
import { regView, regViewText, slotView, slotViewText } from "./view.ts";

const JCC_OF = Object.fromEntries(Object.entries(JCC_SYMS).map(([k, v]) => [v, k]));
/** A jump's immediate as the kernel prints it: 32 unsigned bits (0x%x), negative or not. */
const hex = (n: number) => "0x" + (n >>> 0).toString(16);
const disp = (n: number) => (n < 0 ? `${n}` : `+${n}`);

/** The operations of BPF_STX | BPF_ATOMIC that print as ALU ones, by imm (fetch bit clear). */
const ATOMIC_ALU: Record<number, string> = { [AtomicOp.ADD]: "add", [AtomicOp.OR]: "or", [AtomicOp.AND]: "and", [AtomicOp.XOR]: "xor" };
/** Access widths in bits, by the opcode's size bits. */
const SIZE_BITS: Record<number, number> = Object.fromEntries(Object.entries(SizeBits).map(([bytes, code]) => [code, Number(bytes) * 8]));

/**
 * A BPF_STX | BPF_ATOMIC instruction as print_bpf_insn prints it, valid or not: by its imm alone
 * at the opcode's size, or undefined where the kernel prints `BUG_xx`.
 */
function atomicText(i: Insn): string | undefined {
  const bits = SIZE_BITS[i.code & 0x18];
  const mem = `(u${bits} *)(r${i.dst} ${disp(i.off)})`;
  const w = bits === 64 ? "64" : "";
  const alu = ATOMIC_ALU[i.imm & ~AtomicOp.FETCH];
  if (alu !== undefined && (i.imm & AtomicOp.FETCH) === 0) return `lock *${mem} ${ALU_STR[alu]} r${i.src}`;
  if (alu !== undefined) return `r${i.src} = atomic${w}_fetch_${alu}(${mem}, r${i.src})`;
  if (i.imm === AtomicOp.CMPXCHG) return `r0 = atomic${w}_cmpxchg(${mem}, r0, r${i.src})`;
  if (i.imm === AtomicOp.XCHG) return `r${i.src} = atomic${w}_xchg(${mem}, r${i.src})`;
  if (i.imm === AtomicOp.LOAD_ACQ) return `r${i.dst} = load_acquire((u${bits} *)(r${i.src} ${disp(i.off)}))`;
  if (i.imm === AtomicOp.STORE_REL) return `store_release(${mem}, r${i.src})`;
  return undefined;
}

/** One instruction in the kernel's print_bpf_insn style. */
export function kernelInsn(d: Decoded): string {
  const hexCode = d.insn.code.toString(16).padStart(2, "0");
  const op = `(${hexCode})`;
  if ((d.insn.code & 0xe7) === (Mode.ATOMIC | Class.STX)) {
    // (an atomic of a size or an operation there is none of too: print_bpf_insn reads only its imm)
    const t = atomicText(d.insn);
    return t === undefined ? `BUG_${hexCode}` : `${op} ${t}`;
  }
  if (!d.valid) {
    // a known opcode with a field out of place: printed by its opcode, as print_bpf_insn does
    const read = byOpcode(d);
    if (!read) return `${op} invalid`;
    if (read.spec.kind === "end") return `${op} r${d.insn.dst} = ${read.spec.op.replace(/\d+$/, "")}${d.insn.imm} r${d.insn.dst}`;
    return kernelInsn(read);
  }
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
      // (the kernel's disassembler names only the form with src_reg BPF_MAY_GOTO; any other
      // prints as a conditional jump whose operator has no name)
      t = i.src === 0 ? `may_goto pc${disp(i.off)}` : `if ${R(i.dst)} (null) ${hex(i.imm)} goto pc${disp(i.off)}`;
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
      // (a constant and a function's address print their raw 64 bits; maps the address the kernel put there)
      t = i.src === 0 || i.src === LdImmSrc.FUNC ? `r${i.dst} = 0x${(d.imm64 ?? 0n).toString(16)}` : i.src === 1 || i.src === 5 ? `r${i.dst} = map[id:${i.imm}]` : `r${i.dst} = map[id:${i.imm}][0]+${Number((d.imm64 ?? 0n) >> 32n)}`;
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

/**
 * A frame's registers and stack slots as the kernel prints them, each with a leading space:
 * ` frame1: R1=ctx() R10=fp0 fp-8=mmmmmmmm`. `regs` and `slots` choose what to print (all if absent).
 */
export function frameItems(f: Frame, maps: readonly MapDef[], regs?: number, slots?: ReadonlySet<number>): string {
  // (frameView()'s records, made only for what is printed: the log prints states at every branch)
  let out = f.index ? ` frame${f.index}:` : "";
  for (let no = 0; no < f.regs.length; no++) {
    const r = f.regs[no];
    if (r.type === "not_init" || (regs !== undefined && !(regs & (1 << no)))) continue;
    out += ` R${no}=${regViewText(regView(r, maps, f.index))}`;
  }
  for (let k = 0; k < f.stack.length; k++) {
    if (slots && !slots.has(k)) continue;
    const s = slotView(f, k, maps);
    if (s) out += ` fp${s.off}=${slotViewText(s)}`;
  }
  return out;
}

/** ` refs=1,2` for the references a state holds. */
export const refsText = (st: State): string => (st.refs.length ? ` refs=${st.refs.map((r) => r.id).join(",")}` : "");

/** What ends a frame's line: the state's references, then ` cb` for a callback's frame (print_verifier_state). */
export const frameTail = (st: State, f: Frame): string => refsText(st) + (f.callback ? " cb" : "");
