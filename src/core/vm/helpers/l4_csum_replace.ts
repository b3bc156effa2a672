import { csumReplace } from "./csum.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_F_PSEUDO_HDR = 0x10;
const BPF_F_MARK_MANGLED_0 = 0x20;
const BPF_F_MARK_ENFORCE = 0x40;

/**
 * long bpf_l4_csum_replace(skb, offset, from, to, flags). With BPF_F_MARK_MANGLED_0 a zero
 * checksum (UDP's "none") is left alone and a zero result is written as 0xffff.
 */
export const l4CsumReplace: HelperImpl = {
  name: "l4_csum_replace",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const off = rt.argU32(2);
    const flags = rt.argU32(5);
    const size = flags & 0xf;
    if (flags & ~(0xf | BPF_F_PSEUDO_HDR | BPF_F_MARK_MANGLED_0 | BPF_F_MARK_ENFORCE) || (size !== 0 && size !== 2 && size !== 4)) return errno(22);
    if (off > 0xffff || off + 2 > p.end - p.data) return errno(14);
    const at = p.data + off;
    const b = p.region.bytes;
    const sum = b[at] | (b[at + 1] << 8);
    const mangled = flags & BPF_F_MARK_MANGLED_0;
    if (mangled && sum === 0) return ok;
    let v = csumReplace(sum, rt.argU32(3), rt.argU32(4), size);
    if (mangled && v === 0) v = 0xffff;
    rt.writeRegion(p.region, at, Uint8Array.of(v & 0xff, v >> 8));
    return ok;
  },
};
