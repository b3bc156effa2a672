// The structs a program sees through its context pointer (and through the socket pointers it
// can get), laid out as the kernel UAPI declares them (include/uapi/linux/bpf.h, Linux 6.x,
// x86-64). The verifier's access rules, the VM's contexts and the UI read offsets and sizes
// from these tables; no other file writes them.

/**
 * What a load of the field gives: a number, or a pointer the kernel rewrites the load into.
 * data, data_end and data_meta point into the packet (PTR_TO_PACKET, _END, _META).
 */
export type FieldKind = "scalar" | "data" | "data_end" | "data_meta" | "sock" | "sock_or_null" | "sock_common_or_null" | "flow_keys";

export interface CtxField {
  readonly name: string;
  readonly off: number;
  readonly size: number;
  readonly kind: FieldKind;
}

export interface CtxStruct {
  /** The C struct's name, as a program declares its context (`struct xdp_md *ctx`). */
  readonly name: string;
  readonly size: number;
  /** In offset order; padding is a gap. */
  readonly fields: readonly CtxField[];
}

const f = (name: string, off: number, size = 4, kind: FieldKind = "scalar"): CtxField => ({ name, off, size, kind });
/** `name[0]` .. `name[n-1]`, u32s from `off`. */
const u32s = (name: string, off: number, n: number): CtxField[] => Array.from({ length: n }, (_, k) => f(`${name}[${k}]`, off + 4 * k));
const u64s = (name: string, off: number, n: number): CtxField[] => Array.from({ length: n }, (_, k) => f(`${name}[${k}]`, off + 8 * k, 8));

/** The field that holds byte `off`, if any (none in padding or past the end). */
export function fieldAt(s: CtxStruct, off: number): CtxField | undefined {
  return s.fields.find((x) => off >= x.off && off < x.off + x.size);
}

/** The field called `name`; an unknown name is a bug in the caller. */
export function field(s: CtxStruct, name: string): CtxField {
  const x = s.fields.find((y) => y.name === name);
  if (!x) throw new Error(`internal: struct ${s.name} has no field ${name}`);
  return x;
}

/** Whether byte `off` lies in the fields from `from` to `till` (bpf_ctx_range, bpf_ctx_range_till). */
export function inFields(s: CtxStruct, off: number, from: string, till = from): boolean {
  const a = field(s, from);
  const b = field(s, till);
  return off >= a.off && off < b.off + b.size;
}

export const XDP_MD: CtxStruct = {
  name: "xdp_md",
  size: 24,
  fields: [f("data", 0, 4, "data"), f("data_end", 4, 4, "data_end"), f("data_meta", 8, 4, "data_meta"), f("ingress_ifindex", 12), f("rx_queue_index", 16), f("egress_ifindex", 20)],
};

/** struct __sk_buff, the fields up to hwtstamp. */
export const SK_BUFF: CtxStruct = {
  name: "__sk_buff",
  size: 192,
  fields: [
    f("len", 0), f("pkt_type", 4), f("mark", 8), f("queue_mapping", 12), f("protocol", 16), f("vlan_present", 20),
    f("vlan_tci", 24), f("vlan_proto", 28), f("priority", 32), f("ingress_ifindex", 36), f("ifindex", 40), f("tc_index", 44),
    ...u32s("cb", 48, 5),
    f("hash", 68), f("tc_classid", 72), f("data", 76, 4, "data"), f("data_end", 80, 4, "data_end"), f("napi_id", 84),
    f("family", 88), f("remote_ip4", 92), f("local_ip4", 96), ...u32s("remote_ip6", 100, 4), ...u32s("local_ip6", 116, 4),
    f("remote_port", 132), f("local_port", 136), f("data_meta", 140, 4, "data_meta"),
    f("flow_keys", 144, 8, "flow_keys"), f("tstamp", 152, 8), f("wire_len", 160), f("gso_segs", 164),
    f("sk", 168, 8, "sock_common_or_null"), f("gso_size", 176), f("tstamp_type", 180, 1), f("hwtstamp", 184, 8),
  ],
};

