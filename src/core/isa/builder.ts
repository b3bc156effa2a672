// A typed instruction builder over the table: `alu64.add.imm(R1, 5)`, `jmp.jeq.reg(R1, R2, off)`,
// `ldx.w(R0, R1, 8)`, `stx.dw(R10, -8, R1)`. Every builder goes through build() and opById, so the
// table decides every opcode and discriminator; this file only names the operands.
//
// Operand order follows the text: dst first, then what the assembly reads next
// (`*(u32 *)(dst + off) = src` is stx.w(dst, off, src); `dst = *(u32 *)(src + off)` is ldx.w(dst, src, off)).

import { build } from "./build.ts";
import type { Insn } from "./insn.ts";
import { LdImmSrc } from "./opcode.ts";

export const R0 = 0, R1 = 1, R2 = 2, R3 = 3, R4 = 4, R5 = 5, R6 = 6, R7 = 7, R8 = 8, R9 = 9, R10 = 10;

const one = (id: string, o: Parameters<typeof build>[1]): Insn => build(id, o)[0];

export type AluName = "add" | "sub" | "mul" | "div" | "sdiv" | "or" | "and" | "lsh" | "rsh" | "mod" | "smod" | "xor" | "arsh" | "mov";
const ALU_NAMES: readonly AluName[] = ["add", "sub", "mul", "div", "sdiv", "or", "and", "lsh", "rsh", "mod", "smod", "xor", "arsh", "mov"];

export interface AluForms {
  imm(dst: number, imm: number): Insn;
  reg(dst: number, src: number): Insn;
}

export type AluBuilder = Record<AluName, AluForms> & {
  neg(dst: number): Insn;
  /** dst = (sN)src, cpu v4. */
  movsx(dst: number, src: number, bits: 8 | 16 | 32): Insn;
};

function aluBuilder(w: 32 | 64): AluBuilder {
  const b = {} as Record<AluName, AluForms>;
  for (const n of ALU_NAMES) {
    b[n] = {
      imm: (dst, imm) => one(`${n}${w}_imm`, { dst, imm }),
      reg: (dst, src) => one(`${n}${w}_reg`, { dst, src }),
    };
  }
  return {
    ...b,
    neg: (dst) => one(`neg${w}`, { dst }),
    movsx: (dst, src, bits) => one(`movsx${bits}${w}`, { dst, src }),
  };
}

export const alu64: AluBuilder = aluBuilder(64);
export const alu32: AluBuilder = aluBuilder(32);

export type JccName = "jeq" | "jgt" | "jge" | "jset" | "jne" | "jsgt" | "jsge" | "jlt" | "jle" | "jslt" | "jsle";
const JCC_NAMES: readonly JccName[] = ["jeq", "jgt", "jge", "jset", "jne", "jsgt", "jsge", "jlt", "jle", "jslt", "jsle"];

export interface JccForms {
  imm(dst: number, imm: number, off: number): Insn;
  reg(dst: number, src: number, off: number): Insn;
}

function jccBuilder(sfx: "" | "32"): Record<JccName, JccForms> {
  const b = {} as Record<JccName, JccForms>;
  for (const n of JCC_NAMES) {
    b[n] = {
      imm: (dst, imm, off) => one(`${n}${sfx}_imm`, { dst, imm, off }),
      reg: (dst, src, off) => one(`${n}${sfx}_reg`, { dst, src, off }),
    };
  }
  return b;
}

export const jmp = {
  ...jccBuilder(""),
  ja: (off: number): Insn => one("ja", { off }),
  gotol: (imm: number): Insn => one("gotol", { imm }),
  may_goto: (off: number): Insn => one("may_goto", { off }),
};
export const jmp32 = jccBuilder("32");

export const call = {
  helper: (id: number): Insn => one("call", { imm: id }),
  /** A bpf-to-bpf call: imm is relative to the next slot. */
  local: (off: number): Insn => one("call_local", { imm: off }),
  kfunc: (btfId: number, off = 0): Insn => one("call_kfunc", { imm: btfId, off }),
  reg: (dst: number): Insn => one("callx", { dst }),
};

