import { sockArg } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_tcp_sock *bpf_tcp_sock(sk): NULL unless the socket is TCP, and the test run's socket has no protocol. */
export const tcpSock: HelperImpl = {
  name: "tcp_sock",
  call(rt, _m, label) {
    sockArg(rt, 1, label);
    return [0, 0];
  },
};
