// One record per helper the verifier knows: argument and return types as the kernel's
// func_proto tables give them, which program types may call it, what it does to packet
// pointers and references, which map types it takes and how its result is bounded. The
// verifier checks calls against these records; the VM implements the same helpers
// (src/core/vm/helpers/, one file each; helpers/index.test.ts lists the prototypes it lacks);
// isa/helper_c.ts gives each its C prototype (helper_c.test.ts holds the two to each other).

import { helperByName } from "./helpers.ts";
import { PROG_TYPES } from "./progtypes.ts";

export type ArgType =
  | "anything"
  | "const_map_ptr"
  | "map_key" // ARG_PTR_TO_MAP_KEY: initialised stack (or map value) of key_size bytes
  | "map_value" // ARG_PTR_TO_MAP_VALUE: initialised, value_size bytes
  | "uninit_map_value" // written by the helper, value_size bytes
  | "ctx"
  | "mem" // ARG_PTR_TO_MEM | MEM_RDONLY: initialised memory of the size in the next argument
  | "mem_or_null" // the same, or NULL (PTR_MAYBE_NULL)
  | "uninit_mem" // ARG_PTR_TO_UNINIT_MEM: the helper writes it
  | "const_size" // ARG_CONST_SIZE: a known-bounds scalar > 0
  | "const_size_or_zero"
  | "const_alloc_size_or_zero"
  | "ringbuf_mem" // ARG_PTR_TO_RINGBUF_MEM | OBJ_RELEASE
  | "sock_common" // ARG_PTR_TO_SOCK_COMMON: any socket pointer
  | "sock_release" // ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE: a socket reference, given back
  | "const_str"
  | "func" // ARG_PTR_TO_FUNC: a callback, loaded with ld_imm64 src 4
  | "stack_or_null" // ARG_PTR_TO_STACK_OR_NULL
  | "long_out" // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_ALIGNED, 8 bytes the helper writes
  | "u32_inout"; // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_WRITE | MEM_ALIGNED, 4 bytes

/** The size arguments: a scalar whose bounds the verifier must know (ARG_CONST_SIZE*). */
export function isSizeArg(a: ArgType): boolean {
  return a === "const_size" || a === "const_size_or_zero" || a === "const_alloc_size_or_zero";
}

export type RetType = "integer" | "void" | "map_value" | "map_value_or_null" | "ringbuf_mem_or_null" | "sock_or_null" | "sock_common_or_null" | "tcp_sock_or_null";

/** Where a helper may be used: every program type, or these families. */
export type Family = "all" | "tracing" | "skb" | "tc" | "xdp" | "tc_xdp" | "sk_lookup" | "sk_release" | "tcp_sock" | "sk_fullsock" | "tc_lwt_xmit" | "cgroup" | "sock_ops" | "sk_reuseport";

/**
 * What the helper does to references: `acquire` returns a new one (the kernel's is_acquire_function),
 * `cast` returns another view of its socket argument, holding the same reference (is_ptr_cast_function).
 */
export type RefKind = "none" | "acquire" | "cast";

export interface HelperProto {
  readonly id: number;
  readonly name: string;
  readonly args: readonly ArgType[];
  readonly ret: RetType;
  readonly family: Family;
  readonly ref: RefKind;
  /** May be given packet memory, in program types that read the packet directly (the kernel's pkt_access). */
  readonly pktAccess: boolean;
  /** Packet pointers are invalid after the call: the packet may have moved (bpf_helper_changes_pkt_data). */
  readonly changesPktData: boolean;
  /**
   * The map types of RESTRICTED_MAP_TYPES this helper may be given, or, when `mapsOnly`, the only
   * map types it takes at all (check_map_func_compatibility, both ways).
   */
  readonly maps: readonly string[];
  readonly mapsOnly: boolean;
  /** Returns at most the size of the buffer it fills, or -errno (do_refine_retval_range). */
  readonly retAtMostSize: boolean;
}

