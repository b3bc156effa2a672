import { u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/**
 * u64 bpf_get_current_task(void): the address of the current struct task_struct, a number the
 * program may only pass to bpf_probe_read_kernel. bpfplay's world gives a fixed kernel address
 * (world.ts) with nothing readable behind it.
 */
export const getCurrentTask: HelperImpl = { name: "get_current_task", call: (rt) => u64(rt.opts.world.task) };
