import type { Pair } from "../../isa/int64.ts";
import type { Machine } from "../machine.ts";
import type { Run } from "../run.ts";

/**
 * One helper: its UAPI name (without bpf_; its id and prototype come from isa by this name) and
 * what it does to a run. `label` is its C name (bpf_<name>), for its faults. Returns r0.
 */
export interface HelperImpl {
  readonly name: string;
  call(rt: Run, m: Machine, label: string): Pair;
}

export const ok: Pair = [0, 0];
export const errno = (e: number): Pair => [-1, -e | 0];
export const u32 = (v: number): Pair => [0, v | 0];
export const u64 = (v: bigint): Pair => [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v))];
export const isNull = (p: Pair): boolean => p[0] === 0 && p[1] === 0;
