// The code the compiler (jit.ts) emits for one instruction: ALU and jumps here, registers as
// pairs of int32 locals (l<k> the low word, h<k> the high); loads, stores and atomics in
// jit_memory.ts. Calls and exits are the block's business (jit.ts).

import type { Code } from "./decode.ts";
import { atomicCode, loadCode, storeCode, u } from "./jit_memory.ts";

/** How control goes to a slot: the dispatching function sets pc and loops, the straight one breaks out of a labelled block. */
export type Goto = (target: number) => string;
export const dispatch: Goto = (t) => `pc = ${t}; continue L;`;
export const straight: Goto = (t) => `break B${t};`;

/** JavaScript for one instruction at pc. */
export function emit(c: Code, pc: number, go: Goto, stack: boolean): string {
  const op = c.op[pc], d = c.dst[pc], s = c.src[pc], off = c.off[pc], imm = c.imm[pc];
  const L = `l${d}`, H = `h${d}`;
  const x = (op & 8) === 0;
  const bl = x ? `${imm}` : `l${s}`;
  const bh = x ? `${imm >> 31}` : `h${s}`;
  const jump = (cond: string, target: number) => `if (${cond}) { ${go(target)} }`;
  const tgt = pc + off + 1;
  switch (op) {
    // ALU64
    case 0x07: case 0x0f:
      return `{ const a = ${L}, r = (a + ${bl}) | 0; ${H} = (${H} + ${bh} + (${u("r")} < ${u("a")} ? 1 : 0)) | 0; ${L} = r; }`;
    case 0x17: case 0x1f:
      return `{ const a = ${L}, b = ${bl}; ${L} = (a - b) | 0; ${H} = (${H} - ${bh} - (${u("a")} < ${u("b")} ? 1 : 0)) | 0; }`;
    case 0x27: case 0x2f:
      return `{ const al = ${L}, ah = ${H}, b = ${bl}; ${H} = (Math.imul(al, ${bh}) + Math.imul(ah, b) + mulhi(al >>> 0, b >>> 0)) | 0; ${L} = Math.imul(al, b); }`;
    case 0x37: case 0x3f: case 0x97: case 0x9f:
      return `{ const r = ${op < 0x90 ? "div64" : "mod64"}(${H}, ${L}, ${bh}, ${bl}, ${off === 1}); ${H} = r[0]; ${L} = r[1]; }`;
    case 0x47: case 0x4f:
      return `${L} |= ${bl}; ${H} |= ${bh};`;
    case 0x57: case 0x5f:
      return `${L} &= ${bl}; ${H} &= ${bh};`;
    case 0xa7: case 0xaf:
      return `${L} ^= ${bl}; ${H} ^= ${bh};`;
    case 0x67: case 0x6f:
      return `{ const sh = ${bl} & 63; if (sh >= 32) { ${H} = ${L} << (sh - 32); ${L} = 0; } else if (sh !== 0) { ${H} = (${H} << sh) | (${L} >>> (32 - sh)); ${L} <<= sh; } }`;
    case 0x77: case 0x7f:
      return `{ const sh = ${bl} & 63; if (sh >= 32) { ${L} = (${H} >>> (sh - 32)) | 0; ${H} = 0; } else if (sh !== 0) { ${L} = (${L} >>> sh) | (${H} << (32 - sh)); ${H} = (${H} >>> sh) | 0; } }`;
    case 0xc7: case 0xcf:
      return `{ const sh = ${bl} & 63; if (sh >= 32) { ${L} = ${H} >> (sh - 32); ${H} >>= 31; } else if (sh !== 0) { ${L} = (${L} >>> sh) | (${H} << (32 - sh)); ${H} >>= sh; } }`;
    case 0x87:
      return `{ const v = ${L}; ${L} = -v | 0; ${H} = (~${H} + (v === 0 ? 1 : 0)) | 0; }`;
    case 0xb7:
      return `${L} = ${imm}; ${H} = ${imm >> 31};`;
    case 0xbf:
      if (off === 0) return `${L} = l${s}; ${H} = h${s};`;
      if (off === 32) return `${L} = l${s}; ${H} = l${s} >> 31;`;
      return `${L} = (l${s} << ${32 - off}) >> ${32 - off}; ${H} = ${L} >> 31;`;
    case 0xd7:
      if (imm === 16) return `${L} = bswap16(${L}); ${H} = 0;`;
      if (imm === 32) return `${L} = bswap32(${L}); ${H} = 0;`;
      return `{ const v = ${L}; ${L} = bswap32(${H}); ${H} = bswap32(v); }`;
    // ALU
    case 0x04: case 0x0c: return `${L} = (${L} + ${bl}) | 0; ${H} = 0;`;
    case 0x14: case 0x1c: return `${L} = (${L} - ${bl}) | 0; ${H} = 0;`;
    case 0x24: case 0x2c: return `${L} = Math.imul(${L}, ${bl}); ${H} = 0;`;
    case 0x34: case 0x3c: case 0x94: case 0x9c:
      return `${L} = ${op < 0x90 ? "div32" : "mod32"}(${L}, ${bl}, ${off === 1}); ${H} = 0;`;
    case 0x44: case 0x4c: return `${L} |= ${bl}; ${H} = 0;`;
    case 0x54: case 0x5c: return `${L} &= ${bl}; ${H} = 0;`;
    case 0x64: case 0x6c: return `${L} <<= ${bl} & 31; ${H} = 0;`;
    // locals must stay int32: >>> gives an unsigned double, so | 0 it back
    case 0x74: case 0x7c: return `${L} = (${L} >>> (${bl} & 31)) | 0; ${H} = 0;`;
    case 0xc4: case 0xcc: return `${L} >>= ${bl} & 31; ${H} = 0;`;
    case 0x84: return `${L} = -${L} | 0; ${H} = 0;`;
    case 0xa4: case 0xac: return `${L} ^= ${bl}; ${H} = 0;`;
    case 0xb4: return `${L} = ${imm}; ${H} = 0;`;
    case 0xbc:
      return off === 0 ? `${L} = l${s}; ${H} = 0;` : `${L} = (l${s} << ${32 - off}) >> ${32 - off}; ${H} = 0;`;
    case 0xd4:
      return imm === 16 ? `${L} &= 0xffff; ${H} = 0;` : imm === 32 ? `${H} = 0;` : "";
    case 0xdc:
      if (imm === 16) return `${L} = bswap16(${L}); ${H} = 0;`;
      if (imm === 32) return `${L} = bswap32(${L}); ${H} = 0;`;
      return `{ const v = ${L}; ${L} = bswap32(${H}); ${H} = bswap32(v); }`;
    // JMP
    case 0x05: return go(tgt);
    case 0x06: return go(pc + imm + 1);
    case 0xe5: return "";
    case 0x15: case 0x1d: return jump(`${L} === ${bl} && ${H} === ${bh}`, tgt);
    case 0x55: case 0x5d: return jump(`${L} !== ${bl} || ${H} !== ${bh}`, tgt);
    case 0x45: case 0x4d: return jump(`(${L} & ${bl}) !== 0 || (${H} & ${bh}) !== 0`, tgt);
    case 0x16: case 0x1e: return jump(`${L} === ${bl}`, tgt);
    case 0x56: case 0x5e: return jump(`${L} !== ${bl}`, tgt);
    case 0x46: case 0x4e: return jump(`(${L} & ${bl}) !== 0`, tgt);
    case 0x95: return "";
    case 0x18:
      // a pseudo source (a map, a map value, a function) asks the session; src 0 is a constant
      if (s !== 0) return `{ const p = ldPseudo(m, ${pc}, ${s}, ${imm}, ${c.imm2[pc]}); ${L} = p[1]; ${H} = p[0]; }`;
      return `${L} = ${imm}; ${H} = ${c.imm2[pc]};`;
  }
  const cls = op & 7;
  if (cls === 5 || cls === 6) {
    const cmp = op & 0xf0;
    const signed = cmp === 0x60 || cmp === 0x70 || cmp === 0xc0 || cmp === 0xd0;
    const rel = { 0x20: ">", 0x60: ">", 0x30: ">=", 0x70: ">=", 0xa0: "<", 0xc0: "<", 0xb0: "<=", 0xd0: "<=" }[cmp]!;
    if (cls === 6) return jump(signed ? `${L} ${rel} ${bl}` : `${u(L)} ${rel} ${u(bl)}`, tgt);
    const hiCmp = signed ? `${H} ${rel[0]} ${bh}` : `${u(H)} ${rel[0]} ${u(bh)}`;
    return jump(`${H} !== ${bh} ? ${hiCmp} : ${u(L)} ${rel} ${u(bl)}`, tgt);
  }
  if (cls === 1) return loadCode(c, pc, stack);
  if (cls === 3 && (op & 0xe0) === 0xc0) return atomicCode(c, pc);
  if (cls === 2 || cls === 3) return storeCode(c, pc, stack);
  throw new Error(`internal: jit has no code for opcode 0x${op.toString(16)}`);
}
