// The context struct as a region of memory: its pointer fields (data, data_end, data_meta,
// skb->sk) read as pointers computed from the packet on every load, stores go only into the
// fields the program type may write; and which fields BPF_PROG_TEST_RUN takes from user space.

import { BPF_SOCK_ADDR, field } from "../isa/ctx_layouts.ts";
import type { CtxStruct } from "../isa/ctx_layouts.ts";
import type { Pair } from "../isa/int64.ts";
import type { FieldRange, ProgType } from "../isa/progtypes.ts";
import { HI_TAG, LO_BASE } from "./memory.ts";
import type { Memory, Region } from "./memory.ts";
import { PACKET_POINTERS } from "./packet_layout.ts";
import type { Packet } from "./packet_layout.ts";

/** Points a region at other bytes (an input of another size), keeping its id and so every pointer's meaning. */
export function rebind(r: Region, bytes: Uint8Array): void {
  const w = r as { -readonly [K in keyof Region]: Region[K] };
  w.bytes = bytes;
  w.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  r.start = 0;
  r.end = bytes.length;
}

/** A pointer to byte `at` of a region, as a program holds it. */
export const ptr = (r: Region, at: number): Pair => [HI_TAG | r.id, (LO_BASE + at) | 0];

const kindOf = (name: (typeof PACKET_POINTERS)[number]) => PACKET_POINTERS.indexOf(name) + 1;
const DATA = kindOf("data");
const DATA_END = kindOf("end");
const DATA_META = kindOf("meta");
/** skb->sk (an 8-byte load): a pointer to the socket. */
const SK = PACKET_POINTERS.length + 1;

/**
 * A context struct whose pointer fields are computed from the packet (and skb->sk) on every load;
 * stores go only into the fields the program type may write.
 */
export function ctxRegion(mem: Memory, t: ProgType, s: CtxStruct, bytes: Uint8Array, p: Packet, sock?: Region): Region {
  const name = `context (${s.name})`;
  // what a load at each offset reads: the field there (the last one declared at it), by kind
  const kindAt = new Uint8Array(s.size);
  for (const f of s.fields) {
    if (f.off >= s.size) continue;
    kindAt[f.off] = f.name === "sk" ? SK : f.kind === "data" ? DATA : f.kind === "data_end" ? DATA_END : f.kind === "data_meta" ? DATA_META : 0;
  }
  const writable = (r: FieldRange, at: number) => at >= field(s, r[0]).off && at < field(s, r[1] ?? r[0]).off + field(s, r[1] ?? r[0]).size;
  // the machine reads a loaded pair at once, so one pair serves every load (no allocation per load)
  const out: Pair = [0, 0];
  const give = (r: Region, at: number): Pair => {
    out[0] = HI_TAG | r.id;
    out[1] = (LO_BASE + at) | 0;
    return out;
  };
  return mem.add("ctx", name, bytes, true, {
    hook: {
      load(at, sz) {
        const k = at < kindAt.length ? kindAt[at] : 0;
        if (k === 0) return undefined;
        if (k === SK) return sz !== 8 ? undefined : sock ? give(sock, 0) : [0, 0];
        if (sz !== 4) return undefined;
        return give(p.region, p[PACKET_POINTERS[k - 1]]);
      },
      pointers: { kindAt, hi: HI_TAG | p.region.id, offsets: p },
      store(at, sz) {
        const f = s.fields.find((x) => at >= x.off && at + sz <= x.off + x.size);
        if (!f) return `invalid store to ${name} at offset ${at}: no field there`;
        if (!t.rules.writable.some((r) => writable(r, at))) return `invalid store to ${name} field ${f.name}: it is read-only`;
        return undefined;
      },
    },
  });
}

/**
 * The context fields BPF_PROG_TEST_RUN takes from user space (ctx_in), by struct; other structs' are all taken.
 * bpf_sock_addr, which it cannot run, is bpfplay's own: every field but the socket pointer.
 */
export const FROM_USER: Readonly<Record<string, readonly string[]>> = {
  bpf_sock_addr: BPF_SOCK_ADDR.fields.filter((f) => f.kind === "scalar").map((f) => f.name),
  __sk_buff: ["mark", "priority", "cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]", "tstamp", "wire_len", "gso_segs", "gso_size", "hwtstamp"],
  // data is the length of the metadata at the start of the bytes given
  xdp_md: ["data", "data_end", "ingress_ifindex", "rx_queue_index"],
};
