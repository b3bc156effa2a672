// What a test run's socket buffer says about where it is going and who owns it: no route yet
// (no dst, so no realm), and the test run's socket, owned by uid 0 in the world's network
// namespace.
import { skbPacket } from "./skb.ts";
import { u32, u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** The kernel's overflowuid: what bpf_get_socket_uid says without a full socket. */
const OVERFLOW_UID = 65534;

/** u32 bpf_get_route_realm(skb): the route's realm (tclassid); a test run's packet has no route: 0. */
export const getRouteRealm: HelperImpl = {
  name: "get_route_realm",
  call(rt, _m, label) {
    skbPacket(rt, label);
    return u32(0);
  },
};

/** u32 bpf_get_socket_uid(skb): the owner of skb->sk; the test run's socket has none but uid 0. */
export const getSocketUid: HelperImpl = {
  name: "get_socket_uid",
  call(rt, _m, label) {
    skbPacket(rt, label);
    return u32(rt.ctx.sock ? 0 : OVERFLOW_UID);
  },
};

/** u64 bpf_get_netns_cookie(ctx): the cookie of the network namespace of the packet's socket (the world's). */
export const getNetnsCookie: HelperImpl = { name: "get_netns_cookie", call: (rt) => u64(rt.opts.world.netnsCookie) };
