import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u64 bpf_ktime_get_ns(void): monotonic time, deterministic here (see world.ts). */
export const ktimeGetNs: HelperImpl = { name: "ktime_get_ns", call: (rt, m) => u64(rt.opts.world.now(m.executed)) };
