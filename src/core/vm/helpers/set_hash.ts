import { HASH_OFF } from "./get_hash_recalc.ts";
import { skbPacket } from "./skb.ts";
import { skbState } from "./skb_state.ts";
import { ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";
import type { Run } from "../run.ts";

/** skb_clear_hash: no hash until the next bpf_get_hash_recalc. */
export function clearHash(rt: Run): void {
  if (rt.ctx.ctx) rt.zero(rt.ctx.ctx, HASH_OFF, 4);
  skbState(rt).swHash = false;
}

/** long bpf_set_hash(skb, hash): sets skb->hash as software's, which bpf_get_hash_recalc then keeps. */
export const setHash: HelperImpl = {
  name: "set_hash",
  call(rt, _m, label) {
    skbPacket(rt, label);
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, rt.argU32(2), true);
    if (rt.ctx.ctx) rt.writeRegion(rt.ctx.ctx, HASH_OFF, out);
    skbState(rt).swHash = true;
    return ok;
  },
};

/** void bpf_set_hash_invalid(skb): clears skb->hash; r0 is 0. */
export const setHashInvalid: HelperImpl = {
  name: "set_hash_invalid",
  call(rt, _m, label) {
    skbPacket(rt, label);
    clearHash(rt);
    return ok;
  },
};
