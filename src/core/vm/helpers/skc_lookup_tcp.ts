import { lookup } from "./sock.ts";
import type { HelperImpl } from "./types.ts";

/** struct bpf_sock *bpf_skc_lookup_tcp(ctx, tuple, tuple_size, netns, flags): NULL, no socket of any state matches. */
export const skcLookupTcp: HelperImpl = { name: "skc_lookup_tcp", call: (rt, _m, label) => lookup(rt, label) };
