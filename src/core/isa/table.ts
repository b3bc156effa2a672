// The instruction table: every instruction form of RFC 9669 and Linux 6.x, v1 to v4.
// Assembler, disassembler, decoder, interpreter, verifier and the editor's language all read it.
//
// A form is identified by its opcode byte plus, where the opcode alone is ambiguous, a
// discriminator on another field (off for sdiv/smod/movsx, imm for byte swaps and atomics,
// src for calls and ld_imm64). Fields a form does not use must be zero.

import { AluOp, AtomicOp, CallSrc, Class, JmpOp, LdImmSrc, Mode, SizeBits, Source } from "./opcode.ts";
import type { AccessSize } from "./opcode.ts";

export type Kind =
  | "alu" // dst op= src|imm (add sub mul div sdiv or and lsh rsh mod smod xor arsh)
  | "mov" // dst = src|imm
  | "movsx" // dst = (sN)src
  | "addr_space_cast"
  | "neg"
  | "end" // le/be (ALU class) and bswap (ALU64 class)
  | "jcc" // if dst op src|imm goto off
  | "ja" // goto off
  | "gotol" // goto imm (JMP32|JA)
  | "may_goto"
  | "call" // helper, local or kfunc, by src
  | "callx"
  | "exit"
  | "lddw" // ld_imm64, every src mode
  | "ldabs"
  | "ldind"
  | "ldx"
  | "ldxsx"
  | "st"
  | "stx"
  | "atomic" // add/or/and/xor with or without fetch, xchg, cmpxchg
  | "load_acq"
  | "store_rel";

export type Field = "dst" | "src" | "off" | "imm";

export interface OpSpec {
  /** Unique, stable name of the form, e.g. "add64_imm", "ldxw", "lock_fetch_add32". */
  readonly id: string;
  readonly code: number;
  readonly kind: Kind;
  /** ALU op, jump condition, atomic op, endian kind or call kind. */
  readonly op: string;
  /** Operand width: 32 for ALU/JMP32/32-bit atomics, 64 otherwise. */
  readonly width: 32 | 64;
  /** Memory access size in bytes, for loads, stores and atomics. */
  readonly size?: AccessSize;
  readonly source: "imm" | "reg" | "none";
  /** Required values of fields that select this form among others with the same opcode. */
  readonly match: { readonly src?: number; readonly off?: number; readonly imm?: number };
  /** Fields that carry operands; every other field must be zero (except those in match). */
  readonly uses: readonly Field[];
  /** Where imm is an operand with only a few meaningful values, those values. */
  readonly immIn?: readonly number[];
  /** Lowest ISA version (cpu v1..v4) that has the form. */
  readonly version: 1 | 2 | 3 | 4;
  readonly slots: 1 | 2;
}

const specs: OpSpec[] = [];
const add = (s: OpSpec) => specs.push(s);

interface AluDef {
  readonly name: string;
  readonly op: number;
  readonly off?: number;
  readonly version: 1 | 4;
}
const aluDefs: readonly AluDef[] = [
  { name: "add", op: AluOp.ADD, version: 1 },
  { name: "sub", op: AluOp.SUB, version: 1 },
  { name: "mul", op: AluOp.MUL, version: 1 },
  { name: "div", op: AluOp.DIV, off: 0, version: 1 },
  { name: "sdiv", op: AluOp.DIV, off: 1, version: 4 },
  { name: "or", op: AluOp.OR, version: 1 },
  { name: "and", op: AluOp.AND, version: 1 },
  { name: "lsh", op: AluOp.LSH, version: 1 },
  { name: "rsh", op: AluOp.RSH, version: 1 },
  { name: "mod", op: AluOp.MOD, off: 0, version: 1 },
  { name: "smod", op: AluOp.MOD, off: 1, version: 4 },
  { name: "xor", op: AluOp.XOR, version: 1 },
  { name: "arsh", op: AluOp.ARSH, version: 1 },
];