/** struct sk_msg_md */
export const SK_MSG_MD: CtxStruct = {
  name: "sk_msg_md",
  size: 80,
  fields: [
    f("data", 0, 8, "data"), f("data_end", 8, 8, "data_end"), f("family", 16), f("remote_ip4", 20), f("local_ip4", 24),
    ...u32s("remote_ip6", 28, 4), ...u32s("local_ip6", 44, 4), f("remote_port", 60), f("local_port", 64), f("size", 68),
    f("sk", 72, 8, "sock"),
  ],
};

/** struct sk_reuseport_md */
export const SK_REUSEPORT_MD: CtxStruct = {
  name: "sk_reuseport_md",
  size: 56,
  fields: [
    f("data", 0, 8, "data"), f("data_end", 8, 8, "data_end"), f("len", 16), f("eth_protocol", 20), f("ip_protocol", 24),
    f("bind_inany", 28), f("hash", 32), f("sk", 40, 8, "sock"), f("migrating_sk", 48, 8, "sock_common_or_null"),
  ],
};

/** struct bpf_sock_ops; `reply` is args[0] (a union of args[4], reply and replylong[4]). */
export const BPF_SOCK_OPS: CtxStruct = {
  name: "bpf_sock_ops",
  size: 224,
  fields: [
    f("op", 0), ...u32s("args", 4, 4), f("family", 20), f("remote_ip4", 24), f("local_ip4", 28), ...u32s("remote_ip6", 32, 4),
    ...u32s("local_ip6", 48, 4), f("remote_port", 64), f("local_port", 68), f("is_fullsock", 72), f("snd_cwnd", 76),
    f("srtt_us", 80), f("bpf_sock_ops_cb_flags", 84), f("state", 88), f("rtt_min", 92), f("snd_ssthresh", 96), f("rcv_nxt", 100),
    f("snd_nxt", 104), f("snd_una", 108), f("mss_cache", 112), f("ecn_flags", 116), f("rate_delivered", 120),
    f("rate_interval_us", 124), f("packets_out", 128), f("retrans_out", 132), f("total_retrans", 136), f("segs_in", 140),
    f("data_segs_in", 144), f("segs_out", 148), f("data_segs_out", 152), f("lost_out", 156), f("sacked_out", 160),
    f("sk_txhash", 164), f("bytes_received", 168, 8), f("bytes_acked", 176, 8), f("sk", 184, 8, "sock_or_null"),
    f("skb_data", 192, 8, "data"), f("skb_data_end", 200, 8, "data_end"), f("skb_len", 208), f("skb_tcp_flags", 212),
    f("skb_hwtstamp", 216, 8),
  ],
};

/** struct bpf_sock: what cgroup_sock programs get as their context, and what socket pointers point to. */
export const BPF_SOCK: CtxStruct = {
  name: "bpf_sock",
  size: 80,
  fields: [
    f("bound_dev_if", 0), f("family", 4), f("type", 8), f("protocol", 12), f("mark", 16), f("priority", 20), f("src_ip4", 24),
    ...u32s("src_ip6", 28, 4), f("src_port", 44), f("dst_port", 48, 2), f("dst_ip4", 52), ...u32s("dst_ip6", 56, 4),
    f("state", 72), f("rx_queue_mapping", 76),
  ],
};

/**
 * struct bpf_sock_addr: what cgroup_sock_addr programs (cgroup/bind4, cgroup/connect6, ...) get,
 * the address the call names (user_*) and the socket's; sk is a __bpf_md_ptr.
 */
export const BPF_SOCK_ADDR: CtxStruct = {
  name: "bpf_sock_addr",
  size: 72,
  fields: [
    f("user_family", 0), f("user_ip4", 4), ...u32s("user_ip6", 8, 4), f("user_port", 24), f("family", 28), f("type", 32),
    f("protocol", 36), f("msg_src_ip4", 40), ...u32s("msg_src_ip6", 44, 4), f("sk", 64, 8, "sock"),
  ],
};

