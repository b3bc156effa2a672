// The opcode byte and its bit fields (RFC 9669, section 3).
//
//   ALU/JMP classes:   +-------+----+-------+      load/store classes: +-----+------+-------+
//                      | op(4) |s(1)| cls(3)|                          |md(3)|sz(2) | cls(3)|
//                      +-------+----+-------+                          +-----+------+-------+

export const Class = {
  LD: 0x00,
  LDX: 0x01,
  ST: 0x02,
  STX: 0x03,
  ALU: 0x04,
  JMP: 0x05,
  JMP32: 0x06,
  ALU64: 0x07,
} as const;

export const Source = { K: 0x00, X: 0x08 } as const;

export const AluOp = {
  ADD: 0x00,
  SUB: 0x10,
  MUL: 0x20,
  DIV: 0x30,
  OR: 0x40,
  AND: 0x50,
  LSH: 0x60,
  RSH: 0x70,
  NEG: 0x80,
  MOD: 0x90,
  XOR: 0xa0,
  MOV: 0xb0,
  ARSH: 0xc0,
  END: 0xd0,
} as const;

export const JmpOp = {
  JA: 0x00,
  JEQ: 0x10,
  JGT: 0x20,
  JGE: 0x30,
  JSET: 0x40,
  JNE: 0x50,
  JSGT: 0x60,
  JSGE: 0x70,
  CALL: 0x80,
  EXIT: 0x90,
  JLT: 0xa0,
  JLE: 0xb0,
  JSLT: 0xc0,
  JSLE: 0xd0,
  JCOND: 0xe0,
} as const;

export const Mode = {
  IMM: 0x00,
  ABS: 0x20,
  IND: 0x40,
  MEM: 0x60,
  MEMSX: 0x80,
  ATOMIC: 0xc0,
} as const;

/** Size field value by access width in bytes. */
export const SizeBits = { 1: 0x10, 2: 0x08, 4: 0x00, 8: 0x18 } as const;
export type AccessSize = 1 | 2 | 4 | 8;

/** Atomic operation codes, carried in imm of BPF_STX|BPF_ATOMIC. */
export const AtomicOp = {
  ADD: 0x00,
  OR: 0x40,
  AND: 0x50,
  XOR: 0xa0,
  FETCH: 0x01,
  XCHG: 0xe0 | 0x01,
  CMPXCHG: 0xf0 | 0x01,
  LOAD_ACQ: 0x100,
  STORE_REL: 0x110,
} as const;

/** Source-register values of ld_imm64 (BPF_PSEUDO_*). */
export const LdImmSrc = {
  IMM: 0,
  MAP_FD: 1,
  MAP_VALUE: 2,
  BTF_ID: 3,
  FUNC: 4,
  MAP_IDX: 5,
  MAP_IDX_VALUE: 6,
} as const;

/** Source-register values of call (BPF_PSEUDO_CALL, BPF_PSEUDO_KFUNC_CALL). */
export const CallSrc = { HELPER: 0, LOCAL: 1, KFUNC: 2 } as const;

export const opClass = (code: number): number => code & 0x07;
export const opSource = (code: number): number => code & 0x08;
export const aluOp = (code: number): number => code & 0xf0;
export const jmpOp = (code: number): number => code & 0xf0;
export const opMode = (code: number): number => code & 0xe0;
export const opSizeBits = (code: number): number => code & 0x18;

export function sizeOf(code: number): AccessSize {
  switch (code & 0x18) {
    case 0x10:
      return 1;
    case 0x08:
      return 2;
    case 0x00:
      return 4;
    default:
      return 8;
  }
}

export const isAluClass = (code: number): boolean => {
  const c = opClass(code);
  return c === Class.ALU || c === Class.ALU64;
};

export const isJmpClass = (code: number): boolean => {
  const c = opClass(code);
  return c === Class.JMP || c === Class.JMP32;
};