for (const [cls, width, sfx] of [
  [Class.ALU, 32, "32"],
  [Class.ALU64, 64, "64"],
] as const) {
  for (const d of aluDefs) {
    const match = d.off === undefined ? {} : { off: d.off };
    add({ id: `${d.name}${sfx}_imm`, code: cls | d.op | Source.K, kind: "alu", op: d.name, width, source: "imm", match, uses: ["dst", "imm"], version: d.version, slots: 1 });
    add({ id: `${d.name}${sfx}_reg`, code: cls | d.op | Source.X, kind: "alu", op: d.name, width, source: "reg", match, uses: ["dst", "src"], version: d.version, slots: 1 });
  }
  add({ id: `neg${sfx}`, code: cls | AluOp.NEG | Source.K, kind: "neg", op: "neg", width, source: "none", match: {}, uses: ["dst"], version: 1, slots: 1 });
  add({ id: `mov${sfx}_imm`, code: cls | AluOp.MOV | Source.K, kind: "mov", op: "mov", width, source: "imm", match: {}, uses: ["dst", "imm"], version: 1, slots: 1 });
  add({ id: `mov${sfx}_reg`, code: cls | AluOp.MOV | Source.X, kind: "mov", op: "mov", width, source: "reg", match: { off: 0 }, uses: ["dst", "src"], version: 1, slots: 1 });
  for (const bits of width === 32 ? [8, 16] : [8, 16, 32]) {
    add({ id: `movsx${bits}${sfx}`, code: cls | AluOp.MOV | Source.X, kind: "movsx", op: `s${bits}`, width, source: "reg", match: { off: bits }, uses: ["dst", "src"], version: 4, slots: 1 });
  }
}
// addr_space_cast (Linux 6.9): ALU64 mov with off=1; imm = dst_as << 16 | src_as, and the
// kernel converts only between address spaces 0 and 1.
add({ id: "addr_space_cast", code: Class.ALU64 | AluOp.MOV | Source.X, kind: "addr_space_cast", op: "addr_space_cast", width: 64, source: "reg", match: { off: 1 }, uses: ["dst", "src", "imm"], immIn: [1, 0x10000], version: 4, slots: 1 });

for (const bits of [16, 32, 64]) {
  add({ id: `le${bits}`, code: Class.ALU | AluOp.END | Source.K, kind: "end", op: `le${bits}`, width: 64, source: "none", match: { imm: bits }, uses: ["dst"], version: 1, slots: 1 });
  add({ id: `be${bits}`, code: Class.ALU | AluOp.END | Source.X, kind: "end", op: `be${bits}`, width: 64, source: "none", match: { imm: bits }, uses: ["dst"], version: 1, slots: 1 });
  add({ id: `bswap${bits}`, code: Class.ALU64 | AluOp.END | Source.K, kind: "end", op: `bswap${bits}`, width: 64, source: "none", match: { imm: bits }, uses: ["dst"], version: 4, slots: 1 });
}

