// The interpreter: registers as (hi, lo) int32 pairs in the machine's lo/hi arrays, the program
// pre-decoded into typed arrays (decode.ts), and one switch on the opcode byte, the one place
// where a big switch is right. It stays one function: split by instruction class it would cost a
// call per instruction. It is the reference the compiler (jit.ts) is held to, steps the
// debugger, and runs what compiled code leaves to it and helpers' callbacks.
// Semantics follow RFC 9669 and what BPF_PROG_TEST_RUN gives on Linux.

import { helperName } from "../isa/index.ts";
import { bswap16, bswap32, cmpS64, cmpU64, div32, div64, mod32, mod64, mulhiU32 } from "../isa/int64.ts";
import { MAX_CALL_FRAMES } from "../isa/limits.ts";
import { atomic } from "./atomic.ts";
import { applyTail, CALLBACK_RET, pushFrame } from "./calls.ts";
import { ldAbs, ldImmPseudo } from "./ld.ts";
import type { Machine } from "./machine.ts";
import { HI_TAG, LO_BASE } from "./memory.ts";
import { RAN_BUDGET, RAN_EXIT } from "./stop.ts";

/**
 * Runs from m.pc for at most `budget` instructions: RAN_EXIT (the program, or the callback the
 * frame on top runs, exited) or RAN_BUDGET; a fault throws a FaultError. m.pc and m.executed
 * are up to date when it returns or throws, and before every helper call.
 */
