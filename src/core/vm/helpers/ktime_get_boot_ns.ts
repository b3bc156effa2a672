import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u64 bpf_ktime_get_boot_ns(void): the same clock, counting suspend (there is none here). */
export const ktimeGetBootNs: HelperImpl = { name: "ktime_get_boot_ns", call: (rt, m) => u64(rt.opts.world.now(m.executed)) };
