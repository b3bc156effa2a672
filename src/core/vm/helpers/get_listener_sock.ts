import { sockArg } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_sock *bpf_get_listener_sock(sk): NULL unless the socket listens, and the test run's socket is closed. */
export const getListenerSock: HelperImpl = {
  name: "get_listener_sock",
  call(rt, _m, label) {
    sockArg(rt, 1, label);
    return [0, 0];
  },
};
