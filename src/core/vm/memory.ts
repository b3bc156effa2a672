// The VM's address space: a table of regions (stack frames, context, packet, map values,
// ringbuf records, a test buffer), each a byte array at its own 64-bit address. Every
// access is checked; a miss is a fault that names the address, the size and the nearest region.
//
// A pointer's high word names the region, its low word the byte:
//
//   63        56 55             32 31                              0
//   +----------+-----------------+--------------------------------+
//   |   0xff   |   region id     |  LO_BASE + offset in region    |
//   +----------+-----------------+--------------------------------+
//
// so finding a region is a mask and an index, and pointer arithmetic that stays within a
// region never carries into the high word.

export type RegionKind = "stack" | "ctx" | "packet" | "map_value" | "ringbuf" | "mem" | "str" | "sock";

export interface Region {
  readonly id: number;
  readonly kind: RegionKind;
  /** Human name, e.g. "stack frame 0", "packet", "map counters value (key 01000000)". */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Bytes of `bytes` that may be accessed: [start, end). The packet uses this for head/tail room. */
  start: number;
  end: number;
  readonly writable: boolean;
  readonly view: DataView;
  /** Context regions compute some fields (pointers) on load and check stores. */
  readonly hook?: RegionHook;
}

export interface RegionHook {
  /** A loaded value, or undefined to read the bytes as they are. */
  load(at: number, size: number): [hi: number, lo: number] | undefined;
  /** Undefined to allow the store, or why it is refused. */
  store?(at: number, size: number): string | undefined;
  /** Fields that read as packet pointers, for compiled code to read without calling `load` (ctx_region.ts). */
  readonly pointers?: PointerFields;
}

/**
 * A context's packet pointer fields as data: what `load` gives for a 4-byte read at an offset
 * whose kind is k (1-based) is [hi, LO_BASE + offsets[PACKET_POINTERS[k - 1]]] (packet_layout.ts
 * defines the kinds; jit_memory.ts generates its reads from the same list).
 */
export interface PointerFields {
  /** Per byte offset of the context: 0, or the kind of the pointer field a 4-byte load there reads. */
  readonly kindAt: Uint8Array;
  /** The pointers' high word: the packet region's tag and id. */
  readonly hi: number;
  /** The packet's current offsets in its region (helpers move them). */
  readonly offsets: { readonly data: number; readonly end: number; readonly meta: number };
}

export const LO_BASE = 0x1000;
export const HI_TAG = 0xff000000 | 0;
const MAX_REGIONS = 1 << 24;

export interface Fault {
  readonly kind: "memory" | "budget" | "helper" | "call_depth" | "invalid_insn" | "div" | "tail_call";
  readonly pc: number;
  readonly message: string;
}

export class FaultError extends Error {
  constructor(readonly fault: Fault) {
    super(fault.message);
  }
}

export function hex64(hi: number, lo: number): string {
  return "0x" + (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

export class Memory {
  readonly regions: (Region | undefined)[] = [];
  /** Called before every store with the region and byte range, for undo records. */
  onWrite?: (r: Region, at: number, size: number) => void;

  add(kind: RegionKind, name: string, bytes: Uint8Array, writable: boolean, opts: { start?: number; end?: number; hook?: RegionHook } = {}): Region {
    const id = this.regions.length;
    if (id >= MAX_REGIONS) throw new Error("too many memory regions");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const r: Region = { id, kind, name, bytes, start: opts.start ?? 0, end: opts.end ?? bytes.length, writable, view, hook: opts.hook };
    this.regions.push(r);
    return r;
  }

  /** The 64-bit address of byte `offset` of a region, as [hi, lo]. */
  addr(r: Region, offset: number): [number, number] {
    return [HI_TAG | r.id, (LO_BASE + offset) | 0];
  }

  addrBig(r: Region, offset: number): bigint {
    const [hi, lo] = this.addr(r, offset);
    return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  }

  /** The region and in-region offset of an access, or a fault message. */
  resolve(hi: number, lo: number, size: number, write: boolean): { r: Region; at: number } | string {
    const r = (hi & 0xff000000) === HI_TAG ? this.regions[hi & 0xffffff] : undefined;
    const at = (lo >>> 0) - LO_BASE;
    // the common case first, with no message made (helpers resolve every pointer they take)
    if (r && at >= r.start && at + size <= r.end && (!write || r.writable)) return { r, at };
    const what = `${write ? "write" : "read"} of ${size} byte${size === 1 ? "" : "s"} at ${hex64(hi, lo)}`;
    if (!r) return `invalid memory ${what}: not in any region${hi === 0 && (lo >>> 0) < 0x1000 ? " (null pointer?)" : ""}`;
    if (at < r.start || at + size > r.end) {
      const [bhi, blo] = this.addr(r, r.start);
      const [, elo] = this.addr(r, r.end);
      return `out-of-bounds ${what}: ${r.name} is [${hex64(bhi, blo)}, ${hex64(bhi, elo)}), ${r.end - r.start} bytes, the access is at offset ${at - r.start}`;
    }
    if (write && !r.writable) return `invalid memory ${what}: ${r.name} is read-only`;
    return { r, at };
  }

  /** Bytes [at, at+len) of the region an address points into, checked; for helpers. */
  slice(hi: number, lo: number, len: number, write: boolean): { r: Region; at: number } | string {
    return this.resolve(hi, lo, len, write);
  }
}
