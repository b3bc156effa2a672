import { lookup } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_sock *bpf_sk_lookup_udp(ctx, tuple, tuple_size, netns, flags): NULL, nothing is bound here. */
export const skLookupUdp: HelperImpl = { name: "sk_lookup_udp", call: (rt, _m, label) => lookup(rt, label) };
