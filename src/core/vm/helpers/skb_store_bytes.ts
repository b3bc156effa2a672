import { clearHash } from "./set_hash.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_F_RECOMPUTE_CSUM = 1;
const BPF_F_INVALIDATE_HASH = 2;

/** long bpf_skb_store_bytes(skb, offset, from, len, flags); BPF_F_INVALIDATE_HASH clears skb->hash. */
export const skbStoreBytes: HelperImpl = {
  name: "skb_store_bytes",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const off = rt.argU32(2);
    const len = rt.argU32(4);
    if (rt.argU32(5) & ~(BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH) || rt.arg(5)[0] !== 0) return errno(22);
    if (off > 0x7fffffff || off + len > p.end - p.data) return errno(14);
    const bytes = rt.read(3, len, label);
    rt.writeRegion(p.region, p.data + off, bytes);
    if (rt.argU32(5) & BPF_F_INVALIDATE_HASH) clearHash(rt);
    return ok;
  },
};