interface Facts {
  family?: Family;
  ref?: RefKind;
  pktAccess?: boolean;
  changesPktData?: boolean;
  /** Restricted map types it also takes. */
  maps?: string[];
  /** The only map types it takes. */
  only?: string[];
  retAtMostSize?: boolean;
}

const P = (name: string, args: ArgType[], ret: RetType, f: Facts = {}): HelperProto => {
  const h = helperByName(name);
  if (!h) throw new Error(`internal: no helper ${name}`);
  return {
    id: h.id, name, args, ret, family: f.family ?? "all", ref: f.ref ?? "none",
    pktAccess: f.pktAccess ?? false, changesPktData: f.changesPktData ?? false,
    maps: f.only ?? f.maps ?? [], mapsOnly: f.only !== undefined, retAtMostSize: f.retAtMostSize ?? false,
  };
};

/**
 * Map types that only the helpers naming them (in `maps`) may be given: the map side of
 * check_map_func_compatibility. A sockmap or sockhash also takes map_update_elem and
 * map_delete_elem where the program type may update it (ProgType.sockmap).
 */
export const RESTRICTED_MAP_TYPES: ReadonlySet<string> = new Set([
  "prog_array", "perf_event_array", "ringbuf", "user_ringbuf", "stack_trace", "cgroup_array", "cgroup_storage",
  "percpu_cgroup_storage", "devmap", "devmap_hash", "cpumap", "xskmap", "array_of_maps", "hash_of_maps", "sockmap",
  "sockhash", "reuseport_sockarray", "queue", "stack", "sk_storage", "bloom_filter",
]);

/** Whether the helper may be given a map of this type (the sockmap update rule aside). */
export function helperTakesMap(p: HelperProto, mapType: string): boolean {
  if (RESTRICTED_MAP_TYPES.has(mapType) && !p.maps.includes(mapType)) return false;
  return !p.mapsOnly || p.maps.includes(mapType);
}

/** Socket lookups: ctx, a struct bpf_sock_tuple and its size, netns, flags (bpf_sk_lookup_tcp_proto and its xdp and sock_addr twins). */
const LOOKUP: ArgType[] = ["ctx", "mem", "const_size", "anything", "anything"];
const TC: Facts = { family: "tc", changesPktData: true };
const QUEUE = ["queue", "stack", "bloom_filter"];

