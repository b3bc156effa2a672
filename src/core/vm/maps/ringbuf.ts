// BPF_MAP_TYPE_RINGBUF: records of any size, reserved then submitted or discarded, in order.
// max_entries is the data area in bytes; each record takes an 8-byte header and is padded to 8.
import type { MapDef } from "../../program.ts";
import { Errno } from "./types.ts";
import type { BpfMap, Entry } from "./types.ts";

export interface RingRecord {
  readonly data: Uint8Array;
  state: "busy" | "committed" | "discarded";
}

const HEADER = 8;

export class RingbufMap implements BpfMap {
  records: RingRecord[] = [];
  /** Bytes in use by records not yet consumed. */
  private used = 0;

  constructor(readonly def: MapDef) {}

  reserve(size: number): RingRecord | undefined {
    const need = (size + HEADER + 7) & ~7;
    // the producer may not catch up with the consumer: at least one byte stays free
    if (size > this.def.maxEntries || this.used + need >= this.def.maxEntries) return undefined;
    this.used += need;
    const r: RingRecord = { data: new Uint8Array(size), state: "busy" };
    this.records.push(r);
    return r;
  }

  output(data: Uint8Array): number {
    const r = this.reserve(data.length);
    if (!r) return -Errno.EAGAIN;
    r.data.set(data);
    r.state = "committed";
    return 0;
  }

  lookup(): Uint8Array | undefined {
    return undefined;
  }
  update(): number {
    return -Errno.EOPNOTSUPP;
  }
  delete(): number {
    return -Errno.EOPNOTSUPP;
  }

  /** Committed and discarded records in order; the inspector and JSON show them as records. */
  entries(): Entry[] {
    return this.records.filter((r) => r.state !== "busy").map((r) => ({ key: new Uint8Array(0), value: r.data }));
  }

  save(): unknown {
    return { used: this.used, records: this.records.map((r) => ({ data: r.data.slice(), state: r.state })) };
  }
  restore(state: unknown): void {
    const s = state as { used: number; records: RingRecord[] };
    this.used = s.used;
    this.records = s.records;
  }
}
