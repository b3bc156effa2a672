// BPF_MAP_TYPE_PROG_ARRAY: slots holding programs, the targets of bpf_tail_call.
import type { Insn } from "../../isa/index.ts";
import type { MapDef } from "../../program.ts";
import { Errno } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export interface ProgSlot {
  readonly name: string;
  readonly insns: readonly Insn[];
  /** Where the program starts in insns (a label of the same file), 0 for its own program. */
  readonly entry?: number;
}

export class ProgArrayMap implements BpfMap {
  private slots: (ProgSlot | undefined)[];

  constructor(readonly def: MapDef) {
    this.slots = new Array(def.maxEntries);
  }

  set(index: number, prog: ProgSlot | undefined): number {
    if (index >= this.def.maxEntries) return -Errno.E2BIG;
    this.slots[index] = prog;
    return 0;
  }

  get(index: number): ProgSlot | undefined {
    return index < this.def.maxEntries ? this.slots[index] : undefined;
  }

  lookup(): Uint8Array | undefined {
    return undefined;
  }
  update(): number {
    return -Errno.EOPNOTSUPP; // programs cannot fill a prog array; user space does
  }
  delete(key: Uint8Array): number {
    const i = (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
    if (i >= this.def.maxEntries) return -Errno.E2BIG;
    if (!this.slots[i]) return -Errno.ENOENT;
    this.slots[i] = undefined;
    return 0;
  }
  /** User space reads program ids here, which mean nothing outside one kernel: like the reference, list none. */
  entries(): Entry[] {
    return [];
  }

  /** The filled slots, for the inspector. */
  filled(): { index: number; name: string }[] {
    const out: { index: number; name: string }[] = [];
    this.slots.forEach((s, index) => s && out.push({ index, name: s.name }));
    return out;
  }

  save(): unknown {
    return this.slots.slice();
  }
  restore(state: unknown): void {
    this.slots = state as (ProgSlot | undefined)[];
  }
}
