import { HZ } from "../world.ts";
import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const TICK_NS = 1_000_000_000n / BigInt(HZ);

/** u64 bpf_ktime_get_coarse_ns(void): the monotonic clock as of the last timer tick (1/HZ). */
export const ktimeGetCoarseNs: HelperImpl = {
  name: "ktime_get_coarse_ns",
  call: (rt, m) => {
    const now = rt.opts.world.now(m.executed);
    return u64(now - (now % TICK_NS));
  },
};

/** u64 bpf_ktime_get_tai_ns(void): CLOCK_TAI, the wall clock without leap seconds (world.ts). */
export const ktimeGetTaiNs: HelperImpl = { name: "ktime_get_tai_ns", call: (rt, m) => u64(rt.opts.world.tai(m.executed)) };
