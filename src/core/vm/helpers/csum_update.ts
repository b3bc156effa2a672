import { skbPacket } from "./skb.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const ENOTSUPP = 524;

/**
 * s64 bpf_csum_update(skb, csum): adds csum to skb->csum when the device gave the packet's
 * checksum (CHECKSUM_COMPLETE). BPF_PROG_TEST_RUN's packets, and bpfplay's, carry no checksum
 * state (CHECKSUM_NONE), so it is always -ENOTSUPP.
 */
export const csumUpdate: HelperImpl = {
  name: "csum_update",
  call(rt, _m, label) {
    skbPacket(rt, label);
    return errno(ENOTSUPP);
  },
};
