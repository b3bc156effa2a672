// Program types (enum bpf_prog_type in the kernel UAPI): one record each, with the context it
// receives (layout in isa/ctx_layouts.ts, access rules here), its return range, and what it may
// do with the packet. The verifier, the VM and the UI read these records.

import { BPF_PERF_EVENT_DATA, BPF_RAW_TRACEPOINT_ARGS, BPF_SOCK, BPF_SOCK_ADDR, BPF_SOCK_OPS, BPF_SYSCTL, PT_REGS, SK_BUFF, SK_MSG_MD, SK_REUSEPORT_MD, SYSCALL_CTX, TRACEPOINT, XDP_MD } from "./ctx_layouts.ts";
import type { CtxStruct } from "./ctx_layouts.ts";

/** "other": a context bpfplay does not model field by field (every access is refused). */
export type CtxKind = "xdp_md" | "__sk_buff" | "bpf_raw_tracepoint_args" | "pt_regs" | "tracepoint" | "other" | "none";

/** Fields `from` to `till` (or `from` alone) of the context struct, by name. */
export type FieldRange = readonly [from: string, till?: string];

/** Which context fields the program type may not touch, and which it may write (its *_is_valid_access). */
export interface CtxRules {
  readonly hidden: readonly FieldRange[];
  readonly writable: readonly FieldRange[];
  /** Fields the struct's common rules refuse that this type may read, whole. */
  readonly readable?: readonly FieldRange[];
}

export interface ProgType {
  /** Kernel name without BPF_PROG_TYPE_, lower case. */
  readonly name: string;
  readonly id: number;
  /** libbpf section names that select this type. */
  readonly sections: readonly string[];
  readonly ctx: CtxKind;
  /** The struct the context pointer points to, where bpfplay models it field by field. */
  readonly layout?: CtxStruct;
  readonly rules: CtxRules;
  /** Whether BPF_PROG_TEST_RUN can run it (and so whether bpfplay runs it against a packet). */
  readonly packet: boolean;
  /** Direct packet access through data/data_end: none, read (may_access_direct_pkt_data), or read and write. */
  readonly pkt: "none" | "read" | "write";
  /** The packet as the program sees it starts at the link-layer header (else at the network header). */
  readonly l2: boolean;
  /** What map_update_elem and map_delete_elem may do to a sockmap or sockhash (may_update_sockmap). */
  readonly sockmap: "none" | "update" | "delete";
  /** The values R0 must be in at exit, for the types the kernel checks (check_return_code). */
  readonly returnRange?: readonly [bigint, bigint];
  /**
   * The expected attach types the kernel loads this type with (bpf_prog_load_check_attach), where
   * it needs one or its rules depend on it; empty for the others (loaded with 0). The first is the
   * one a bare type name stands for.
   */
  readonly attachTypes: readonly AttachType[];
  /** The attach type this record is for: its rules, range and helpers are the type's as loaded with it. */
  readonly attach?: AttachType;
  /**
   * Whether a function of it with a large stack runs on a private one, outside its call chain's
   * combined size, when no function makes a tail call (bpf_enable_priv_stack, x86-64's JIT).
   * The 6.18 kernel did so for perf_event only (kprobe, tracepoint and raw_tracepoint measured).
   */
  readonly privateStack: boolean;
}

/** An expected attach type (enum bpf_attach_type) and what it changes in its program type's rules. */
export interface AttachType {
  /** Kernel name without BPF_, lower case: cgroup_inet4_bind. */
  readonly name: string;
  readonly id: number;
  /** libbpf section names that load with it. */
  readonly sections: readonly string[];
  readonly rules?: CtxRules;
  readonly returnRange?: readonly [bigint, bigint];
  /**
   * Helpers the program type may call (helper_protos) that its func_proto refuses with this attach
   * type, and helpers it gives only with this attach type (bind for connect4 and connect6). As
   * the kernel answered (test/kernel/helper_availability.json, by_attach).
   */
  readonly refuses?: readonly string[];
  readonly adds?: readonly string[];
  /** Helpers this attach type adds that bpfplay refuses, each with why. */
  readonly narrowed?: Readonly<Record<string, string>>;
}

