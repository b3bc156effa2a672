import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const BPF_F_INGRESS = 1n;

/**
 * long bpf_clone_redirect(skb, ifindex, flags): sends a copy of the packet to device ifindex
 * (its ingress with BPF_F_INGRESS) and goes on with the original. In bpfplay's world the copy
 * reaches the loopback device and goes no further; -EINVAL for another ifindex or other flags.
 */
export const cloneRedirect: HelperImpl = {
  name: "clone_redirect",
  call(rt, _m, label) {
    skbPacket(rt, label);
    if (rt.argBig(3) & ~BPF_F_INGRESS) return errno(EINVAL);
    return rt.opts.world.interfaces.has(rt.argU32(2)) ? ok : errno(EINVAL);
  },
};
