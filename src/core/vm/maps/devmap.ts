// The maps bpf_redirect_map sends a packet through: DEVMAP and DEVMAP_HASH (net devices by
// ifindex), CPUMAP (CPUs, by their queue size) and XSKMAP (AF_XDP sockets). bpfplay's world
// has devices and CPUs but no AF_XDP sockets, so an xskmap stays empty. Only user space
// (--init) fills these maps; a program may read a devmap entry (map_lookup_elem) but not write it.
import type { MapDef } from "../../program.ts";
import { checkFlags, Errno, Flags, keyHex, sortByKey } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

const ENODEV = 19;
const EOVERFLOW = 75;
/** The largest queue a cpumap entry may ask for (cpu_map_update_elem). */
const CPUMAP_MAX_QSIZE = 16384;

export class RedirectMap implements BpfMap {
  private elems = new Map<string, Entry>();

  constructor(
    readonly def: MapDef,
    /** CPUs of the machine: a cpumap key names one. */
    private readonly cpus: number,
  ) {}

  private index(key: Uint8Array): number {
    return (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
  }

  /** The target under `key`, if any: what bpf_redirect_map looks up. */
  lookup(key: Uint8Array): Uint8Array | undefined {
    return this.elems.get(keyHex(key.subarray(0, 4)))?.value;
  }

  update(key: Uint8Array, value: Uint8Array, flags: number): number {
    if (checkFlags(flags)) return -Errno.EINVAL;
    const k = keyHex(key.subarray(0, 4));
    const i = this.index(key);
    const old = this.elems.has(k);
    const keyed = this.def.type !== "devmap_hash"; // the array kinds: the key is an index
    if (keyed && i >= this.def.maxEntries) return -Errno.E2BIG;
    if (flags & Flags.NOEXIST && (keyed || old)) return -Errno.EEXIST;
    if (!keyed && !old && flags & Flags.EXIST) return -Errno.ENOENT;
    if (!keyed && !old && this.elems.size >= this.def.maxEntries) return -Errno.E2BIG;
    const v = value.slice(0, this.def.valueSize);
    const word = v[0] | (v[1] << 8) | (v[2] << 16) | (v[3] << 24);
    // a second word is a program to run on the target (a program fd): bpfplay attaches none
    if (this.def.valueSize >= 8 && (v[4] | v[5] | v[6] | v[7]) !== 0) return -Errno.EINVAL;
    switch (this.def.type) {
      case "xskmap":
        return -Errno.EOPNOTSUPP; // the value is an AF_XDP socket's fd; there are none
      case "cpumap":
        if (word === 0) {
          this.elems.delete(k); // a queue size of 0 takes the CPU out
          return 0;
        }
        if (word >>> 0 > CPUMAP_MAX_QSIZE) return -EOVERFLOW;
        if (i >= this.cpus) return -ENODEV;
        break;
      default:
        if (word === 0) return -ENODEV; // no device has ifindex 0
    }
    this.elems.set(k, { key: key.slice(0, 4), value: v });
    return 0;
  }

  delete(key: Uint8Array): number {
    const k = keyHex(key.subarray(0, 4));
    if (this.def.type !== "devmap_hash" && this.index(key) >= this.def.maxEntries) return -Errno.EINVAL;
    if (!this.elems.delete(k) && this.def.type === "devmap_hash") return -Errno.ENOENT;
    return 0;
  }

  entries(): Entry[] {
    return sortByKey([...this.elems.values()]);
  }

  save(): unknown {
    return [...this.elems.values()].map((e) => ({ key: e.key.slice(), value: e.value.slice() }));
  }

  restore(state: unknown): void {
    this.elems = new Map((state as Entry[]).map((e) => [keyHex(e.key), e]));
  }
}
