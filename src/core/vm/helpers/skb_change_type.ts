import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const PACKET_OTHERHOST = 3;
const PKT_TYPE = field(SK_BUFF, "pkt_type").off;

/** long bpf_skb_change_type(skb, type): pkt_type from and to PACKET_HOST..PACKET_OTHERHOST only. */
export const skbChangeType: HelperImpl = {
  name: "skb_change_type",
  call(rt, _m, label) {
    skbPacket(rt, label);
    const ctx = rt.ctx.ctx;
    const type = rt.argU32(2);
    if (!ctx || ctx.view.getUint32(PKT_TYPE, true) > PACKET_OTHERHOST || type > PACKET_OTHERHOST) return errno(EINVAL);
    const out = new Uint8Array(4);
    out[0] = type;
    rt.writeRegion(ctx, PKT_TYPE, out);
    return ok;
  },
};
