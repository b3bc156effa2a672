import { sockArg } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_sock *bpf_sk_fullsock(sk): the test run's socket is a full socket, so itself. */
export const skFullsock: HelperImpl = { name: "sk_fullsock", call: (rt, _m, label) => sockArg(rt, 1, label) };
