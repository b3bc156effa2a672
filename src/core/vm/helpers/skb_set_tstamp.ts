import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EOPNOTSUPP = 95;
const TSTAMP = field(SK_BUFF, "tstamp").off;
const TSTAMP_TYPE = field(SK_BUFF, "tstamp_type").off;
/** BPF_SKB_CLOCK_REALTIME, _MONOTONIC, _TAI */
const CLOCKS = 3;

/**
 * long bpf_skb_set_tstamp(skb, tstamp, tstamp_type): sets skb->tstamp and the clock it counts
 * in; IPv4 and IPv6 packets only (-EOPNOTSUPP), and a monotonic or TAI time may not be 0.
 */
export const skbSetTstamp: HelperImpl = {
  name: "skb_set_tstamp",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const ctx = rt.ctx.ctx;
    const b = p.region.bytes;
    const proto = (b[p.mac + 12] << 8) | b[p.mac + 13];
    if (!ctx || (proto !== 0x0800 && proto !== 0x86dd)) return errno(EOPNOTSUPP);
    const tstamp = BigInt.asUintN(64, rt.argBig(2));
    const clock = rt.argU32(3);
    if (clock >= CLOCKS || (clock !== 0 && tstamp === 0n)) return errno(EINVAL);
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, tstamp, true);
    rt.writeRegion(ctx, TSTAMP, out);
    rt.writeRegion(ctx, TSTAMP_TYPE, Uint8Array.of(clock));
    return ok;
  },
};
