// An instruction as the kernel's verifier log prints it, `(61) r2 = *(u32 *)(r1 +76)`, back to the
// instruction: the opcode byte is printed, so the text only has to give the registers, the offset
// and the immediate. The forms are those of the kernel's print_bpf_insn (kernel/bpf/disasm.c),
// read for their shape; anything else is refused with a reason rather than guessed.

import type { Insn } from "../../isa/index.ts";

/** One decoded log instruction: one slot, or two for a 64-bit immediate load. */
export type LogInsn = { readonly insns: readonly Insn[] } | { readonly error: string };

const CLS_LD = 0, CLS_LDX = 1, CLS_ST = 2, CLS_STX = 3, CLS_ALU = 4, CLS_JMP = 5, CLS_JMP32 = 6, CLS_ALU64 = 7;
const MODE_ATOMIC = 0xc0, MODE_MEMSX = 0x80, MODE_ABS = 0x20, MODE_IND = 0x40;

const REG = String.raw`([rw])(\d+)`;
const NUM = String.raw`(-?(?:0x[0-9a-fA-F]+|\d+))`;
const MEM = String.raw`\*\((?:[us])(?:8|16|32|64) \*\)\(r(\d+) ?([+-]\d+)\)`;

const int = (s: string): number => {
  const neg = s.startsWith("-");
  const v = BigInt(neg ? s.slice(1) : s);
  return Number(BigInt.asIntN(32, neg ? -v : v));
};
const one = (code: number, dst = 0, src = 0, off = 0, imm = 0): LogInsn => ({ insns: [{ code, dst, src, off, imm }] });
const regNo = (s: string): number => Number(s);

/** The atomic operation in imm, from the text's operator or function name. */
const ATOMIC_OPS: Readonly<Record<string, number>> = {
  "+=": 0x00, "|=": 0x40, "&=": 0x50, "^=": 0xa0,
  fetch_add: 0x01, fetch_or: 0x41, fetch_and: 0x51, fetch_xor: 0xa1, xchg: 0xe1, cmpxchg: 0xf1,
};