const jccDefs: readonly { name: string; op: number; version: 1 | 2 }[] = [
  { name: "jeq", op: JmpOp.JEQ, version: 1 },
  { name: "jgt", op: JmpOp.JGT, version: 1 },
  { name: "jge", op: JmpOp.JGE, version: 1 },
  { name: "jset", op: JmpOp.JSET, version: 1 },
  { name: "jne", op: JmpOp.JNE, version: 1 },
  { name: "jsgt", op: JmpOp.JSGT, version: 1 },
  { name: "jsge", op: JmpOp.JSGE, version: 1 },
  { name: "jlt", op: JmpOp.JLT, version: 2 },
  { name: "jle", op: JmpOp.JLE, version: 2 },
  { name: "jslt", op: JmpOp.JSLT, version: 2 },
  { name: "jsle", op: JmpOp.JSLE, version: 2 },
];
for (const [cls, width, sfx] of [
  [Class.JMP, 64, ""],
  [Class.JMP32, 32, "32"],
] as const) {
  for (const d of jccDefs) {
    const version = cls === Class.JMP32 ? 3 : d.version;
    add({ id: `${d.name}${sfx}_imm`, code: cls | d.op | Source.K, kind: "jcc", op: d.name, width, source: "imm", match: {}, uses: ["dst", "off", "imm"], version, slots: 1 });
    add({ id: `${d.name}${sfx}_reg`, code: cls | d.op | Source.X, kind: "jcc", op: d.name, width, source: "reg", match: {}, uses: ["dst", "src", "off"], version, slots: 1 });
  }
}
add({ id: "ja", code: Class.JMP | JmpOp.JA, kind: "ja", op: "ja", width: 64, source: "none", match: {}, uses: ["off"], version: 1, slots: 1 });
add({ id: "gotol", code: Class.JMP32 | JmpOp.JA, kind: "gotol", op: "gotol", width: 64, source: "none", match: {}, uses: ["imm"], version: 4, slots: 1 });
add({ id: "may_goto", code: Class.JMP | JmpOp.JCOND, kind: "may_goto", op: "may_goto", width: 64, source: "none", match: { src: 0 }, uses: ["off"], version: 4, slots: 1 });
add({ id: "call", code: Class.JMP | JmpOp.CALL, kind: "call", op: "helper", width: 64, source: "none", match: { src: CallSrc.HELPER }, uses: ["imm"], version: 1, slots: 1 });
add({ id: "call_local", code: Class.JMP | JmpOp.CALL, kind: "call", op: "local", width: 64, source: "none", match: { src: CallSrc.LOCAL }, uses: ["imm"], version: 1, slots: 1 });
add({ id: "call_kfunc", code: Class.JMP | JmpOp.CALL, kind: "call", op: "kfunc", width: 64, source: "none", match: { src: CallSrc.KFUNC }, uses: ["imm", "off"], version: 1, slots: 1 });
add({ id: "callx", code: Class.JMP | JmpOp.CALL | Source.X, kind: "callx", op: "callx", width: 64, source: "reg", match: {}, uses: ["dst"], version: 4, slots: 1 });
add({ id: "exit", code: Class.JMP | JmpOp.EXIT, kind: "exit", op: "exit", width: 64, source: "none", match: {}, uses: [], version: 1, slots: 1 });

const lddwModes: readonly [string, number, readonly Field[]][] = [
  ["lddw", LdImmSrc.IMM, ["dst", "imm"]],
  ["lddw_map_fd", LdImmSrc.MAP_FD, ["dst", "imm"]],
  ["lddw_map_value", LdImmSrc.MAP_VALUE, ["dst", "imm"]],
  ["lddw_btf_id", LdImmSrc.BTF_ID, ["dst", "imm"]],
  ["lddw_func", LdImmSrc.FUNC, ["dst", "imm"]],
  ["lddw_map_idx", LdImmSrc.MAP_IDX, ["dst", "imm"]],
  ["lddw_map_idx_value", LdImmSrc.MAP_IDX_VALUE, ["dst", "imm"]],
];
for (const [id, src, uses] of lddwModes) {
  add({ id, code: Class.LD | Mode.IMM | SizeBits[8], kind: "lddw", op: id, width: 64, source: "none", match: { src }, uses, version: 1, slots: 2 });
}

