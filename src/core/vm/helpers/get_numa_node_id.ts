import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_get_numa_node_id(void): the node of the CPU the program runs on; bpfplay's world has one. */
export const getNumaNodeId: HelperImpl = { name: "get_numa_node_id", call: (rt) => u32(rt.opts.world.numaNode) };