/** `code` is the printed opcode byte, `text` what follows it. */
export function decodeLogInsn(code: number, text: string): LogInsn {
  const cls = code & 7;
  const t = text.trim();
  const bad = (): LogInsn => ({ error: `(${code.toString(16).padStart(2, "0")}) ${t}: not an instruction form bpfplay reads from a kernel log` });
  let m: RegExpExecArray | null;
  switch (cls) {
    case CLS_ALU:
    case CLS_ALU64: {
      if ((m = new RegExp(`^${REG} = -${REG}$`).exec(t))) return one(code, regNo(m[2]));
      if ((m = new RegExp(`^${REG} = (?:le|be|bswap)(\\d+) ${REG}$`).exec(t))) return one(code, regNo(m[2]), 0, 0, Number(m[3]));
      if ((m = new RegExp(`^${REG} = \\(s(8|16|32)\\)${REG}$`).exec(t))) return one(code, regNo(m[2]), regNo(m[5]), Number(m[3]));
      if ((m = new RegExp(`^${REG} (s/|s%|s>>|<<|>>|[-+*/%&|^])?= (?:${REG}|${NUM})$`).exec(t))) {
        // `s/=` and `s%=` are the signed forms: off 1 (cpu v4); `s>>=` is its own opcode
        const off = m[3] === "s/" || m[3] === "s%" ? 1 : 0;
        return m[4] !== undefined ? one(code, regNo(m[2]), regNo(m[5]), off) : one(code, regNo(m[2]), 0, off, int(m[6]));
      }
      return bad();
    }
    case CLS_JMP:
    case CLS_JMP32: {
      const op = code & 0xf0;
      if (op === 0x90) return t === "exit" ? one(code) : bad();
      if (op === 0x80) {
        if ((m = /^call (?:[A-Za-z_][A-Za-z0-9_]*)?#(-?\d+)$/.exec(t))) return one(code, 0, 0, 0, Number(m[1]));
        if ((m = /^call pc([+-]\d+)$/.exec(t))) return one(code, 0, 1, 0, Number(m[1]));
        if ((m = /^call (?:unknown|kernel-function)?#?(-?\d+)?$/.exec(t)) && m[1] !== undefined) return one(code, 0, 2, 0, Number(m[1]));
        if ((m = /^callx r(\d+)$/.exec(t))) return one(code, regNo(m[1]));
        return bad();
      }
      if (op === 0x00) {
        if (cls === CLS_JMP32 && (m = /^gotol pc([+-]\d+)$/.exec(t))) return one(code, 0, 0, 0, Number(m[1]));
        if ((m = /^goto pc([+-]\d+)$/.exec(t))) return one(code, 0, 0, Number(m[1]));
        return bad();
      }
      if (op === 0xe0 && (m = /^may_goto pc([+-]\d+)$/.exec(t))) return one(code, 0, 0, Number(m[1]));
      // `if r1 (null) 0 goto`: the kernel has no name for this jump's operator; the fields are still there
      if ((m = new RegExp(`^if ${REG} (?:\\S+) (?:${REG}|${NUM}) goto pc([+-]\\d+)$`).exec(t))) {
        const off = Number(m[6]);
        return m[3] !== undefined ? one(code, regNo(m[2]), regNo(m[4]), off) : one(code, regNo(m[2]), 0, off, int(m[5]));
      }
      return bad();
    }
    case CLS_LDX: {
      if ((code & 0xe0) !== 0x60 && (code & 0xe0) !== MODE_MEMSX) return bad();
      if ((m = new RegExp(`^${REG} = ${MEM}$`).exec(t))) return one(code, regNo(m[2]), regNo(m[3]), Number(m[4]));
      return bad();
    }
    case CLS_ST:
      if ((m = new RegExp(`^${MEM} = ${NUM}$`).exec(t))) return one(code, regNo(m[1]), 0, Number(m[2]), int(m[3]));
      return bad();
    case CLS_STX: {
      if ((code & 0xe0) === MODE_ATOMIC) {
        if ((m = new RegExp(`^lock ${MEM} (\\S+) ${REG}$`).exec(t)) && ATOMIC_OPS[m[3]] !== undefined) return one(code, regNo(m[1]), regNo(m[5]), Number(m[2]), ATOMIC_OPS[m[3]]);
        if ((m = /^(?:[rw](\d+)|r0) = atomic(?:64)?_(fetch_add|fetch_or|fetch_and|fetch_xor|xchg|cmpxchg)\(\((?:u)(?:8|16|32|64) \*\)\(r(\d+) ?([+-]\d+)\), (?:[rw]0, )?[rw](\d+)\)$/.exec(t))) {
          return one(code, regNo(m[3]), regNo(m[5]), Number(m[4]), ATOMIC_OPS[m[2]]);
        }
        return bad();
      }
      if ((m = new RegExp(`^${MEM} = ${REG}$`).exec(t))) return one(code, regNo(m[1]), regNo(m[4]), Number(m[2]));
      return bad();
    }
    case CLS_LD: {
      const mode = code & 0xe0;
      if (code === 0x18) {
        // A map's address prints as a kernel pointer: kept as it is; the caller decides what it stands for.
        if (!(m = new RegExp(`^r(\\d+) = (0x[0-9a-fA-F]+|-?\\d+)$`).exec(t))) return bad();
        const v = BigInt.asUintN(64, BigInt(m[2]));
        const lo = Number(BigInt.asIntN(32, v & 0xffffffffn)), hi = Number(BigInt.asIntN(32, v >> 32n));
        return { insns: [{ code, dst: regNo(m[1]), src: 0, off: 0, imm: lo }, { code: 0, dst: 0, src: 0, off: 0, imm: hi }] };
      }
      if (mode === MODE_ABS && (m = /^r0 = \*\((?:u)(?:8|16|32|64) \*\)skb\[(-?\d+)\]$/.exec(t))) return one(code, 0, 0, 0, Number(m[1]));
      if (mode === MODE_IND && (m = /^r0 = \*\((?:u)(?:8|16|32|64) \*\)skb\[r(\d+) \+ (-?\d+)\]$/.exec(t))) return one(code, 0, regNo(m[1]), 0, Number(m[2]));
      return bad();
    }
  }
  return bad();
}
