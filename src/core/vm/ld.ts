// The BPF_LD class's instructions that reach outside the program: ld_imm64 with a pseudo source
// (a map, a map value, a function: the session turns the imm into an address through
// Machine.resolvePseudo), and the legacy packet loads LD_ABS/LD_IND, which read the socket
// buffer the environment gives (Env.skb) in network byte order.

import type { Pair } from "../isa/int64.ts";
import type { Machine } from "./machine.ts";

/**
 * ld_imm64 with a pseudo source from compiled code: the address as [hi, lo] (read at once by
 * the caller), or a fault. m.pc is the instruction's, so a fault a helper of the session
 * raises names it.
 */
export function ldPseudo(m: Machine, pc: number, s: number, imm: number, imm2: number): Pair {
  m.pc = pc;
  const v = m.resolvePseudo?.(s, imm, imm2, pc);
  if (v === undefined) m.fault("invalid_insn", `ld_imm64 with src ${s} is not supported here`, pc);
  return v;
}

/** ld_imm64 with a pseudo source in the interpreter: rd holds the constant (imm2, imm) and gets the address. */
export function ldImmPseudo(m: Machine, pc: number, d: number, s: number): void {
  const v = m.resolvePseudo?.(s, m.lo[d], m.hi[d], pc);
  if (v === undefined) m.fault("invalid_insn", `ld_imm64 with src ${s} is not supported here`, pc);
  m.hi[d] = v[0];
  m.lo[d] = v[1];
}

/** LD_ABS/LD_IND of `size` bytes at packet offset `k`: the value, or undefined when it misses the packet (the program ends with r0 = 0). */
export function ldAbs(m: Machine, k: number, size: number, pc: number): number | undefined {
  const skb = m.env.skb?.();
  if (!skb) m.fault("invalid_insn", "legacy packet loads (LD_ABS/LD_IND) need a socket buffer: use a socket_filter or tc program", pc);
  // SKF_NET_OFF and SKF_LL_OFF address the network and link-layer headers.
  let base = skb.data;
  if (k >= -0x200000 && k < -0x100000) {
    base = skb.mac;
    k += 0x200000;
  } else if (k >= -0x100000 && k < 0) {
    base = skb.net;
    k += 0x100000;
  }
  const at = base + k;
  if (k < 0 || at < skb.region.start || at + size > skb.data + skb.len) return undefined;
  const b = skb.region.bytes;
  let v = 0;
  for (let j = 0; j < size; j++) v = (v << 8) | b[at + j];
  return v | 0; // network byte order
}
