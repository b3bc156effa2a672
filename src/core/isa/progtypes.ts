// Program types (enum bpf_prog_type in the kernel UAPI) and the context each one receives.

/** "other": a context bpfplay does not model field by field (every access is refused). */
export type CtxKind = "xdp_md" | "__sk_buff" | "bpf_raw_tracepoint_args" | "pt_regs" | "tracepoint" | "other" | "none";

export interface ProgType {
  /** Kernel name without BPF_PROG_TYPE_, lower case. */
  readonly name: string;
  readonly id: number;
  /** libbpf section names that select this type. */
  readonly sections: readonly string[];
  readonly ctx: CtxKind;
  /** Whether BPF_PROG_TEST_RUN can run it (and so whether bpfplay runs it against a packet). */
  readonly packet: boolean;
}

export const PROG_TYPES: readonly ProgType[] = [
  { name: "socket_filter", id: 1, sections: ["socket"], ctx: "__sk_buff", packet: true },
  { name: "kprobe", id: 2, sections: ["kprobe", "kretprobe", "uprobe", "uretprobe", "ksyscall"], ctx: "pt_regs", packet: false },
  { name: "sched_cls", id: 3, sections: ["tc", "classifier", "tcx/ingress", "tcx/egress"], ctx: "__sk_buff", packet: true },
  { name: "sched_act", id: 4, sections: ["action"], ctx: "__sk_buff", packet: true },
  { name: "tracepoint", id: 5, sections: ["tracepoint", "tp"], ctx: "tracepoint", packet: false },
  { name: "xdp", id: 6, sections: ["xdp", "xdp.frags"], ctx: "xdp_md", packet: true },
  { name: "perf_event", id: 7, sections: ["perf_event"], ctx: "other", packet: false },
  { name: "cgroup_skb", id: 8, sections: ["cgroup_skb/ingress", "cgroup_skb/egress", "cgroup/skb"], ctx: "__sk_buff", packet: true },
  { name: "lwt_in", id: 10, sections: ["lwt_in"], ctx: "__sk_buff", packet: true },
  { name: "lwt_out", id: 11, sections: ["lwt_out"], ctx: "__sk_buff", packet: true },
  { name: "lwt_xmit", id: 12, sections: ["lwt_xmit"], ctx: "__sk_buff", packet: true },
  { name: "raw_tracepoint", id: 17, sections: ["raw_tracepoint", "raw_tp"], ctx: "bpf_raw_tracepoint_args", packet: false },
  { name: "cgroup_sock", id: 9, sections: ["cgroup/sock"], ctx: "other", packet: false },
  { name: "sock_ops", id: 13, sections: ["sockops"], ctx: "other", packet: false },
  { name: "sk_skb", id: 14, sections: ["sk_skb"], ctx: "__sk_buff", packet: true },
  { name: "cgroup_device", id: 15, sections: ["cgroup/dev"], ctx: "other", packet: false },
  { name: "sk_msg", id: 16, sections: ["sk_msg"], ctx: "other", packet: false },
  { name: "cgroup_sock_addr", id: 18, sections: ["cgroup/connect4", "cgroup/bind4"], ctx: "other", packet: false },
  { name: "flow_dissector", id: 22, sections: ["flow_dissector"], ctx: "other", packet: false },
  { name: "cgroup_sysctl", id: 23, sections: ["cgroup/sysctl"], ctx: "other", packet: false },
  { name: "cgroup_sockopt", id: 25, sections: ["cgroup/getsockopt", "cgroup/setsockopt"], ctx: "other", packet: false },
  { name: "sk_reuseport", id: 21, sections: ["sk_reuseport", "sk_reuseport/migrate"], ctx: "other", packet: false },
  { name: "raw_tracepoint_writable", id: 24, sections: ["raw_tracepoint.w", "raw_tp.w"], ctx: "bpf_raw_tracepoint_args", packet: false },
  { name: "sk_lookup", id: 30, sections: ["sk_lookup"], ctx: "other", packet: false },
  { name: "syscall", id: 31, sections: ["syscall"], ctx: "other", packet: false },
];

/** Looks up a kernel type name or a libbpf section name (`xdp`, `tc`, `socket`, `kprobe/do_sys_open`). */
export function progTypeByName(name: string): ProgType | undefined {
  const n = name.toLowerCase();
  return (
    PROG_TYPES.find((t) => t.name === n) ??
    PROG_TYPES.find((t) => t.sections.some((s) => n === s || n.startsWith(s + "/")))
  );
}

export interface CtxField {
  readonly name: string;
  readonly off: number;
  readonly size: number;
  /** Pointer fields read as 64-bit pointers into the packet. */
  readonly kind: "scalar" | "data" | "data_end" | "data_meta";
  readonly writable?: boolean;
}

const u32 = (name: string, off: number, writable = false, kind: CtxField["kind"] = "scalar"): CtxField => ({ name, off, size: 4, kind, writable });

/** struct xdp_md */
export const XDP_MD: readonly CtxField[] = [
  u32("data", 0, false, "data"),
  u32("data_end", 4, false, "data_end"),
  u32("data_meta", 8, false, "data_meta"),
  u32("ingress_ifindex", 12),
  u32("rx_queue_index", 16),
  u32("egress_ifindex", 20),
];
export const XDP_MD_SIZE = 24;

/** struct __sk_buff, the fields up to hwtstamp (as in Linux 6.x). */
export const SK_BUFF: readonly CtxField[] = [
  u32("len", 0),
  u32("pkt_type", 4),
  u32("mark", 8, true),
  u32("queue_mapping", 12, true),
  u32("protocol", 16),
  u32("vlan_present", 20),
  u32("vlan_tci", 24),
  u32("vlan_proto", 28),
  u32("priority", 32, true),
  u32("ingress_ifindex", 36),
  u32("ifindex", 40),
  u32("tc_index", 44, true),
  ...[0, 1, 2, 3, 4].map((k) => u32(`cb[${k}]`, 48 + 4 * k, true)),
  u32("hash", 68),
  u32("tc_classid", 72, true),
  u32("data", 76, false, "data"),
  u32("data_end", 80, false, "data_end"),
  u32("napi_id", 84),
  u32("family", 88),
  u32("remote_ip4", 92),
  u32("local_ip4", 96),
  ...[0, 1, 2, 3].map((k) => u32(`remote_ip6[${k}]`, 100 + 4 * k)),
  ...[0, 1, 2, 3].map((k) => u32(`local_ip6[${k}]`, 116 + 4 * k)),
  u32("remote_port", 132),
  u32("local_port", 136),
  u32("data_meta", 140, false, "data_meta"),
  { name: "flow_keys", off: 144, size: 8, kind: "scalar" },
  { name: "tstamp", off: 152, size: 8, kind: "scalar", writable: true },
  u32("wire_len", 160),
  u32("gso_segs", 164),
  { name: "sk", off: 168, size: 8, kind: "scalar" },
  u32("gso_size", 176),
  { name: "tstamp_type", off: 180, size: 1, kind: "scalar" },
  { name: "hwtstamp", off: 184, size: 8, kind: "scalar" },
];
export const SK_BUFF_SIZE = 192;

/** x86-64 struct pt_regs: 21 u64 registers. */
export const PT_REGS_SIZE = 168;
