import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u64 bpf_get_current_uid_gid(void): gid << 32 | uid. */
export const getCurrentUidGid: HelperImpl = {
  name: "get_current_uid_gid",
  call: (rt) => u64((BigInt(rt.opts.world.gid) << 32n) | BigInt(rt.opts.world.uid)),
};
