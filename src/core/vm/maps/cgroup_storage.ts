// BPF_MAP_TYPE_CGROUP_STORAGE and PERCPU_CGROUP_STORAGE: one value per (cgroup, attach type)
// the program is attached to, which bpf_get_local_storage hands the program. bpfplay's program
// runs in one cgroup, so the map holds one storage, zeroed when the session starts and kept
// across its runs; a per-CPU storage has one value per CPU. As with BPF_PROG_TEST_RUN, a fresh
// map set (one `bpfplay run`) starts from zeroes and its repeats share the storage.
import type { MapDef } from "../../program.ts";
import { checkFlags, Errno, Flags } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

/** The cgroup bpfplay's program runs in (its inode id), and the attach type (BPF_CGROUP_INET_INGRESS). */
export const CGROUP_ID = 1n;
export const ATTACH_TYPE = 0;

export class CgroupStorageMap implements BpfMap {
  /** The storage's value on each CPU (one for a shared storage). */
  private values: Uint8Array[];
  private readonly key: Uint8Array;

  constructor(
    readonly def: MapDef,
    private readonly cpus: number,
  ) {
    this.values = Array.from({ length: cpus }, () => new Uint8Array(def.valueSize));
    // struct bpf_cgroup_storage_key { __u64 cgroup_inode_id; __u32 attach_type; } (16 bytes with padding), or the cgroup id alone
    const k = new DataView(new ArrayBuffer(def.keySize));
    k.setBigUint64(0, CGROUP_ID, true);
    if (def.keySize >= 12) k.setUint32(8, ATTACH_TYPE, true);
    this.key = new Uint8Array(k.buffer);
  }

  /** The value bpf_get_local_storage gives a program running on `cpu`. */
  storage(cpu: number): Uint8Array {
    return this.values[cpu % this.cpus];
  }

  private isKey(key: Uint8Array): boolean {
    return key.length === this.key.length && key.every((b, i) => b === this.key[i]);
  }

  lookup(key: Uint8Array, cpu: number): Uint8Array | undefined {
    return this.isKey(key) ? this.storage(cpu) : undefined;
  }

  /** From user space: only the existing storage may be written, never created. */
  update(key: Uint8Array, value: Uint8Array, flags: number, cpu: number): number {
    if (checkFlags(flags) || flags & Flags.NOEXIST) return -Errno.EINVAL;
    if (!this.isKey(key)) return -Errno.ENOENT;
    this.storage(cpu).set(value.subarray(0, this.def.valueSize));
    return 0;
  }

  /** From user space (--init): every CPU gets the value. */
  updateAll(key: Uint8Array, value: Uint8Array): number {
    if (!this.isKey(key)) return -Errno.ENOENT;
    for (const v of this.values) v.set(value.subarray(0, this.def.valueSize));
    return 0;
  }

  /** A storage lives as long as its cgroup's attachment: it cannot be deleted. */
  delete(): number {
    return -Errno.EINVAL;
  }

  entries(cpu: number): Entry[] {
    return [{ key: this.key, value: this.storage(cpu) }];
  }

  save(): unknown {
    return this.values.map((v) => v.slice());
  }

  restore(state: unknown): void {
    // in place: the pointer the program holds stays valid
    (state as Uint8Array[]).forEach((v, cpu) => this.values[cpu].set(v));
  }
}
