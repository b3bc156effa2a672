// A Program is data: the one serialisable object every stage shares (assembler, compiler,
// verifier, VM, permalink). A running VM is a Session, elsewhere.

import type { Insn } from "./isa/index.ts";

export interface MapDef {
  readonly name: string;
  /** The kernel's map type name without its prefix, in lower case: "hash", "array", ... */
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly flags: number;
}

export interface Symbol {
  readonly name: string;
  readonly pc: number;
}

export interface Program {
  /** One entry per 8-byte slot; ld_imm64 takes two. */
  readonly insns: readonly Insn[];
  readonly maps: readonly MapDef[];
  /** Source line (1-based) of each slot; 0 where there is none. */
  readonly lines: readonly number[];
  /** Labels and function names, by slot. */
  readonly symbols: readonly Symbol[];
  /** Program type from the source (e.g. a `.section xdp` directive), if it names one. */
  readonly progType?: string;
}

export function emptyProgram(): Program {
  return { insns: [], maps: [], lines: [], symbols: [] };
}

/** Known map types (kernel names without BPF_MAP_TYPE_, lower case) and their numeric ids. */
export const MAP_TYPES: Readonly<Record<string, number>> = {
  hash: 1,
  array: 2,
  prog_array: 3,
  perf_event_array: 4,
  percpu_hash: 5,
  percpu_array: 6,
  stack_trace: 7,
  cgroup_array: 8,
  lru_hash: 9,
  lru_percpu_hash: 10,
  lpm_trie: 11,
  array_of_maps: 12,
  hash_of_maps: 13,
  devmap: 14,
  sockmap: 15,
  cpumap: 16,
  xskmap: 17,
  sockhash: 18,
  queue: 22,
  stack: 23,
  devmap_hash: 25,
  ringbuf: 27,
  bloom_filter: 30,
};
