// BPF_MAP_TYPE_HASH, PERCPU_HASH, LRU_HASH and LRU_PERCPU_HASH.
// An update stores a fresh value buffer, as the kernel allocates a new element: a pointer the
// program got from an earlier lookup keeps pointing at the old element.
// LRU maps evict the least recently used element (lookup or update marks use) when full.
import type { MapDef } from "../../program.ts";
import { checkFlags, Errno, Flags, sortByKey } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

interface Elem {
  readonly key: Uint8Array;
  /** One value per CPU. */
  readonly values: Uint8Array[];
}

type Key = number | string;

/** UTF-16 units of a long key, one array per key size, refilled per look-up. */
const units: number[][] = [];

/**
 * What an element is filed under: for keys of up to 6 bytes their value as a number (a lookup
 * makes no string: a map lookup per packet is the common case), else a string of the bytes, two
 * to a UTF-16 unit (the size is fixed per map, so no two keys share one), made from a reused
 * array: a third of the time of one character per byte through a subarray (a flow's 16-byte key).
 */
function keyOf(key: Uint8Array, size: number): Key {
  // the same number as the loop below, in 32-bit operations (a u32 key per packet is the common case)
  if (size === 4) return (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
  if (size <= 6) {
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + key[i];
    return v;
  }
  const u = (units[size] ??= new Array<number>((size + 1) >> 1).fill(0));
  for (let i = 0, j = 0; i < size; i += 2, j++) u[j] = key[i] | (i + 1 < size ? key[i + 1] << 8 : 0);
  return String.fromCharCode.apply(null, u);
}

export class HashMap implements BpfMap {
  /** Insertion/use order doubles as LRU order: the first element is the least recently used. */
  private elems = new Map<Key, Elem>();

  constructor(
    readonly def: MapDef,
    readonly cpus: number,
    private readonly lru: boolean,
  ) {}

  private touch(k: Key, e: Elem): void {
    if (!this.lru) return;
    this.elems.delete(k);
    this.elems.set(k, e);
  }

  lookup(key: Uint8Array, cpu: number): Uint8Array | undefined {
    const k = keyOf(key, this.def.keySize);
    const e = this.elems.get(k);
    if (!e) return undefined;
    this.touch(k, e);
    return e.values[cpu % this.cpus];
  }

  update(key: Uint8Array, value: Uint8Array, flags: number, cpu: number, allCpus = false): number {
    if (checkFlags(flags)) return -Errno.EINVAL;
    const kb = key.slice(0, this.def.keySize);
    const k = keyOf(kb, this.def.keySize);
    const old = this.elems.get(k);
    if (old && flags & Flags.NOEXIST) return -Errno.EEXIST;
    if (!old && flags & Flags.EXIST) return -Errno.ENOENT;
    if (!old && this.elems.size >= this.def.maxEntries) {
      if (!this.lru) return -Errno.E2BIG;
      const victim = this.elems.keys().next().value as Key;
      this.elems.delete(victim);
    }
    const values = Array.from({ length: this.cpus }, (_, c) => {
      if (allCpus || c === cpu % this.cpus) return value.slice(0, this.def.valueSize);
      return old ? old.values[c] : new Uint8Array(this.def.valueSize);
    });
    this.elems.delete(k);
    this.elems.set(k, { key: kb, values });
    return 0;
  }

  delete(key: Uint8Array): number {
    return this.elems.delete(keyOf(key, this.def.keySize)) ? 0 : -Errno.ENOENT;
  }

  entries(cpu: number): Entry[] {
    return sortByKey([...this.elems.values()].map((e) => ({ key: e.key, value: e.values[cpu % this.cpus] })));
  }

  save(): unknown {
    return [...this.elems.entries()].map(([k, e]) => [k, { key: e.key, values: e.values.map((v) => v.slice()) }]);
  }

  restore(state: unknown): void {
    this.elems = new Map(state as [Key, Elem][]);
  }
}
