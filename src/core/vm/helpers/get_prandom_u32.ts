import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u32 bpf_get_prandom_u32(void): from the session's seeded generator. */
export const getPrandomU32: HelperImpl = { name: "get_prandom_u32", call: (rt) => u32(rt.opts.world.random()) };
