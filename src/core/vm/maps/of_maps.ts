// BPF_MAP_TYPE_ARRAY_OF_MAPS and HASH_OF_MAPS: values are maps of one shape (MapDef.inner).
// A program's lookup gives the inner map itself (bpf_map_lookup_elem returns a map pointer, which
// the program then looks up in); only user space puts maps in. bpfplay's session gives an array
// of maps a fresh inner map in every slot, as a loader filling `.values` would; a hash of maps
// starts empty and gets an inner map for each key user space adds (--init).
import type { MapDef } from "../../program.ts";
import { Errno, keyHex } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

interface Slot {
  readonly key: Uint8Array;
  readonly map: BpfMap;
  /** The inner map's number in this outer map, what user space reads as the value here. */
  readonly serial: number;
}

const u32le = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);

export class MapOfMaps implements BpfMap {
  private slots = new Map<string, Slot>();
  private made = 0;

  /** `make` creates one inner map of the outer map's inner shape. */
  constructor(
    readonly def: MapDef,
    private readonly make: () => BpfMap,
  ) {
    if (def.type === "array_of_maps") for (let i = 0; i < def.maxEntries; i++) this.add(u32le(i));
  }

  /** The inner map at `key`, or undefined (what bpf_map_lookup_elem gives a program). */
  inner(key: Uint8Array): BpfMap | undefined {
    if (this.def.type === "array_of_maps" && key.length === 4 && new DataView(key.buffer, key.byteOffset, 4).getUint32(0, true) >= this.def.maxEntries) return undefined;
    return this.slots.get(keyHex(key))?.map;
  }

  /** From user space: a fresh inner map at `key` (0 or a negative errno). */
  add(key: Uint8Array): number {
    if (key.length !== this.def.keySize) return -Errno.EINVAL;
    const k = keyHex(key);
    if (this.def.type === "array_of_maps" && this.slots.has(k)) return 0;
    if (!this.slots.has(k) && this.slots.size >= this.def.maxEntries) return this.def.type === "array_of_maps" ? -Errno.E2BIG : -Errno.ENOSPC;
    this.slots.set(k, { key: key.slice(), map: this.make(), serial: this.made++ });
    return 0;
  }

  /**
   * A loader's initial slots (MapDef.slots, libbpf's `.values`): exactly the maps it names, in
   * their slots, the other slots empty as the kernel leaves them. 0 or a negative errno (a map
   * of another shape than the inner definition, a slot out of range).
   */
  fill(slots: readonly { readonly index: number; readonly map: BpfMap }[]): number {
    const inner = this.def.inner;
    for (const { index, map } of slots) {
      const d = map.def;
      if (index >= this.def.maxEntries) return -Errno.E2BIG;
      if (!inner || d.type !== inner.type || d.keySize !== inner.keySize || d.valueSize !== inner.valueSize || d.maxEntries !== inner.maxEntries) return -Errno.EINVAL;
    }
    this.slots.clear();
    for (const { index, map } of slots) {
      const key = u32le(index).slice(0, this.def.keySize);
      this.slots.set(keyHex(key), { key, map, serial: this.made++ });
    }
    return 0;
  }

  /** The inner maps with their keys, sorted by key (for dumps and inspectors). */
  innerMaps(): { key: Uint8Array; map: BpfMap }[] {
    return [...this.slots.values()].sort((a, b) => (keyHex(a.key) < keyHex(b.key) ? -1 : 1));
  }

  /** Values are maps, not bytes: a program's lookup goes through inner(). */
  lookup(): Uint8Array | undefined {
    return undefined;
  }

  update(): number {
    return -Errno.EOPNOTSUPP; // only user space puts maps in (the verifier refuses the helper)
  }

  delete(): number {
    return -Errno.EOPNOTSUPP;
  }

  /** Each slot's value as user space reads it: the inner map's number (the kernel gives its id). */
  entries(): Entry[] {
    return this.innerMaps().map((s) => ({ key: s.key, value: u32le(this.slots.get(keyHex(s.key))!.serial) }));
  }

  save(): unknown {
    return { slots: [...this.slots.values()].map((s) => ({ slot: s, state: s.map.save() })), made: this.made };
  }

  restore(state: unknown): void {
    const s = state as { slots: { slot: Slot; state: unknown }[]; made: number };
    // the same inner map objects come back, so map pointers the program holds stay valid
    this.slots = new Map(s.slots.map(({ slot }) => [keyHex(slot.key), slot]));
    for (const { slot, state: inner } of s.slots) slot.map.restore(inner);
    this.made = s.made;
  }
}
