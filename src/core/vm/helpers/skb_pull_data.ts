import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const ENOMEM = 12;

/**
 * long bpf_skb_pull_data(skb, len): makes the first len bytes (the whole head when len is 0)
 * direct-access memory. bpfplay's packets, like BPF_PROG_TEST_RUN's, are one linear buffer, so
 * there is nothing to pull: 0, or -ENOMEM when len is past the packet's end.
 */
export const skbPullData: HelperImpl = {
  name: "skb_pull_data",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    return rt.argU32(2) > p.end - p.data ? errno(ENOMEM) : ok;
  },
};
