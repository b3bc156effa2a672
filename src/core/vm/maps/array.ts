// BPF_MAP_TYPE_ARRAY and PERCPU_ARRAY: max_entries preallocated zeroed values, keyed by u32 index.
import type { MapDef } from "../../program.ts";
import { checkFlags, Errno, Flags } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export class ArrayMap implements BpfMap {
  /** values[cpu][index]; a plain array has one CPU. */
  private values: Uint8Array[][];

  constructor(
    readonly def: MapDef,
    readonly cpus: number,
  ) {
    this.values = Array.from({ length: cpus }, () => Array.from({ length: def.maxEntries }, () => new Uint8Array(def.valueSize)));
  }

  private index(key: Uint8Array): number {
    return (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
  }

  lookup(key: Uint8Array, cpu: number): Uint8Array | undefined {
    const i = this.index(key);
    return i < this.def.maxEntries ? this.values[cpu % this.cpus][i] : undefined;
  }

  update(key: Uint8Array, value: Uint8Array, flags: number, cpu: number): number {
    if (checkFlags(flags)) return -Errno.EINVAL;
    const i = this.index(key);
    if (i >= this.def.maxEntries) return -Errno.E2BIG;
    if (flags & Flags.NOEXIST) return -Errno.EEXIST;
    this.values[cpu % this.cpus][i].set(value.subarray(0, this.def.valueSize));
    return 0;
  }

  /** From user space (--init): every CPU gets the value. */
  updateAll(key: Uint8Array, value: Uint8Array): number {
    const i = this.index(key);
    if (i >= this.def.maxEntries) return -Errno.E2BIG;
    for (const cpu of this.values) cpu[i].set(value.subarray(0, this.def.valueSize));
    return 0;
  }

  delete(): number {
    return -Errno.EINVAL;
  }

  entries(cpu: number): Entry[] {
    return this.values[cpu % this.cpus].map((value, i) => ({ key: Uint8Array.of(i & 0xff, (i >> 8) & 0xff, (i >> 16) & 0xff, i >>> 24), value }));
  }

  save(): unknown {
    return this.values.map((c) => c.map((v) => v.slice()));
  }

  restore(state: unknown): void {
    const s = state as Uint8Array[][];
    // restore in place: pointers handed out to the program stay valid
    s.forEach((c, cpu) => c.forEach((v, i) => this.values[cpu][i].set(v)));
  }
}