const sizeSuffix: Record<AccessSize, string> = { 1: "b", 2: "h", 4: "w", 8: "dw" };
for (const size of [1, 2, 4] as const) {
  const s = sizeSuffix[size];
  add({ id: `ldabs${s}`, code: Class.LD | Mode.ABS | SizeBits[size], kind: "ldabs", op: "ldabs", width: 64, size, source: "none", match: {}, uses: ["imm"], version: 1, slots: 1 });
  add({ id: `ldind${s}`, code: Class.LD | Mode.IND | SizeBits[size], kind: "ldind", op: "ldind", width: 64, size, source: "reg", match: {}, uses: ["src", "imm"], version: 1, slots: 1 });
}
for (const size of [1, 2, 4, 8] as const) {
  const s = sizeSuffix[size];
  add({ id: `ldx${s}`, code: Class.LDX | Mode.MEM | SizeBits[size], kind: "ldx", op: "ldx", width: 64, size, source: "reg", match: {}, uses: ["dst", "src", "off"], version: 1, slots: 1 });
  if (size !== 8) {
    add({ id: `ldxs${s}`, code: Class.LDX | Mode.MEMSX | SizeBits[size], kind: "ldxsx", op: "ldxsx", width: 64, size, source: "reg", match: {}, uses: ["dst", "src", "off"], version: 4, slots: 1 });
  }
  add({ id: `st${s}`, code: Class.ST | Mode.MEM | SizeBits[size], kind: "st", op: "st", width: 64, size, source: "imm", match: {}, uses: ["dst", "off", "imm"], version: 1, slots: 1 });
  add({ id: `stx${s}`, code: Class.STX | Mode.MEM | SizeBits[size], kind: "stx", op: "stx", width: 64, size, source: "reg", match: {}, uses: ["dst", "src", "off"], version: 1, slots: 1 });
  const atomicCode = Class.STX | Mode.ATOMIC | SizeBits[size];
  add({ id: `load_acq${s}`, code: atomicCode, kind: "load_acq", op: "load_acquire", width: size === 8 ? 64 : 32, size, source: "reg", match: { imm: AtomicOp.LOAD_ACQ }, uses: ["dst", "src", "off"], version: 4, slots: 1 });
  add({ id: `store_rel${s}`, code: atomicCode, kind: "store_rel", op: "store_release", width: size === 8 ? 64 : 32, size, source: "reg", match: { imm: AtomicOp.STORE_REL }, uses: ["dst", "src", "off"], version: 4, slots: 1 });
}

const atomicDefs: readonly [string, number, 1 | 3][] = [
  ["add", AtomicOp.ADD, 1],
  ["or", AtomicOp.OR, 3],
  ["and", AtomicOp.AND, 3],
  ["xor", AtomicOp.XOR, 3],
  ["fetch_add", AtomicOp.ADD | AtomicOp.FETCH, 3],
  ["fetch_or", AtomicOp.OR | AtomicOp.FETCH, 3],
  ["fetch_and", AtomicOp.AND | AtomicOp.FETCH, 3],
  ["fetch_xor", AtomicOp.XOR | AtomicOp.FETCH, 3],
  ["xchg", AtomicOp.XCHG, 3],
  ["cmpxchg", AtomicOp.CMPXCHG, 3],
];
for (const size of [4, 8] as const) {
  const width = size === 8 ? 64 : 32;
  for (const [name, imm, version] of atomicDefs) {
    add({ id: `lock_${name}${width}`, code: Class.STX | Mode.ATOMIC | SizeBits[size], kind: "atomic", op: name, width, size, source: "reg", match: { imm }, uses: ["dst", "src", "off"], version, slots: 1 });
  }
}

export const OPS: readonly OpSpec[] = specs;

const byId = new Map(specs.map((s) => [s.id, s]));
const byCode: (OpSpec[] | undefined)[] = new Array(256);
for (const s of specs) (byCode[s.code] ??= []).push(s);

export function opById(id: string): OpSpec {
  const s = byId.get(id);
  if (!s) throw new Error(`internal: no instruction form named ${id}`);
  return s;
}

/** Every form that has this opcode byte (empty for an unknown opcode). */
export function opsByCode(code: number): readonly OpSpec[] {
  return byCode[code & 0xff] ?? [];
}

export function sizeName(size: AccessSize): string {
  return sizeSuffix[size];
}