const NO_RULES: CtxRules = { hidden: [], writable: [] };
const CB: FieldRange = ["cb[0]", "cb[4]"];
/** __sk_buff, per family of program types (bpf_skb_is_valid_access and its callers). */
const SKB_RULES = {
  socket_filter: {
    hidden: [["tc_classid"], ["data"], ["data_meta"], ["data_end"], ["family", "local_port"], ["tstamp"], ["wire_len"], ["hwtstamp"]],
    writable: [CB],
  },
  cgroup_skb: { hidden: [["tc_classid"], ["data_meta"], ["wire_len"]], writable: [["mark"], ["priority"], CB, ["tstamp"]] },
  lwt: { hidden: [["tc_classid"], ["family", "local_port"], ["data_meta"], ["tstamp"], ["wire_len"], ["hwtstamp"]], writable: [["mark"], ["priority"], CB] },
  tc: {
    hidden: [["family", "local_port"]],
    writable: [["mark"], ["tc_index"], ["priority"], ["tc_classid"], CB, ["tstamp"], ["queue_mapping"]],
    readable: [["tstamp_type"]],
  },
  sk_skb: { hidden: [["tc_classid"], ["data_meta"], ["tstamp"], ["wire_len"], ["hwtstamp"], ["mark"]], writable: [["tc_index"], ["priority"]] },
  // bpf_flow_dissector_is_valid_access: data, data_end and flow_keys, read only
  flow_dissector: { hidden: [], writable: [] },
} as const satisfies Record<string, CtxRules>;

const BOOL: readonly [bigint, bigint] = [0n, 1n];

interface Extra {
  layout?: CtxStruct;
  rules?: CtxRules;
  packet?: boolean;
  pkt?: ProgType["pkt"];
  l2?: boolean;
  sockmap?: ProgType["sockmap"];
  returnRange?: readonly [bigint, bigint];
  privateStack?: boolean;
  /** The first is the default, whose rules are the record's own. */
  attach?: readonly AttachType[];
}

/** The record's sections are its own and its attach types'; as a record it is its default attach type's. */
const T = (name: string, id: number, sections: string[], ctx: CtxKind, x: Extra = {}): ProgType => {
  const attachTypes = x.attach ?? [];
  return {
    name, id, sections: [...sections, ...attachTypes.flatMap((a) => a.sections)], ctx, layout: x.layout, rules: x.rules ?? NO_RULES,
    packet: x.packet ?? false, pkt: x.pkt ?? "none", l2: x.l2 ?? false, sockmap: x.sockmap ?? "none", returnRange: x.returnRange,
    attachTypes, attach: attachTypes[0], privateStack: x.privateStack ?? false,
  };
};
const A = (name: string, id: number, sections: string[], x: Omit<AttachType, "name" | "id" | "sections"> = {}): AttachType => ({ name, id, sections, ...x });
const skb = (rules: CtxRules, x: Extra = {}): Extra => ({ layout: SK_BUFF, rules, packet: true, ...x });
/** Tracing contexts are read only and have no fields the kernel rewrites. */
const TRACE = (layout: CtxStruct): Extra => ({ layout });

// Attach types (include/uapi/linux/bpf.h) and what each changes, as Linux 6.18 answered bpf():
// check_return_code's ranges, __sock_filter_check_attach_type's fields, the func_proto tables.
const RETVAL = ["get_retval", "set_retval"];
/**
 * struct bpf_sock_addr's addresses: each hook sees the user address of its own family (none for
 * the unix hooks), and sendmsg hooks the message's source address too (sock_addr_is_valid_access).
 * Whatever it sees of them and user_port it may also write.
 */
