import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const TC_ACT_SHOT = 2;
const TC_ACT_REDIRECT = 7;
/** struct bpf_redir_neigh: nh_family, then an IPv4 or IPv6 address. */
const REDIR_NEIGH_SIZE = 20;

/** long bpf_redirect_peer(ifindex, flags): TC_ACT_REDIRECT, TC_ACT_SHOT for any flags; the redirect happens after the program. */
export const redirectPeer: HelperImpl = {
  name: "redirect_peer",
  call: (rt) => u32(rt.argBig(2) ? TC_ACT_SHOT : TC_ACT_REDIRECT),
};

/** long bpf_redirect_neigh(ifindex, params, plen, flags): as bpf_redirect_peer; params, when given, must be a whole struct bpf_redir_neigh. */
export const redirectNeigh: HelperImpl = {
  name: "redirect_neigh",
  call(rt, _m, label) {
    const plen = rt.argU32(3);
    if (plen) rt.read(2, plen, label);
    return u32(rt.argBig(4) || (plen && plen < REDIR_NEIGH_SIZE) ? TC_ACT_SHOT : TC_ACT_REDIRECT);
  },
};