export const HELPER_PROTOS: readonly HelperProto[] = [
  P("map_lookup_elem", ["const_map_ptr", "map_key"], "map_value_or_null", { pktAccess: true, maps: ["devmap", "devmap_hash", "xskmap", "array_of_maps", "hash_of_maps", "sockmap", "sockhash"] }),
  P("map_update_elem", ["const_map_ptr", "map_key", "map_value", "anything"], "integer", { pktAccess: true }),
  P("map_delete_elem", ["const_map_ptr", "map_key"], "integer", { pktAccess: true }),
  P("map_push_elem", ["const_map_ptr", "map_value", "anything"], "integer", { pktAccess: true, only: QUEUE }),
  P("map_pop_elem", ["const_map_ptr", "uninit_map_value"], "integer", { only: ["queue", "stack"] }),
  P("map_peek_elem", ["const_map_ptr", "uninit_map_value"], "integer", { only: QUEUE }),
  P("ktime_get_ns", [], "integer"),
  P("ktime_get_boot_ns", [], "integer"),
  P("get_prandom_u32", [], "integer"),
  P("get_smp_processor_id", [], "integer"),
  P("trace_printk", ["mem", "const_size"], "integer"), // up to three more arguments, unchecked
  P("tail_call", ["ctx", "const_map_ptr", "anything"], "void", { only: ["prog_array"] }),
  P("ringbuf_output", ["const_map_ptr", "mem", "const_size_or_zero", "anything"], "integer", { only: ["ringbuf"] }),
  P("ringbuf_reserve", ["const_map_ptr", "const_alloc_size_or_zero", "anything"], "ringbuf_mem_or_null", { ref: "acquire", only: ["ringbuf"] }),
  P("ringbuf_submit", ["ringbuf_mem", "anything"], "void"),
  P("ringbuf_discard", ["ringbuf_mem", "anything"], "void"),
  P("perf_event_output", ["ctx", "const_map_ptr", "anything", "mem", "const_size_or_zero"], "integer", { only: ["perf_event_array"] }),
  P("probe_read_kernel", ["uninit_mem", "const_size_or_zero", "anything"], "integer"),
  P("probe_read_kernel_str", ["uninit_mem", "const_size_or_zero", "anything"], "integer", { retAtMostSize: true }),
  P("probe_read_user", ["uninit_mem", "const_size_or_zero", "anything"], "integer"),
  P("probe_read_user_str", ["uninit_mem", "const_size_or_zero", "anything"], "integer", { retAtMostSize: true }),
  P("get_current_pid_tgid", [], "integer"),
  P("get_current_uid_gid", [], "integer", { family: "tracing" }),
  P("get_current_comm", ["uninit_mem", "const_size"], "integer", { family: "tracing" }),
  P("skb_load_bytes", ["ctx", "anything", "uninit_mem", "const_size"], "integer", { family: "skb" }),
  P("skb_store_bytes", ["ctx", "anything", "mem", "const_size", "anything"], "integer", TC),
  P("l3_csum_replace", ["ctx", "anything", "anything", "anything", "anything"], "integer", TC),
  P("l4_csum_replace", ["ctx", "anything", "anything", "anything", "anything"], "integer", TC),
  P("csum_diff", ["mem_or_null", "const_size_or_zero", "mem_or_null", "const_size_or_zero", "anything"], "integer", { family: "tc_xdp", pktAccess: true }),
  P("redirect", ["anything", "anything"], "integer", { family: "tc_xdp" }),
  P("xdp_adjust_head", ["ctx", "anything"], "integer", { family: "xdp", changesPktData: true }),
  P("xdp_adjust_tail", ["ctx", "anything"], "integer", { family: "xdp", changesPktData: true }),
  P("xdp_adjust_meta", ["ctx", "anything"], "integer", { family: "xdp", changesPktData: true }),
  P("get_socket_cookie", ["ctx"], "integer", { family: "skb" }),
  P("get_hash_recalc", ["ctx"], "integer", { family: "tc" }),
  P("redirect_map", ["const_map_ptr", "anything", "anything"], "integer", { family: "xdp", only: ["devmap", "devmap_hash", "cpumap", "xskmap"] }),
  P("ringbuf_query", ["const_map_ptr", "anything"], "integer", { only: ["ringbuf"] }),
  P("get_numa_node_id", [], "integer"),
  P("jiffies64", [], "integer"),
  P("get_current_task", [], "integer", { family: "tracing" }),
  P("skb_pull_data", ["ctx", "anything"], "integer", TC),
  P("sk_lookup_tcp", LOOKUP, "sock_or_null", { family: "sk_lookup", ref: "acquire", pktAccess: true }),
  P("sk_lookup_udp", LOOKUP, "sock_or_null", { family: "sk_lookup", ref: "acquire", pktAccess: true }),
  P("skc_lookup_tcp", LOOKUP, "sock_common_or_null", { family: "sk_lookup", ref: "acquire", pktAccess: true }),
  P("sk_release", ["sock_release"], "integer", { family: "sk_release" }),
  P("sk_fullsock", ["sock_common"], "sock_or_null", { family: "sk_fullsock", ref: "cast" }),
  P("tcp_sock", ["sock_common"], "tcp_sock_or_null", { family: "tcp_sock", ref: "cast" }),
  P("get_listener_sock", ["sock_common"], "sock_or_null", { family: "sk_fullsock" }),
  P("get_stack", ["ctx", "uninit_mem", "const_size_or_zero", "anything"], "integer", { family: "tracing", retAtMostSize: true }),
  P("strtol", ["mem", "const_size", "anything", "long_out"], "integer"),
  P("strtoul", ["mem", "const_size", "anything", "long_out"], "integer"),
  P("check_mtu", ["ctx", "anything", "u32_inout", "anything", "anything"], "integer", { family: "tc_xdp" }),
  P("csum_update", ["ctx", "anything"], "integer", { family: "tc" }),
  P("skb_change_head", ["ctx", "anything", "anything"], "integer", { family: "tc_lwt_xmit", changesPktData: true }),
  P("fib_lookup", ["ctx", "mem", "const_size", "anything"], "integer", { family: "tc_xdp" }),
  P("sk_select_reuseport", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { family: "sk_reuseport", only: ["reuseport_sockarray", "sockmap", "sockhash"] }),
  P("sock_map_update", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { family: "sock_ops", only: ["sockmap"] }),
  P("sock_hash_update", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { family: "sock_ops", only: ["sockhash"] }),
  P("getsockopt", ["ctx", "anything", "anything", "uninit_mem", "const_size"], "integer", { family: "sock_ops" }),
  P("setsockopt", ["ctx", "anything", "anything", "mem", "const_size"], "integer", { family: "sock_ops" }),
  P("get_local_storage", ["const_map_ptr", "anything"], "map_value", { family: "cgroup", only: ["cgroup_storage", "percpu_cgroup_storage"] }),
  // callbacks need BTF func_info, which bytecode without BTF cannot have: the verifier refuses
  // the callback's ld_imm64 as the kernel does; the VM runs the callback (vm/helpers/loop.ts)
  P("loop", ["anything", "func", "stack_or_null", "anything"], "integer"),
];