export function interpret(m: Machine, budget: number): number {
  const L = m.lo;
  const H = m.hi;
  let { op, dst, src, off, imm, imm2 } = m.code;
  let pc = m.pc;
  let n = 0;
  // instructions of n already added to m.executed (helpers read the count mid-run)
  let flushed = 0;
  const len = () => op.length;
  try {
    for (;;) {
      if (n >= budget) return RAN_BUDGET;
      const code = op[pc];
      n++;
      const d = dst[pc];
      const s = src[pc];
      switch (code) {
        // ---- ALU64 ------------------------------------------------------------------
        case 0x07: {
          const a = L[d], b = imm[pc], r = (a + b) | 0;
          H[d] = (H[d] + (b >> 31) + ((r >>> 0) < (a >>> 0) ? 1 : 0)) | 0;
          L[d] = r;
          break;
        }
        case 0x0f: {
          const a = L[d], r = (a + L[s]) | 0;
          H[d] = (H[d] + H[s] + ((r >>> 0) < (a >>> 0) ? 1 : 0)) | 0;
          L[d] = r;
          break;
        }
        case 0x17: {
          const a = L[d], b = imm[pc];
          L[d] = (a - b) | 0;
          H[d] = (H[d] - (b >> 31) - ((a >>> 0) < (b >>> 0) ? 1 : 0)) | 0;
          break;
        }
        case 0x1f: {
          const a = L[d], b = L[s];
          L[d] = (a - b) | 0;
          H[d] = (H[d] - H[s] - ((a >>> 0) < (b >>> 0) ? 1 : 0)) | 0;
          break;
        }
        case 0x27:
        case 0x2f: {
          const al = L[d], ah = H[d];
          const bl = code === 0x27 ? imm[pc] : L[s], bh = code === 0x27 ? imm[pc] >> 31 : H[s];
          H[d] = (Math.imul(al, bh) + Math.imul(ah, bl) + mulhiU32(al >>> 0, bl >>> 0)) | 0;
          L[d] = Math.imul(al, bl);
          break;
        }
        case 0x37:
        case 0x3f:
        case 0x97:
        case 0x9f: {
          const [bh, bl] = (code & 8) === 0 ? [imm[pc] >> 31, imm[pc]] : [H[s], L[s]];
          const [rh, rl] = code < 0x90 ? div64(H[d], L[d], bh, bl, off[pc] === 1) : mod64(H[d], L[d], bh, bl, off[pc] === 1);
          H[d] = rh;
          L[d] = rl;
          break;
        }
        case 0x47:
          L[d] |= imm[pc];
          H[d] |= imm[pc] >> 31;
          break;
        case 0x4f:
          L[d] |= L[s];
          H[d] |= H[s];
          break;
        case 0x57:
          L[d] &= imm[pc];
          H[d] &= imm[pc] >> 31;
          break;
        case 0x5f:
          L[d] &= L[s];
          H[d] &= H[s];
          break;
        case 0xa7:
          L[d] ^= imm[pc];
          H[d] ^= imm[pc] >> 31;
          break;
        case 0xaf:
          L[d] ^= L[s];
          H[d] ^= H[s];
          break;
        case 0x67:
        case 0x6f: {
          const sh = ((code & 8) === 0 ? imm[pc] : L[s]) & 63;
          if (sh >= 32) {
            H[d] = L[d] << (sh - 32);
            L[d] = 0;
          } else if (sh !== 0) {
            H[d] = (H[d] << sh) | (L[d] >>> (32 - sh));
            L[d] <<= sh;
          }
          break;
        }
        case 0x77:
        case 0x7f: {
          const sh = ((code & 8) === 0 ? imm[pc] : L[s]) & 63;
          if (sh >= 32) {
            L[d] = H[d] >>> (sh - 32);
            H[d] = 0;
          } else if (sh !== 0) {
            L[d] = (L[d] >>> sh) | (H[d] << (32 - sh));
            H[d] = H[d] >>> sh;
          }
          break;
        }
        case 0xc7:
        case 0xcf: {
          const sh = ((code & 8) === 0 ? imm[pc] : L[s]) & 63;
          if (sh >= 32) {
            L[d] = H[d] >> (sh - 32);
            H[d] >>= 31;
          } else if (sh !== 0) {
            L[d] = (L[d] >>> sh) | (H[d] << (32 - sh));
            H[d] >>= sh;
          }
          break;
        }
        case 0x87: {
          const l = L[d];
          L[d] = -l | 0;
          H[d] = (~H[d] + (l === 0 ? 1 : 0)) | 0;
          break;
        }
        case 0xb7:
          L[d] = imm[pc];
          H[d] = imm[pc] >> 31;
          break;
        case 0xbf: {
          const o = off[pc];
          if (o === 0) {
            L[d] = L[s];
            H[d] = H[s];
          } else if (o === 8 || o === 16) {
            const sh = 32 - o;
            L[d] = (L[s] << sh) >> sh;
            H[d] = L[d] >> 31;
          } else if (o === 32) {
            L[d] = L[s];
            H[d] = L[s] >> 31;
          } else {
            m.fault("invalid_insn", "addr_space_cast needs an arena map, which bpfplay does not model", pc);
          }
          break;
        }
        case 0xd7: {
          const w = imm[pc];
          if (w === 16) {
            L[d] = bswap16(L[d]);
            H[d] = 0;
          } else if (w === 32) {
            L[d] = bswap32(L[d]);
            H[d] = 0;
          } else {
            const l = L[d];
            L[d] = bswap32(H[d]);
            H[d] = bswap32(l);
          }
          break;
        }
        // ---- ALU (32-bit, zero-extends) --------------------------------------------
        case 0x04:
          L[d] = (L[d] + imm[pc]) | 0;
          H[d] = 0;
          break;
        case 0x0c:
          L[d] = (L[d] + L[s]) | 0;
          H[d] = 0;
          break;
        case 0x14:
          L[d] = (L[d] - imm[pc]) | 0;
          H[d] = 0;
          break;
        case 0x1c:
          L[d] = (L[d] - L[s]) | 0;
          H[d] = 0;
          break;
        case 0x24:
          L[d] = Math.imul(L[d], imm[pc]);
          H[d] = 0;
          break;
        case 0x2c:
          L[d] = Math.imul(L[d], L[s]);
          H[d] = 0;
          break;
        case 0x34:
        case 0x3c:
        case 0x94:
        case 0x9c: {
          const b = (code & 8) === 0 ? imm[pc] : L[s];
          L[d] = code < 0x90 ? div32(L[d], b, off[pc] === 1) : mod32(L[d], b, off[pc] === 1);
          H[d] = 0;
          break;
        }
        case 0x44:
          L[d] |= imm[pc];
          H[d] = 0;
          break;
        case 0x4c:
          L[d] |= L[s];
          H[d] = 0;
          break;
        case 0x54:
          L[d] &= imm[pc];
          H[d] = 0;
          break;
        case 0x5c:
          L[d] &= L[s];
          H[d] = 0;
          break;
        case 0x64:
          L[d] <<= imm[pc] & 31;
          H[d] = 0;
          break;
        case 0x6c:
          L[d] <<= L[s] & 31;
          H[d] = 0;
          break;
        case 0x74:
          L[d] = L[d] >>> (imm[pc] & 31);
          H[d] = 0;
          break;
        case 0x7c:
          L[d] = L[d] >>> (L[s] & 31);
          H[d] = 0;
          break;
        case 0x84:
          L[d] = -L[d] | 0;
          H[d] = 0;
          break;
        case 0xa4:
          L[d] ^= imm[pc];
          H[d] = 0;
          break;
        case 0xac:
          L[d] ^= L[s];
          H[d] = 0;
          break;
        case 0xb4:
          L[d] = imm[pc];
          H[d] = 0;
          break;
        case 0xbc: {
          const o = off[pc];
          L[d] = o === 0 ? L[s] : (L[s] << (32 - o)) >> (32 - o);
          H[d] = 0;
          break;
        }
        case 0xc4:
          L[d] >>= imm[pc] & 31;
          H[d] = 0;
          break;
        case 0xcc:
          L[d] >>= L[s] & 31;
          H[d] = 0;
          break;
        case 0xd4:
        case 0xdc: {
          const w = imm[pc];
          if (code === 0xd4) {
            // to little endian: a no-op on this little-endian machine, but truncates
            if (w === 16) L[d] &= 0xffff;
            if (w !== 64) H[d] = 0;
          } else if (w === 16) {
            L[d] = bswap16(L[d]);
            H[d] = 0;
          } else if (w === 32) {
            L[d] = bswap32(L[d]);
            H[d] = 0;
          } else {
            const l = L[d];
            L[d] = bswap32(H[d]);
            H[d] = bswap32(l);
          }
          break;
        }
        // ---- JMP / JMP32 -----------------------------------------------------------
        case 0x05:
          pc += off[pc];
          break;
        case 0x06:
          pc += imm[pc];
          break;
        case 0xe5:
          // may_goto: the loop budget is generous and never runs out here; fall through.
          break;
        case 0x15:
          if (L[d] === imm[pc] && H[d] === imm[pc] >> 31) pc += off[pc];
          break;
        case 0x1d:
          if (L[d] === L[s] && H[d] === H[s]) pc += off[pc];
          break;
        case 0x55:
          if (L[d] !== imm[pc] || H[d] !== imm[pc] >> 31) pc += off[pc];
          break;
        case 0x5d:
          if (L[d] !== L[s] || H[d] !== H[s]) pc += off[pc];
          break;
        case 0x45:
          if ((L[d] & imm[pc]) !== 0 || (H[d] & (imm[pc] >> 31)) !== 0) pc += off[pc];
          break;
        case 0x4d:
          if ((L[d] & L[s]) !== 0 || (H[d] & H[s]) !== 0) pc += off[pc];
          break;
        case 0x25: case 0x2d: case 0x35: case 0x3d: case 0xa5: case 0xad: case 0xb5: case 0xbd:
        case 0x65: case 0x6d: case 0x75: case 0x7d: case 0xc5: case 0xcd: case 0xd5: case 0xdd: {
          const x = (code & 8) === 0;
          const bh = x ? imm[pc] >> 31 : H[s], bl = x ? imm[pc] : L[s];
          const opc = code & 0xf0;
          const signed = opc === 0x60 || opc === 0x70 || opc === 0xc0 || opc === 0xd0;
          const c = signed ? cmpS64(H[d], L[d], bh, bl) : cmpU64(H[d], L[d], bh, bl);
          if (takeJump(opc, c)) pc += off[pc];
          break;
        }
        case 0x16: case 0x1e: case 0x56: case 0x5e: case 0x46: case 0x4e:
        case 0x26: case 0x2e: case 0x36: case 0x3e: case 0xa6: case 0xae: case 0xb6: case 0xbe:
        case 0x66: case 0x6e: case 0x76: case 0x7e: case 0xc6: case 0xce: case 0xd6: case 0xde: {
          const a = L[d], b = (code & 8) === 0 ? imm[pc] : L[s];
          const opc = code & 0xf0;
          let take: boolean;
          if (opc === 0x10) take = a === b;
          else if (opc === 0x50) take = a !== b;
          else if (opc === 0x40) take = (a & b) !== 0;
          else {
            const signed = opc === 0x60 || opc === 0x70 || opc === 0xc0 || opc === 0xd0;
            const c = signed ? (a < b ? -1 : a > b ? 1 : 0) : a >>> 0 < b >>> 0 ? -1 : a >>> 0 > b >>> 0 ? 1 : 0;
            take = takeJump(opc, c);
          }
          if (take) pc += off[pc];
          break;
        }
        case 0x85:
        case 0x8d: {
          let kind = s, target = imm[pc];
          if (code === 0x8d) {
            // callx: a function address (ld_imm64 src 4) or, as bpf_conformance uses it, a helper id
            if (H[d] === (HI_TAG | m.codeRegionId)) {
              kind = 1;
              target = ((L[d] - LO_BASE) >>> 3) - pc - 1;
            } else if (H[d] === 0 && m.env.helper(L[d])) {
              kind = 0;
              target = L[d];
            } else m.fault("helper", `callx: r${d} holds neither a function address nor a helper id`, pc);
          }
          if (kind === 1) {
            if (m.frames.length >= MAX_CALL_FRAMES) m.fault("call_depth", `call depth exceeds ${MAX_CALL_FRAMES} frames`, pc);
            m.pc = pc;
            pushFrame(m, pc + 1, pc);
            pc += target + 1;
            continue;
          }
          if (kind === 2) m.fault("helper", `kfunc ${target}: kernel functions are not available in bpfplay`, pc);
          const fn = m.env.helper(target);
          if (!fn) m.fault("helper", `bpfplay's VM has no helper ${target} (bpf_${helperName(target) ?? "unknown"})`, pc);
          m.pc = pc;
          m.executed += n - flushed;
          flushed = n;
          const [rh, rl] = fn(m);
          H[0] = rh;
          L[0] = rl;
          for (let k = 1; k <= 5; k++) L[k] = H[k] = 0; // r1-r5 are clobbered; zero them, deterministically
          if (m.pendingTail) {
            applyTail(m);
            ({ op, dst, src, off, imm, imm2 } = m.code);
            pc = m.pc;
            continue;
          }
          break;
        }
        case 0x95: {
          const f = m.frames[m.frames.length - 1];
          if (f.retPc === CALLBACK_RET) {
            // back to the helper that called the subprogram (Machine.callback)
            m.frames.pop();
            for (let k = 0; k < 5; k++) {
              H[6 + k] = f.saved[2 * k];
              L[6 + k] = f.saved[2 * k + 1];
            }
            m.pc = pc;
            m.executed += n - flushed;
            flushed = n;
            return RAN_EXIT;
          }
          if (f.retPc < 0) {
            m.pc = pc;
            m.executed += n - flushed;
            flushed = n;
            return RAN_EXIT;
          }
          m.frames.pop();
          for (let k = 0; k < 5; k++) {
            H[6 + k] = f.saved[2 * k];
            L[6 + k] = f.saved[2 * k + 1];
          }
          pc = f.retPc;
          continue;
        }
        // ---- loads and stores ------------------------------------------------------
        case 0x18:
          L[d] = imm[pc];
          H[d] = imm2[pc];
          if (s !== 0) {
            m.pc = pc; // a fault the session raises names this instruction
            ldImmPseudo(m, pc, d, s);
          }
          pc += 2;
          continue;
        case 0x61: case 0x69: case 0x71: case 0x79: {
          const size = code === 0x61 ? 4 : code === 0x69 ? 2 : code === 0x71 ? 1 : 8;
          const o = off[pc], a = L[s], lo = (a + o) | 0;
          L[d] = m.load((H[s] + (o >> 31) + ((lo >>> 0) < (a >>> 0) ? 1 : 0)) | 0, lo, size, pc);
          H[d] = m.loadHi;
          break;
        }
        case 0x81: case 0x89: case 0x91: {
          const size = code === 0x81 ? 4 : code === 0x89 ? 2 : 1;
          const o = off[pc], a = L[s], lo = (a + o) | 0;
          const v = m.load((H[s] + (o >> 31) + ((lo >>> 0) < (a >>> 0) ? 1 : 0)) | 0, lo, size, pc);
          const sh = 32 - size * 8;
          L[d] = sh ? (v << sh) >> sh : v;
          H[d] = L[d] >> 31;
          break;
        }
        case 0x62: case 0x6a: case 0x72: case 0x7a: {
          const size = code === 0x62 ? 4 : code === 0x6a ? 2 : code === 0x72 ? 1 : 8;
          const o = off[pc], a = L[d], lo = (a + o) | 0;
          m.store((H[d] + (o >> 31) + ((lo >>> 0) < (a >>> 0) ? 1 : 0)) | 0, lo, size, imm[pc] >> 31, imm[pc], pc);
          break;
        }
        case 0x63: case 0x6b: case 0x73: case 0x7b: {
          const size = code === 0x63 ? 4 : code === 0x6b ? 2 : code === 0x73 ? 1 : 8;
          const o = off[pc], a = L[d], lo = (a + o) | 0;
          m.store((H[d] + (o >> 31) + ((lo >>> 0) < (a >>> 0) ? 1 : 0)) | 0, lo, size, H[s], L[s], pc);
          break;
        }
        case 0xc3: case 0xdb: case 0xd3: case 0xcb:
          atomic(m, pc, code, d, s, off[pc], imm[pc]);
          break;
        case 0x20: case 0x28: case 0x30: case 0x40: case 0x48: case 0x50: {
          const size = (code & 0x18) === 0 ? 4 : (code & 0x18) === 8 ? 2 : 1;
          const k = (code & 0xe0) === 0x40 ? (L[s] + imm[pc]) | 0 : imm[pc];
          const v = ldAbs(m, k, size, pc);
          if (v === undefined) {
            // the kernel ends the program with r0 = 0 when a legacy packet load misses
            L[0] = H[0] = 0;
            m.pc = pc;
            m.executed += n - flushed;
            flushed = n;
            return RAN_EXIT;
          }
          L[0] = v;
          H[0] = 0;
          break;
        }
        default:
          // reading past either end of the typed arrays gives undefined: a jump out of the program
          if (pc < 0 || pc >= len()) m.fault("invalid_insn", pc === len() ? `the program fell off its end at pc ${pc} (no exit)` : `jump out of the program: pc ${pc} is outside 0..${len() - 1}`, pc);
          m.fault("invalid_insn", `invalid instruction: ${m.code.invalid[pc] ?? `opcode 0x${code.toString(16).padStart(2, "0")}`}`, pc);
      }
      pc++;
    }
  } finally {
    m.pc = pc;
    m.executed += n - flushed;
  }
}

/** Whether a conditional jump of the ordered kind `opc` (jgt, jge, jlt, jle, signed or not) is taken, `c` being the comparison's sign. */
function takeJump(opc: number, c: number): boolean {
  switch (opc) {
    case 0x20:
    case 0x60:
      return c > 0;
    case 0x30:
    case 0x70:
      return c >= 0;
    case 0xa0:
    case 0xc0:
      return c < 0;
    default:
      return c <= 0; // jle, jsle
  }
}
