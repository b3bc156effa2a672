import { csumReplace } from "./csum.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_l3_csum_replace(skb, offset, from, to, flags): flags & 0xf is the field size (0, 2 or 4). */
export const l3CsumReplace: HelperImpl = {
  name: "l3_csum_replace",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const off = rt.argU32(2);
    const flags = rt.argU32(5);
    const size = flags & 0xf;
    if (flags & ~0xf || (size !== 0 && size !== 2 && size !== 4)) return errno(22);
    if (off > 0xffff || off + 2 > p.end - p.data) return errno(14);
    const at = p.data + off;
    const b = p.region.bytes;
    const sum = b[at] | (b[at + 1] << 8);
    const v = csumReplace(sum, rt.argU32(3), rt.argU32(4), size);
    rt.writeRegion(p.region, at, Uint8Array.of(v & 0xff, v >> 8));
    return ok;
  },
};
