// Helper records, part one: maps, time, the current task, tracing, printing, ring buffers and
// perf events, and the syscall program's own helpers. Arguments and returns as Linux's
// func_proto definitions give them; who may call each, as the running kernel answered bpf()
// (helper_record.ts says how). Where the kernel's argument kind is one bpfplay does not model,
// the record uses a stricter one it does (it may refuse what the kernel takes, never the reverse).

import { allBut, LWT, P, TC, TRACING } from "./helper_record.ts";
import type { ArgType } from "./helper_protos.ts";

/** bpf_probe_read and its _kernel/_user twins: dst, size, unsafe_ptr. */
const PROBE: ArgType[] = ["uninit_mem", "const_size_or_zero", "anything"];
const QUEUE = ["queue", "stack", "bloom_filter"];
const TRACING_SYSCALL = [...TRACING, "syscall"];
/** The cgroup hooks whose return value the program may read and set (cgroup_common_func_proto). */
const RETVAL = ["cgroup_sock", "cgroup_device", "cgroup_sock_addr", "cgroup_sysctl", "cgroup_sockopt"];
const CGROUP_STORAGE = ["cgroup_skb", "cgroup_sock", "sock_ops", "cgroup_device", "cgroup_sock_addr", "cgroup_sysctl", "cgroup_sockopt"];
const PERF_ARRAY = ["perf_event_array"];