const byId = new Map(HELPER_PROTOS.map((p) => [p.id, p]));

export function helperProto(id: number): HelperProto | undefined {
  return byId.get(id);
}

/** The program types that may call the helper (kernel names), in PROG_TYPES order. */
export function helperCallers(p: HelperProto): string[] {
  return PROG_TYPES.filter((t) => helperAllowed(p, t.name)).map((t) => t.name);
}

/** Whether a program type may call the helper. */
export function helperAllowed(p: HelperProto, progType: string): boolean {
  const tracing = ["kprobe", "tracepoint", "raw_tracepoint", "raw_tracepoint_writable", "perf_event"].includes(progType);
  const tc = progType === "sched_cls" || progType === "sched_act";
  switch (p.family) {
    case "all":
      return true;
    case "tracing":
      return tracing;
    case "skb":
      return tc || progType === "socket_filter" || progType === "cgroup_skb" || progType.startsWith("lwt");
    case "tc":
      return tc;
    case "xdp":
      return progType === "xdp";
    case "tc_xdp":
      return tc || progType === "xdp";
    // the socket helpers, as Linux 6.18's func_proto tables list them
    case "sk_lookup":
      return tc || ["xdp", "sk_skb", "cgroup_skb", "cgroup_sock_addr"].includes(progType);
    case "sk_release":
      return tc || ["xdp", "sk_skb", "cgroup_skb", "cgroup_sock_addr", "sk_lookup"].includes(progType);
    case "tcp_sock":
      return tc || progType === "cgroup_skb" || progType === "sock_ops";
    case "sk_fullsock":
      return tc || progType === "cgroup_skb";
    case "tc_lwt_xmit":
      return tc || progType === "lwt_xmit";
    case "cgroup":
      return ["cgroup_skb", "cgroup_sock", "cgroup_sock_addr", "cgroup_device", "cgroup_sysctl", "cgroup_sockopt"].includes(progType);
    case "sock_ops":
      return progType === "sock_ops";
    case "sk_reuseport":
      return progType === "sk_reuseport";
  }
}