/** struct bpf_tcp_sock, up to icsk_retransmits. */
export const BPF_TCP_SOCK: CtxStruct = {
  name: "bpf_tcp_sock",
  size: 112,
  fields: [
    f("snd_cwnd", 0), f("srtt_us", 4), f("rtt_min", 8), f("snd_ssthresh", 12), f("rcv_nxt", 16), f("snd_nxt", 20), f("snd_una", 24),
    f("mss_cache", 28), f("ecn_flags", 32), f("rate_delivered", 36), f("rate_interval_us", 40), f("packets_out", 44),
    f("retrans_out", 48), f("total_retrans", 52), f("segs_in", 56), f("data_segs_in", 60), f("segs_out", 64),
    f("data_segs_out", 68), f("lost_out", 72), f("sacked_out", 76), f("bytes_received", 80, 8), f("bytes_acked", 88, 8),
    f("dsack_dups", 96), f("delivered", 100), f("delivered_ce", 104), f("icsk_retransmits", 108),
  ],
};

/** x86-64 struct pt_regs: 21 u64 registers. */
export const PT_REGS: CtxStruct = {
  name: "pt_regs",
  size: 168,
  fields: ["r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax", "cx", "dx", "si", "di", "orig_ax", "ip", "cs", "flags", "sp", "ss"].map((n, k) => f(n, 8 * k, 8)),
};

/** struct bpf_perf_event_data: the registers, then sample_period and addr. */
export const BPF_PERF_EVENT_DATA: CtxStruct = {
  name: "bpf_perf_event_data",
  size: 184,
  fields: [f("regs", 0, PT_REGS.size), f("sample_period", 168, 8), f("addr", 176, 8)],
};

/** struct bpf_raw_tracepoint_args: the tracepoint's arguments, at most MAX_BPF_FUNC_ARGS (12). */
export const BPF_RAW_TRACEPOINT_ARGS: CtxStruct = { name: "bpf_raw_tracepoint_args", size: 8 * 12, fields: u64s("args", 0, 12) };

/**
 * A tracepoint's record: struct trace_entry's common fields (not the program's to read), then
 * the event's own fields, at most PERF_MAX_TRACE_SIZE bytes in all.
 */
export const TRACEPOINT: CtxStruct = { name: "trace_entry", size: 8192, fields: [f("common", 0, 8)] };

/** struct bpf_flow_keys: what a flow dissector fills in, through skb->flow_keys (ipv4_src and ipv4_dst share the first words of ipv6_src). */
export const BPF_FLOW_KEYS: CtxStruct = {
  name: "bpf_flow_keys",
  size: 56,
  fields: [
    f("nhoff", 0, 2), f("thoff", 2, 2), f("addr_proto", 4, 2), f("is_frag", 6, 1), f("is_first_frag", 7, 1), f("is_encap", 8, 1),
    f("ip_proto", 9, 1), f("n_proto", 10, 2), f("sport", 12, 2), f("dport", 14, 2), ...u32s("ipv6_src", 16, 4), ...u32s("ipv6_dst", 32, 4),
    f("flags", 48), f("flow_label", 52),
  ],
};

/** struct bpf_sysctl */
export const BPF_SYSCTL: CtxStruct = { name: "bpf_sysctl", size: 8, fields: [f("write", 0), f("file_pos", 4)] };

/**
 * A syscall program's context: whatever bytes user space passes in ctx_in (the program declares
 * its own struct), up to U16_MAX bytes; any aligned access inside, read or write
 * (syscall_prog_is_valid_access). No named fields: the program's own struct names them.
 */
export const SYSCALL_CTX: CtxStruct = { name: "syscall_ctx", size: 0xffff, fields: [] };
