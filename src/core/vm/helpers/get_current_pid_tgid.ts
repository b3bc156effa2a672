import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u64 bpf_get_current_pid_tgid(void): tgid << 32 | pid. */
export const getCurrentPidTgid: HelperImpl = {
  name: "get_current_pid_tgid",
  call: (rt) => u64((BigInt(rt.opts.world.tgid) << 32n) | BigInt(rt.opts.world.pid)),
};
