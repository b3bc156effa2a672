import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EFAULT = 14;
const BPF_HDR_START_MAC = 0;
const BPF_HDR_START_NET = 1;

/**
 * long bpf_skb_load_bytes_relative(skb, offset, to, len, start_header): bytes counted from the
 * link-layer (BPF_HDR_START_MAC) or network header (BPF_HDR_START_NET), wherever skb->data is;
 * -EFAULT (and a zeroed buffer) past the packet's end, beyond 64 KiB or for another start.
 */
export const skbLoadBytesRelative: HelperImpl = {
  name: "skb_load_bytes_relative",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const off = rt.argU32(2);
    const len = rt.argU32(4);
    const start = rt.argU32(5);
    const base = start === BPF_HDR_START_MAC ? p.mac : start === BPF_HDR_START_NET ? p.net : -1;
    if (off > 0xffff || base < 0 || base + off + len > p.end) {
      rt.write(3, new Uint8Array(len), label);
      return errno(EFAULT);
    }
    rt.write(3, p.region.bytes.slice(base + off, base + off + len), label);
    return ok;
  },
};
