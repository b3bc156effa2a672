import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** u32 bpf_get_smp_processor_id(void) */
export const getSmpProcessorId: HelperImpl = { name: "get_smp_processor_id", call: (rt) => u32(rt.cpu) };
