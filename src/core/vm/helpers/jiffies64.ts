import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u64 bpf_jiffies64(void): the world's clock in ticks of HZ, from INITIAL_JIFFIES (world.ts). */
export const jiffies64: HelperImpl = { name: "jiffies64", call: (rt, m) => u64(rt.opts.world.jiffies(m.executed)) };
