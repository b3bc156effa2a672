// bpf_fastcall, as Linux 6.18 treats it. Around a call to a helper that clobbers only some of
// r0-r5 (r0 if it returns a value, r1.. for its arguments), clang spills the other live ones
// right before the call and fills them right after, at the lowest stack offsets of the function.
// Before the walk the kernel finds these patterns (mark_fastcall_patterns); during it, any other
// access below the patterns' slots breaks the contract for that function (check_fastcall_stack_contract);
// after it, where the helper is inlined (the program type's prototype says so), the spills and
// fills go and the function's stack depth shrinks to what lies above their slots
// (remove_fastcall_spills_fills), before the combined stack size is checked.
//
//   *(u64 *)(r10 - 16) = r2    ; pair 2: offset lowest + 8
//   *(u64 *)(r10 - 24) = r1    ; pair 1: the lowest offset of any 8-byte spill in the function
//   call bpf_get_smp_processor_id
//   r1 = *(u64 *)(r10 - 24)
//   r2 = *(u64 *)(r10 - 16)    ; depth afterwards: 8 (the slots from -24 to -9 are gone)

import { helperAllowed, helperProto } from "../isa/helper_protos.ts";
import type { Cfg } from "../cfg/index.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";

const STX_DW = 0x7b; // BPF_STX | BPF_MEM | BPF_DW
const LDX_DW = 0x79; // BPF_LDX | BPF_MEM | BPF_DW
const CALL = 0x85; // BPF_JMP | BPF_CALL
/** r0-r5, the registers a call may clobber. */
const CALLER_SAVED = 0x3f;
/** Below every stack offset: the contract is broken, no slot is the patterns' any more (S16_MIN). */
const BROKEN = -32768;

export interface Fastcall {
  /** Function start by slot. */
  readonly funcOf: readonly number[];
  /** Per function with patterns: the offset where their slots end (fastcall_stack_off). */
  readonly stackOff: Map<number, number>;
  /** Per slot: a spill or fill of a pattern. */
  readonly member: Uint8Array;
  /** Per call of an inlined helper: how many spill/fill pairs surround it (fastcall_spills_num). */
  readonly spills: Map<number, number>;
  /** Functions where a helper that is not inlined has a pattern: their stack stays (keep_fastcall_stack). */
  readonly keep: Set<number>;
}

/** The kernel's mark_fastcall_patterns: every pattern of the program, before the walk. */
export function fastcallPatterns(program: Program, cfg: Cfg, type: ProgType): Fastcall {
  const insns = program.insns;
  const n = insns.length;
  const funcOf: number[] = new Array(n).fill(0);
  for (let pc = 0, f = 0; pc < n; pc++) {
    if (f + 1 < cfg.funcs.length && cfg.funcs[f + 1] === pc) f++;
    funcOf[pc] = cfg.funcs[f] ?? 0;
  }
  // targets of jumps, branches and calls (the kernel's jump_target marks from check_cfg)
  const target = new Uint8Array(n);
  for (const e of cfg.edges) if (e.kind !== "fallthrough") target[cfg.blocks[e.to].start] = 1;
  const fc: Fastcall = { funcOf, stackOff: new Map(), member: new Uint8Array(n), spills: new Map(), keep: new Set() };

  const lowest = new Map<number, number>();
  for (let pc = 0; pc < n; pc++) {
    const i = insns[pc];
    if (i.code === STX_DW && i.dst === 10) lowest.set(funcOf[pc], Math.min(lowest.get(funcOf[pc]) ?? 0, i.off));
  }
  for (let pc = 0; pc < n; pc++) {
    const call = insns[pc];
    if (call.code !== CALL || call.src !== 0) continue; // helpers only: bpfplay has no kfuncs
    const proto = helperProto(call.imm);
    if (!proto || !helperAllowed(proto, type.name, type.attach)) continue; // refused later
    let clobbered = proto.ret === "void" ? 0 : 1;
    (proto.argsFor[type.name] ?? proto.args).forEach((_, k) => (clobbered |= 1 << (k + 1)));
    if (clobbered === CALLER_SAVED) continue;
    let expected = ~clobbered & CALLER_SAVED;
    const func = funcOf[pc];
    let off = lowest.get(func) ?? 0;
    let k = 1;
    for (; k <= 6; k++, off += 8) {
      if (pc - k < 0 || pc + k >= n) break;
      // the call, the inner spills and the fills are entered only in order (a jump to the first spill is fine)
      if (target[pc - k + 1] || target[pc + k]) break;
      const stx = insns[pc - k];
      const ldx = insns[pc + k];
      if (stx.code !== STX_DW || ldx.code !== LDX_DW || stx.dst !== 10 || ldx.src !== 10) break;
      if (stx.src !== ldx.dst || !(expected & (1 << stx.src))) break;
      if (stx.off !== off || ldx.off !== off) break;
      expected &= ~(1 << stx.src);
      fc.member[pc - k] = fc.member[pc + k] = 1;
    }
    if (k === 1) continue;
    if (proto.fastcall.includes(type.name)) fc.spills.set(pc, k - 1);
    else fc.keep.add(func);
    // the pattern with the most pairs sets where the slots end: Linux 6.18 answered so (6.12's
    // source takes the least end; two patterns of 2 and 1 pairs leave a depth of 16, not 24)
    fc.stackOff.set(func, Math.max(fc.stackOff.get(func) ?? BROKEN, off));
  }
  return fc;
}

/**
 * An access to the stack of function `func` at `off` (its lowest byte) by the instruction at pc
 * (check_fastcall_stack_contract): below the patterns' slots, from anything but a pattern's own
 * spill or fill, it keeps the function's patterns and stack as they are.
 */
export function fastcallAccess(fc: Fastcall, func: number, pc: number, off: number): void {
  if ((fc.stackOff.get(func) ?? 0) <= off || fc.member[pc]) return;
  fc.stackOff.set(func, BROKEN);
  for (let s = 0; s < fc.funcOf.length; s++) {
    if (fc.funcOf[s] !== func) continue;
    fc.member[s] = 0;
    fc.spills.delete(s);
  }
}

/** A function's stack depth once the patterns of inlined helpers are removed (remove_fastcall_spills_fills). */
export function fastcallDepth(fc: Fastcall, func: number, depth: number): number {
  if (fc.keep.has(func)) return depth;
  for (const pc of fc.spills.keys()) if (fc.funcOf[pc] === func) return -fc.stackOff.get(func)!;
  return depth;
}
