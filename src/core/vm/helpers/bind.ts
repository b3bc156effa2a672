import { BPF_SOCK, field } from "../../isa/ctx_layouts.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EAFNOSUPPORT = 97;
const AF_INET = 2;
const AF_INET6 = 10;
/** sizeof(struct sockaddr_in); SIN6_LEN_RFC2133, the shortest struct sockaddr_in6 bind takes. */
const MIN_LEN: Readonly<Record<number, number>> = { [AF_INET]: 16, [AF_INET6]: 24 };

/**
 * int bpf_bind(ctx, addr, addr_len): binds the socket of a connect4/connect6 hook to a struct
 * sockaddr_in or sockaddr_in6, as the kernel checks it (-EINVAL for a short address, -EAFNOSUPPORT
 * for another family). bpfplay's world has no other sockets, so every address and port is free
 * and the bind succeeds: the socket (ctx->sk) then has that source address and port.
 */
export const bind: HelperImpl = {
  name: "bind",
  call(rt, _m, label) {
    const len = rt.argU32(3);
    const addr = rt.read(2, len, label);
    if (len < 2) return errno(EINVAL);
    const family = addr[0] | (addr[1] << 8);
    const min = MIN_LEN[family];
    if (min === undefined) return errno(EAFNOSUPPORT);
    if (len < min) return errno(EINVAL);
    const sock = rt.ctx.sock?.bytes;
    if (sock) {
      const v = new DataView(sock.buffer, sock.byteOffset, sock.byteLength);
      // sin_port / sin6_port at 2, in network byte order; src_port is in host byte order
      v.setUint32(field(BPF_SOCK, "src_port").off, (addr[2] << 8) | addr[3], true);
      if (family === AF_INET) sock.set(addr.subarray(4, 8), field(BPF_SOCK, "src_ip4").off);
      else sock.set(addr.subarray(8, 24), field(BPF_SOCK, "src_ip6[0]").off);
    }
    return ok;
  },
};
