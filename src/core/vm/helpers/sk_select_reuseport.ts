import { ReuseportSockarrayMap } from "../maps/reuseport_sockarray.ts";
import { errno } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const ENOENT = 2;
const EINVAL = 22;

/**
 * long bpf_sk_select_reuseport(reuse, map, key, flags): picks the socket in slot *key of a
 * reuseport array for the SO_REUSEPORT group. bpfplay's reuseport arrays hold no sockets, so
 * the slot is empty: -ENOENT, as the kernel answers for an empty slot.
 */
export const skSelectReuseport: HelperImpl = {
  name: "sk_select_reuseport",
  call(rt, _m, label) {
    const map = rt.mapArg(2, label);
    const key = rt.read(3, map.def.keySize, label);
    if (!(map instanceof ReuseportSockarrayMap)) return errno(EINVAL); // sockmap/sockhash: not in bpfplay's VM
    const index = (key[0] | (key[1] << 8) | (key[2] << 16) | (key[3] << 24)) >>> 0;
    return map.holds(index) ? errno(EINVAL) : errno(ENOENT);
  },
};