const SOCK_ADDR_FIELDS = { ip4: ["user_ip4"], ip6: ["user_ip6[0]", "user_ip6[3]"], msg4: ["msg_src_ip4"], msg6: ["msg_src_ip6[0]", "msg_src_ip6[3]"] } as const;
const sockAddr = (family: "4" | "6" | "unix", sendmsg = false): CtxRules => {
  const seen: string[] = family === "unix" ? [] : [`ip${family}`, ...(sendmsg ? [`msg${family}`] : [])];
  return {
    hidden: Object.entries(SOCK_ADDR_FIELDS).filter(([k]) => !seen.includes(k)).map(([, r]) => r),
    writable: [["user_ip4", "user_port"], ["msg_src_ip4", "msg_src_ip6[3]"]],
  };
};
/** cgroup_sock_addr hooks that may only let the call go on (r0 = 1), and have no get_retval or set_retval. */
const SOCK_ADDR_READ_ONLY = { returnRange: [1n, 1n], refuses: RETVAL } as const;
const SOCK_ADDR_ATTACH = [
  A("cgroup_inet4_connect", 10, ["cgroup/connect4"], { rules: sockAddr("4"), adds: ["bind"] }),
  A("cgroup_inet6_connect", 11, ["cgroup/connect6"], { rules: sockAddr("6"), adds: ["bind"] }),
  A("cgroup_unix_connect", 49, ["cgroup/connect_unix"], { rules: sockAddr("unix") }),
  // 2 and 3 also tell the kernel whether to check the port's privilege (BPF_RET_BIND_NO_CAP_NET_BIND_SERVICE)
  A("cgroup_inet4_bind", 8, ["cgroup/bind4"], { rules: sockAddr("4"), returnRange: [0n, 3n] }),
  A("cgroup_inet6_bind", 9, ["cgroup/bind6"], { rules: sockAddr("6"), returnRange: [0n, 3n] }),
  A("cgroup_udp4_sendmsg", 14, ["cgroup/sendmsg4"], { rules: sockAddr("4", true) }),
  A("cgroup_udp6_sendmsg", 15, ["cgroup/sendmsg6"], { rules: sockAddr("6", true) }),
  A("cgroup_unix_sendmsg", 50, ["cgroup/sendmsg_unix"], { rules: sockAddr("unix") }),
  A("cgroup_udp4_recvmsg", 19, ["cgroup/recvmsg4"], { rules: sockAddr("4"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_udp6_recvmsg", 20, ["cgroup/recvmsg6"], { rules: sockAddr("6"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_unix_recvmsg", 51, ["cgroup/recvmsg_unix"], { rules: sockAddr("unix"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_inet4_getpeername", 29, ["cgroup/getpeername4"], { rules: sockAddr("4"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_inet6_getpeername", 30, ["cgroup/getpeername6"], { rules: sockAddr("6"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_unix_getpeername", 52, ["cgroup/getpeername_unix"], { rules: sockAddr("unix"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_inet4_getsockname", 31, ["cgroup/getsockname4"], { rules: sockAddr("4"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_inet6_getsockname", 32, ["cgroup/getsockname6"], { rules: sockAddr("6"), ...SOCK_ADDR_READ_ONLY }),
  A("cgroup_unix_getsockname", 53, ["cgroup/getsockname_unix"], { rules: sockAddr("unix"), ...SOCK_ADDR_READ_ONLY }),
];
/** After bind: the source address of the family and the port, read only; the socket's settings not at all. */
const POST_BIND_HIDDEN: readonly FieldRange[] = [["bound_dev_if"], ["mark", "priority"]];
const SOCK_ATTACH = [
  // the type's record is for this one, which the kernel gives a program loaded without an attach type
  A("cgroup_inet_sock_create", 2, ["cgroup/sock_create", "cgroup/sock"]),
  A("cgroup_inet_sock_release", 34, ["cgroup/sock_release"]),
  A("cgroup_inet4_post_bind", 12, ["cgroup/post_bind4"], { rules: { hidden: [...POST_BIND_HIDDEN, ["src_ip6[0]", "src_ip6[3]"]], writable: [] } }),
  A("cgroup_inet6_post_bind", 13, ["cgroup/post_bind6"], { rules: { hidden: [...POST_BIND_HIDDEN, ["src_ip4"]], writable: [] } }),
];
const SKB_ATTACH = [
  A("cgroup_inet_ingress", 0, ["cgroup_skb/ingress", "cgroup/skb"]),
  // 2 and 3 also ask for congestion notification (the packet goes, or is dropped, with CN)
  A("cgroup_inet_egress", 1, ["cgroup_skb/egress"], { returnRange: [0n, 3n] }),
];
const SOCKOPT_ATTACH = [
  A("cgroup_getsockopt", 21, ["cgroup/getsockopt"]),
  // their prototypes here take a BTF socket pointer (bpf_sk_setsockopt_proto), and the context bpfplay does not model gives none
  A("cgroup_setsockopt", 22, ["cgroup/setsockopt"], {
    narrowed: Object.fromEntries(["setsockopt", "getsockopt"].map((h) => [h, "a setsockopt hook's prototype takes a BTF socket pointer (ARG_PTR_TO_BTF_ID_SOCK_COMMON), which bpfplay does not model"])),
  }),
];

export const PROG_TYPES: readonly ProgType[] = [
  T("socket_filter", 1, ["socket"], "__sk_buff", skb(SKB_RULES.socket_filter, { sockmap: "update" })),
  T("kprobe", 2, ["kprobe", "kretprobe", "uprobe", "uretprobe", "ksyscall"], "pt_regs", TRACE(PT_REGS)),
  T("sched_cls", 3, ["tc", "classifier", "tcx/ingress", "tcx/egress"], "__sk_buff", skb(SKB_RULES.tc, { pkt: "write", l2: true, sockmap: "update" })),
  T("sched_act", 4, ["action"], "__sk_buff", skb(SKB_RULES.tc, { pkt: "write", l2: true, sockmap: "update" })),
  T("tracepoint", 5, ["tracepoint", "tp"], "tracepoint", TRACE(TRACEPOINT)),
  // egress_ifindex only for programs attached to a devmap
  T("xdp", 6, [], "xdp_md", {
    layout: XDP_MD, rules: { hidden: [["egress_ifindex"]], writable: [] }, packet: true, pkt: "write", l2: true, sockmap: "update",
    attach: [
      A("xdp", 37, ["xdp", "xdp.frags"]),
      A("xdp_devmap", 33, ["xdp/devmap", "xdp.frags/devmap"], { rules: NO_RULES }),
      A("xdp_cpumap", 35, ["xdp/cpumap", "xdp.frags/cpumap"]),
    ],
  }),
  T("perf_event", 7, ["perf_event"], "other", { ...TRACE(BPF_PERF_EVENT_DATA), privateStack: true }),
  T("cgroup_skb", 8, [], "__sk_buff", skb(SKB_RULES.cgroup_skb, { pkt: "read", returnRange: BOOL, attach: SKB_ATTACH })),
  T("lwt_in", 10, ["lwt_in"], "__sk_buff", skb(SKB_RULES.lwt, { pkt: "read" })),
  T("lwt_out", 11, ["lwt_out"], "__sk_buff", skb(SKB_RULES.lwt, { pkt: "read" })),
  T("lwt_xmit", 12, ["lwt_xmit"], "__sk_buff", skb(SKB_RULES.lwt, { pkt: "write" })),
  T("raw_tracepoint", 17, ["raw_tracepoint", "raw_tp"], "bpf_raw_tracepoint_args", TRACE(BPF_RAW_TRACEPOINT_ARGS)),
  // as BPF_CGROUP_INET_SOCK_CREATE (or _RELEASE): the source address and port are for post-bind programs only
  T("cgroup_sock", 9, [], "other", {
    layout: BPF_SOCK,
    rules: { hidden: [["src_ip4", "src_port"]], writable: [["bound_dev_if"], ["mark"], ["priority"]] },
    returnRange: BOOL,
    attach: SOCK_ATTACH,
  }),
  // reply is args[0]; it returns 0 or 1, as the cgroup types do (check_return_code)
  T("sock_ops", 13, ["sockops"], "other", { layout: BPF_SOCK_OPS, rules: { hidden: [], writable: [["args[0]"], ["sk_txhash"]] }, sockmap: "delete", returnRange: BOOL }),
  T("sk_skb", 14, ["sk_skb"], "__sk_buff", skb(SKB_RULES.sk_skb, { pkt: "write" })),
  T("cgroup_device", 15, ["cgroup/dev"], "other", { returnRange: BOOL }),
  T("sk_msg", 16, ["sk_msg"], "other", { layout: SK_MSG_MD, pkt: "write" }),
  // as BPF_CGROUP_INET4_CONNECT, the first of its attach types
  T("cgroup_sock_addr", 18, [], "other", { layout: BPF_SOCK_ADDR, rules: sockAddr("4"), returnRange: BOOL, attach: SOCK_ADDR_ATTACH }),
  T("flow_dissector", 22, ["flow_dissector"], "other", { layout: SK_BUFF, rules: SKB_RULES.flow_dissector, pkt: "read", sockmap: "update" }),
  T("cgroup_sysctl", 23, ["cgroup/sysctl"], "other", { layout: BPF_SYSCTL, rules: { hidden: [], writable: [["file_pos"]] }, returnRange: BOOL }),
  T("cgroup_sockopt", 25, [], "other", { pkt: "write", returnRange: BOOL, attach: SOCKOPT_ATTACH }),
  T("sk_reuseport", 21, [], "other", {
    layout: SK_REUSEPORT_MD, pkt: "read", sockmap: "update",
    attach: [A("sk_reuseport_select", 39, ["sk_reuseport"]), A("sk_reuseport_select_or_migrate", 40, ["sk_reuseport/migrate"])],
  }),
  T("raw_tracepoint_writable", 24, ["raw_tracepoint.w", "raw_tp.w"], "bpf_raw_tracepoint_args", TRACE(BPF_RAW_TRACEPOINT_ARGS)),
  // SK_DROP or SK_PASS
  T("sk_lookup", 30, [], "other", { sockmap: "update", returnRange: BOOL, attach: [A("sk_lookup", 36, ["sk_lookup"])] }),
  T("syscall", 31, ["syscall"], "other", { layout: SYSCALL_CTX }),
];

/** Looks up a kernel type name or a libbpf section name (`xdp`, `tc`, `socket`, `kprobe/do_sys_open`). */
/**
 * The program type a SEC() name gives: as libbpf 1.x reads it (the section name exactly, or
 * `name/...`), or failing that as libbpf before 1.0 read it, and as loaders that set the type
 * themselves accept it (xdp-loader loads xdp-tutorial's `SEC("xdp_pass")` as XDP): the longest
 * known section name the name starts with. `legacy` says the second way was needed.
 */
export function progTypeOfSection(section: string): { readonly type: ProgType; readonly legacy: boolean } | undefined {
  const strict = progTypeByName(section);
  if (strict) return { type: strict, legacy: false };
  const n = unmarked(section).toLowerCase();
  let best: { type: ProgType; len: number } | undefined;
  for (const t of PROG_TYPES) for (const s of t.sections) if (s.length > (best?.len ?? 1) && n.startsWith(s)) best = { type: t, len: s.length };
  return best && { type: best.type, legacy: true };
}

/** Each type as loaded with each of its attach types: the record with the attach type's rules in place of its own. */
const ATTACHED: ReadonlyMap<AttachType, ProgType> = new Map(
  PROG_TYPES.flatMap((t) =>
    t.attachTypes.map((a, i): [AttachType, ProgType] => [
      a,
      i === 0 ? t : { ...t, attach: a, rules: a.rules ?? t.rules, returnRange: a.returnRange ?? t.returnRange },
    ]),
  ),
);

/**
 * The type a program is checked and run as: `name` (a type or a section name); where it names a
 * type bare and the program's own section is one of that type's, as that section loads it
 * (SEC("cgroup/bind4") with the type cgroup_sock_addr: bind4's rules, as libbpf loads it).
 */
export function progTypeFor(name: string, section?: string): ProgType | undefined {
  const t = progTypeByName(name);
  if (!t || !section || t.name !== name.toLowerCase()) return t;
  const own = progTypeByName(section);
  return own?.name === t.name ? own : t;
}

/** A section name without libbpf's leading `?` (SEC("?tc"): a program not loaded by default, of the type the rest names). */
const unmarked = (section: string): string => (section.startsWith("?") ? section.slice(1) : section);

/**
 * A kernel type name (its default attach type), or a section name as libbpf 1.x reads it (the
 * section exactly, or `name/...`; the longest that fits): the type as that section loads it.
 */
export function progTypeByName(name: string): ProgType | undefined {
  const n = unmarked(name).toLowerCase();
  const byName = PROG_TYPES.find((t) => t.name === n);
  if (byName) return byName;
  let best: { type: ProgType; len: number } | undefined;
  const fits = (s: string) => (n === s || n.startsWith(s + "/")) && s.length > (best?.len ?? 0);
  for (const t of PROG_TYPES) {
    for (const a of t.attachTypes) for (const s of a.sections) if (fits(s)) best = { type: ATTACHED.get(a) as ProgType, len: s.length };
    for (const s of t.sections) if (fits(s) && !t.attachTypes.some((a) => a.sections.includes(s))) best = { type: t, len: s.length };
  }
  return best?.type;
}
