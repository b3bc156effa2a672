import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/**
 * u64 bpf_get_socket_cookie(skb): the cookie of skb->sk, 0 without a socket. The kernel numbers
 * sockets from a counter the first time one is asked, so the value differs from boot to boot
 * but not from call to call; bpfplay's one socket has the world's fixed cookie.
 */
export const getSocketCookie: HelperImpl = {
  name: "get_socket_cookie",
  call: (rt) => (rt.ctx.sock ? u64(rt.opts.world.socketCookie) : u64(0n)),
};
