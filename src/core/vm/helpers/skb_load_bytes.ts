import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_skb_load_bytes(skb, offset, to, len): -EFAULT (and a zeroed buffer) past the packet. */
export const skbLoadBytes: HelperImpl = {
  name: "skb_load_bytes",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const off = rt.argU32(2);
    const len = rt.argU32(4);
    if (off > 0x7fffffff || off + len > p.end - p.data || len === 0) {
      rt.write(3, new Uint8Array(len), label);
      return errno(14);
    }
    rt.write(3, p.region.bytes.slice(p.data + off, p.data + off + len), label);
    return ok;
  },
};
