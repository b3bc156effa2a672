import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import { SKB_MAX_ALLOC } from "../packet_layout.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const LEN = field(SK_BUFF, "len").off;

/**
 * long bpf_skb_change_head(skb, head_room, flags): puts head_room zeroed bytes in front of
 * skb->data (a link-layer header for an L3 packet, say) and makes them the start of the
 * link-layer header; skb->len grows with them. -EINVAL for flags, or a packet that would pass
 * BPF_SKB_MAX_LEN. The kernel reallocates the head when it lacks room (skb_cow); bpfplay keeps
 * that much room in front of the packet of every program that calls this helper (run.ts).
 */
export const skbChangeHead: HelperImpl = {
  name: "skb_change_head",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const room = rt.argU32(2);
    const len = p.end - p.data;
    if (rt.argBig(3) !== 0n || len + room > SKB_MAX_ALLOC || len + room > 0xffffffff) return errno(EINVAL);
    if (room > p.data) rt.fault(`${label}: bpfplay kept no room for ${room} more bytes in front of the packet`);
    p.data -= room;
    p.meta = p.data;
    p.mac = p.data;
    p.region.start = p.data;
    rt.zero(p.region, p.data, room);
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, len + room, true);
    if (rt.ctx.ctx) rt.writeRegion(rt.ctx.ctx, LEN, out);
    return ok;
  },
};
