// BPF_MAP_TYPE_REUSEPORT_SOCKARRAY: slots holding the sockets of an SO_REUSEPORT group, from
// which an sk_reuseport program picks one (bpf_sk_select_reuseport). Only user space puts a
// socket in, by its fd; bpfplay's sessions have no sockets of their own to give, so every slot
// stays empty and a selection finds nothing (-ENOENT), as the kernel's does on an empty slot.
import type { MapDef } from "../../program.ts";
import { Errno } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export class ReuseportSockarrayMap implements BpfMap {
  constructor(readonly def: MapDef) {}

  /** Whether slot `index` holds a socket (never, in bpfplay). */
  holds(index: number): boolean {
    void index;
    return false;
  }

  /** Programs may not read the sockets (the verifier allows only bpf_sk_select_reuseport). */
  lookup(): Uint8Array | undefined {
    return undefined;
  }

  update(): number {
    return -Errno.EOPNOTSUPP; // a socket's fd from user space: bpfplay has none
  }

  delete(key: Uint8Array): number {
    const i = (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
    return i >= this.def.maxEntries ? -Errno.E2BIG : -Errno.ENOENT;
  }

  entries(): Entry[] {
    return [];
  }

  save(): unknown {
    return undefined;
  }

  restore(): void {}
}
