import { lookup } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_sock *bpf_sk_lookup_tcp(ctx, tuple, tuple_size, netns, flags): NULL, nothing listens here. */
export const skLookupTcp: HelperImpl = { name: "sk_lookup_tcp", call: (rt, _m, label) => lookup(rt, label) };
