import { RedirectMap } from "../maps/index.ts";
import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const XDP_ABORTED = 0;
const XDP_REDIRECT = 4;
/** XDP_ABORTED | XDP_DROP | XDP_PASS | XDP_TX: what the low bits of flags may ask for when the key is absent. */
const ACTIONS = 3n;
const BPF_F_BROADCAST = 8n;
const BPF_F_EXCLUDE_INGRESS = 16n;

/**
 * long bpf_redirect_map(map, key, flags): XDP_REDIRECT when the map holds a target under key
 * (a devmap with BPF_F_BROADCAST sends to every entry, so it redirects even without one),
 * else the action in flags' low bits; XDP_ABORTED for flags it does not know. As in
 * BPF_PROG_TEST_RUN, the redirect itself does not happen: the packet comes back as it is.
 */
export const redirectMap: HelperImpl = {
  name: "redirect_map",
  call(rt, _m, label) {
    const map = rt.mapArg(1, label);
    if (!(map instanceof RedirectMap)) rt.fault(`${label}: map '${map.def.name}' is a ${map.def.type}, not a devmap, devmap_hash, cpumap or xskmap`);
    const flags = rt.argBig(3);
    const devmap = map.def.type === "devmap" || map.def.type === "devmap_hash";
    const known = ACTIONS | (devmap ? BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS : 0n);
    if (flags & ~known) return u32(XDP_ABORTED);
    // the key is a u64 argument, truncated to the maps' u32 key as the kernel's lookup does
    const key = rt.argU32(2);
    const target = map.lookup(Uint8Array.of(key & 0xff, (key >>> 8) & 0xff, (key >>> 16) & 0xff, key >>> 24), rt.cpu);
    if (!target && !(flags & BPF_F_BROADCAST)) return u32(Number(flags & ACTIONS));
    return u32(XDP_REDIRECT);
  },
};