export const BASE_PROTOS = [
  P("map_lookup_elem", ["const_map_ptr", "map_key"], "map_value_or_null", { pktAccess: true, maps: ["devmap", "devmap_hash", "xskmap", "array_of_maps", "hash_of_maps", "sockmap", "sockhash"] }),
  P("map_update_elem", ["const_map_ptr", "map_key", "map_value", "anything"], "integer", { pktAccess: true }),
  P("map_delete_elem", ["const_map_ptr", "map_key"], "integer", { pktAccess: true }),
  P("map_push_elem", ["const_map_ptr", "map_value", "anything"], "integer", { pktAccess: true, only: QUEUE }),
  P("map_pop_elem", ["const_map_ptr", "uninit_map_value"], "integer", { only: ["queue", "stack"] }),
  P("map_peek_elem", ["const_map_ptr", "uninit_map_value"], "integer", { only: QUEUE }),
  P("map_lookup_percpu_elem", ["const_map_ptr", "map_key", "anything"], "map_value_or_null", { pktAccess: true, only: ["percpu_array", "percpu_hash", "lru_percpu_hash"] }),
  P("ktime_get_ns", [], "integer"),
  P("ktime_get_boot_ns", [], "integer"),
  P("ktime_get_tai_ns", [], "integer"),
  P("ktime_get_coarse_ns", [], "integer", { callers: allBut(...TRACING, "syscall", "cgroup_device", "cgroup_sockopt") }),
  P("jiffies64", [], "integer"),
  P("get_prandom_u32", [], "integer"),
  // inlined (bpf_fastcall) where the kernel gives the program type bpf_get_smp_processor_id_proto;
  // the others get the raw_smp_processor_id one, which is not (as Linux 6.18 answered)
  P("get_smp_processor_id", [], "integer", { fastcall: [...TRACING, ...TC, ...LWT, "xdp", "syscall"] }),
  P("get_numa_node_id", [], "integer"),
  P("trace_printk", ["mem", "const_size"], "integer", { gpl: true }), // up to three more arguments, unchecked
  P("trace_vprintk", ["mem", "const_size", "mem_or_null", "const_size_or_zero"], "integer", { gpl: true }),
  // Linux 6.12's bpf_helper_changes_pkt_data lists it, but 6.18 keeps packet pointers across a
  // failed tail call (helper_args_vs_kernel.test.ts): the kernel's answer decides
  P("tail_call", ["ctx", "const_map_ptr", "anything"], "void", { only: ["prog_array"] }),
  P("ringbuf_output", ["const_map_ptr", "mem", "const_size_or_zero", "anything"], "integer", { only: ["ringbuf"] }),
  P("ringbuf_reserve", ["const_map_ptr", "const_alloc_size_or_zero", "anything"], "ringbuf_mem_or_null", { ref: "acquire", only: ["ringbuf"] }),
  P("ringbuf_submit", ["ringbuf_mem", "anything"], "void"),
  P("ringbuf_discard", ["ringbuf_mem", "anything"], "void"),
  P("ringbuf_query", ["const_map_ptr", "anything"], "integer", { only: ["ringbuf"] }),
  P("perf_event_output", ["ctx", "const_map_ptr", "anything", "mem", "const_size_or_zero"], "integer", { callers: allBut("flow_dissector", "sk_reuseport"), gpl: true, only: PERF_ARRAY }),
  P("perf_event_read", ["const_map_ptr", "anything"], "integer", { gpl: true, only: PERF_ARRAY }),
  P("perf_event_read_value", ["const_map_ptr", "anything", "uninit_mem", "const_size"], "integer", { gpl: true, only: PERF_ARRAY }),
  P("perf_prog_read_value", ["ctx", "uninit_mem", "const_size"], "integer", { callers: ["perf_event"], gpl: true }),
  P("read_branch_records", ["ctx", "mem_inout_or_null", "const_size_or_zero", "anything"], "integer", { callers: ["perf_event"], gpl: true }),
  // the kernel reads no third argument (flags); bpfplay wants it set, as every caller does
  P("get_branch_snapshot", ["uninit_mem", "const_size_or_zero", "anything"], "integer", { gpl: true }),
  P("probe_read", PROBE, "integer", { callers: TRACING_SYSCALL, gpl: true }),
  P("probe_read_str", PROBE, "integer", { callers: TRACING_SYSCALL, gpl: true, retAtMostSize: true }),
  P("probe_read_kernel", PROBE, "integer", { gpl: true }),
  P("probe_read_kernel_str", PROBE, "integer", { gpl: true, retAtMostSize: true }),
  P("probe_read_user", PROBE, "integer", { gpl: true }),
  P("probe_read_user_str", PROBE, "integer", { gpl: true, retAtMostSize: true }),
  // it may sleep: sleepable programs only (the others have its prototype)
  P("copy_from_user", PROBE, "integer", { callers: ["syscall"], refusedWithProto: allBut("syscall") }),
  P("get_current_pid_tgid", [], "integer"),
  P("get_current_uid_gid", [], "integer"),
  P("get_current_comm", ["uninit_mem", "const_size"], "integer"),
  P("get_current_task", [], "integer", { gpl: true }),
  P("get_current_cgroup_id", [], "integer"),
  P("get_current_ancestor_cgroup_id", ["anything"], "integer"),
  P("get_ns_current_pid_tgid", ["anything", "anything", "uninit_mem", "const_size"], "integer"),
  P("current_task_under_cgroup", ["const_map_ptr", "anything"], "integer", { only: ["cgroup_array"] }),
  P("send_signal", ["anything"], "integer"),
  P("send_signal_thread", ["anything"], "integer"),
  P("get_stack", ["ctx", "uninit_mem", "const_size_or_zero", "anything"], "integer", { callers: TRACING_SYSCALL, gpl: true, retAtMostSize: true }),
  // perf_event programs may call it without GPL; the others need it
  P("get_stackid", ["ctx", "const_map_ptr", "anything"], "integer", { callers: TRACING_SYSCALL, gpl: true, only: ["stack_trace"] }),
  // the kernel accepts it only where the attach point gives the address: kprobes
  P("get_func_ip", ["ctx"], "integer", { callers: ["kprobe"], gpl: true, refusedWithProto: ["tracepoint", "perf_event", "raw_tracepoint", "raw_tracepoint_writable", "syscall"] }),
  P("get_attach_cookie", ["ctx"], "integer", { callers: TRACING }),
  // the format and the string to compare with are constant strings (ARG_PTR_TO_CONST_STR), which the verifier reads
  // from a frozen read-only map; the format is parsed as the kernel does (isa/bprintf.ts)
  P("snprintf", ["mem_inout_or_null", "const_size_or_zero", "const_str", "mem_or_null", "const_size_or_zero"], "integer", { gpl: true }),
  P("strncmp", ["mem", "const_size", "const_str"], "integer"),
  P("strtol", ["mem", "const_size", "anything", "long_out"], "integer"),
  P("strtoul", ["mem", "const_size", "anything", "long_out"], "integer"),
  // str, str_size, ptr (struct btf_ptr), btf_ptr_size, flags: the type is checked when it runs
  P("snprintf_btf", ["mem_inout", "const_size", "mem", "const_size", "anything"], "integer"),
  P("get_local_storage", ["const_map_ptr", "anything"], "map_value", { callers: CGROUP_STORAGE, only: ["cgroup_storage", "percpu_cgroup_storage"] }),
  P("get_retval", [], "integer", { callers: RETVAL }),
  P("set_retval", ["anything"], "integer", { callers: RETVAL }),
  // callbacks need BTF func_info, which bytecode without BTF cannot have: the verifier refuses
  // the callback's ld_imm64 as the kernel does; the VM runs the callback (vm/helpers/loop.ts)
  P("loop", ["anything", "func", "stack_or_null", "anything"], "integer"),
  // the syscall program's own (they may sleep)
  P("sys_bpf", ["anything", "mem", "const_size"], "integer", { callers: ["syscall"] }),
  P("btf_find_by_name_kind", ["mem", "const_size", "anything", "anything"], "integer", { callers: ["syscall"] }),
  P("sys_close", ["anything"], "integer", { callers: ["syscall"] }),
  P("kallsyms_lookup_name", ["mem", "const_size_or_zero", "anything", "long_out"], "integer", { callers: ["syscall"] }),
];
