import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import type { Run } from "../run.ts";
import { SKB_MAX_ALLOC } from "../packet_layout.ts";
import { skbPacket } from "./skb.ts";
import { skbState } from "./skb_state.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const ENOTSUPP = 524;
const LEN = field(SK_BUFF, "len").off;

/**
 * long bpf_skb_change_tail(skb, new_len, flags): cuts the packet to new_len bytes or grows it
 * with zeros; skb->len follows. -EINVAL for flags, past BPF_SKB_MAX_LEN, or shorter than up to
 * the network header (the transport header is not set in a test run). The kernel reallocates
 * when it lacks room; bpfplay keeps that much room behind the packet of every program that calls
 * this helper (run.ts).
 */
export const skbChangeTail: HelperImpl = {
  name: "skb_change_tail",
  call(rt: Run, _m, label) {
    const p = skbPacket(rt, label);
    const len = rt.argU32(2);
    const min = Math.max(0, p.net - p.data);
    if (rt.argBig(3) !== 0n || len > SKB_MAX_ALLOC || len < min) return errno(EINVAL);
    if (skbState(rt).encapsulated) return errno(ENOTSUPP); // bpf_skb_adjust_room encapsulated it
    const end = p.data + len;
    if (end > p.region.bytes.length) rt.fault(`${label}: bpfplay kept no room for ${len} bytes`);
    if (end > p.end) rt.zero(p.region, p.end, end - p.end);
    p.end = end;
    p.region.end = end;
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, len, true);
    if (rt.ctx.ctx) rt.writeRegion(rt.ctx.ctx, LEN, out);
    return ok;
  },
};