export const exit = (): Insn => one("exit", {});

export type SizeName = "b" | "h" | "w" | "dw";
export const SIZE_NAME: Readonly<Record<1 | 2 | 4 | 8, SizeName>> = { 1: "b", 2: "h", 4: "w", 8: "dw" };

type Sized<F> = Record<SizeName, F>;
const sized = <F>(f: (s: SizeName) => F): Sized<F> => ({ b: f("b"), h: f("h"), w: f("w"), dw: f("dw") });

/** dst = *(uN *)(src + off). */
export const ldx: Sized<(dst: number, src: number, off: number) => Insn> = sized((s) => (dst, src, off) => one(`ldx${s}`, { dst, src, off }));
/** dst = *(sN *)(src + off), cpu v4. */
export const ldxs: Omit<Sized<(dst: number, src: number, off: number) => Insn>, "dw"> = {
  b: (dst, src, off) => one("ldxsb", { dst, src, off }),
  h: (dst, src, off) => one("ldxsh", { dst, src, off }),
  w: (dst, src, off) => one("ldxsw", { dst, src, off }),
};
/** *(uN *)(dst + off) = src. */
export const stx: Sized<(dst: number, off: number, src: number) => Insn> = sized((s) => (dst, off, src) => one(`stx${s}`, { dst, src, off }));
/** *(uN *)(dst + off) = imm. */
export const st: Sized<(dst: number, off: number, imm: number) => Insn> = sized((s) => (dst, off, imm) => one(`st${s}`, { dst, off, imm }));

export type AtomicName = "add" | "or" | "and" | "xor" | "fetch_add" | "fetch_or" | "fetch_and" | "fetch_xor" | "xchg" | "cmpxchg";
const ATOMIC_NAMES: readonly AtomicName[] = ["add", "or", "and", "xor", "fetch_add", "fetch_or", "fetch_and", "fetch_xor", "xchg", "cmpxchg"];

/** lock *(uN *)(dst + off) op= src; fetch forms and xchg put the old value in src, cmpxchg in r0. */
function atomicBuilder(w: 32 | 64): Record<AtomicName, (dst: number, off: number, src: number) => Insn> {
  const b = {} as Record<AtomicName, (dst: number, off: number, src: number) => Insn>;
  for (const n of ATOMIC_NAMES) b[n] = (dst, off, src) => one(`lock_${n}${w}`, { dst, src, off });
  return b;
}
export const atomic32 = atomicBuilder(32);
export const atomic64 = atomicBuilder(64);

/** Byte order: le/be (ALU class, to/from little or big endian) and the unconditional bswap (cpu v4). */
export const endian = {
  le: (dst: number, bits: 16 | 32 | 64): Insn => one(`le${bits}`, { dst }),
  be: (dst: number, bits: 16 | 32 | 64): Insn => one(`be${bits}`, { dst }),
  bswap: (dst: number, bits: 16 | 32 | 64): Insn => one(`bswap${bits}`, { dst }),
};

/** The two slots of dst = imm64. */
export const ld_imm64 = (dst: number, value: bigint): Insn[] => build("lddw", { dst, imm64: value });
/** dst = the map at index idx (src 1, relocated by the loader). */
export const ld_map = (dst: number, idx: number): Insn[] => build("lddw_map_fd", { dst, imm: idx, src: LdImmSrc.MAP_FD });
/** dst = the address of byte off of the value of the map at index idx (src 2). */
export const ld_map_value = (dst: number, idx: number, off: number): Insn[] => {
  const [lo, hi] = build("lddw_map_value", { dst, imm: idx });
  return [lo, { ...hi, imm: off | 0 }];
};
/** dst = the address of the subprogram at pc + 1 + off (src 4), for callbacks. */
export const ld_func = (dst: number, off: number): Insn[] => build("lddw_func", { dst, imm: off });
