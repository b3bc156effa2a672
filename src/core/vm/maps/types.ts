// What every map type offers the helpers, the inspectors and the debugger.
import type { MapDef } from "../../program.ts";

export const Errno = { ENOENT: 2, E2BIG: 7, EAGAIN: 11, ENOMEM: 12, EBUSY: 16, EEXIST: 17, EINVAL: 22, ENOSPC: 28, EOPNOTSUPP: 95 } as const;

/** Update flags (BPF_ANY, BPF_NOEXIST, BPF_EXIST, BPF_F_LOCK). */
export const Flags = { ANY: 0, NOEXIST: 1, EXIST: 2, F_LOCK: 4 } as const;

export interface Entry {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

export interface BpfMap {
  readonly def: MapDef;
  /** The value's live storage (helpers hand out pointers into it), or undefined. */
  lookup(key: Uint8Array, cpu: number): Uint8Array | undefined;
  /** 0 or a negative errno, as the kernel's helper returns. */
  update(key: Uint8Array, value: Uint8Array, flags: number, cpu: number): number;
  delete(key: Uint8Array): number;
  /** Entries as user space would dump them, sorted by key bytes; per-CPU maps give `cpu`'s value. */
  entries(cpu: number): Entry[];
  /** An opaque copy of the whole state, for stepping back. */
  save(): unknown;
  restore(state: unknown): void;
}

export const keyHex = (k: Uint8Array): string => {
  let s = "";
  for (const b of k) s += b.toString(16).padStart(2, "0");
  return s;
};

export const sortByKey = (xs: Entry[]): Entry[] => xs.sort((a, b) => (keyHex(a.key) < keyHex(b.key) ? -1 : keyHex(a.key) > keyHex(b.key) ? 1 : 0));

/** Per-CPU values are stored rounded up to 8 bytes per CPU, as the kernel does. */
export const round8 = (n: number): number => (n + 7) & ~7;

/** BPF_F_LOCK needs a bpf_spin_lock in the value, which bpfplay's maps never have: -EINVAL, as the kernel says. */
export function checkFlags(flags: number): number {
  return flags & ~(Flags.EXIST | Flags.NOEXIST) || (flags & 3) === 3 ? -Errno.EINVAL : 0;
}
