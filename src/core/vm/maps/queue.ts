// BPF_MAP_TYPE_QUEUE (FIFO) and STACK (LIFO): no keys; push, pop and peek.
import type { MapDef } from "../../program.ts";
import { Errno, Flags } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export class QueueMap implements BpfMap {
  private items: Uint8Array[] = [];

  constructor(
    readonly def: MapDef,
    private readonly lifo: boolean,
  ) {}

  push(value: Uint8Array, flags: number): number {
    if (flags & ~Flags.EXIST) return -Errno.EINVAL;
    if (this.items.length >= this.def.maxEntries) {
      if (!(flags & Flags.EXIST)) return -Errno.E2BIG;
      this.items.shift(); // BPF_EXIST overwrites the oldest element
    }
    this.items.push(value.slice(0, this.def.valueSize));
    return 0;
  }

  /** The next value out, removed unless peeking. */
  pop(peek: boolean): Uint8Array | undefined {
    if (this.items.length === 0) return undefined;
    const v = this.lifo ? this.items[this.items.length - 1] : this.items[0];
    if (!peek) {
      if (this.lifo) this.items.pop();
      else this.items.shift();
    }
    return v;
  }

  lookup(): Uint8Array | undefined {
    return undefined;
  }
  update(_key: Uint8Array, value: Uint8Array, flags: number): number {
    return this.push(value, flags);
  }
  delete(): number {
    return -Errno.EINVAL;
  }

  /** In pop order, with empty keys. */
  entries(): Entry[] {
    const order = this.lifo ? [...this.items].reverse() : this.items;
    return order.map((value) => ({ key: new Uint8Array(0), value }));
  }

  save(): unknown {
    return this.items.map((v) => v.slice());
  }
  restore(state: unknown): void {
    this.items = state as Uint8Array[];
  }
}
