// Context access rules per program type: which offsets and sizes may be read or written, and
// which fields read as packet, socket or other pointers (the kernel's *_is_valid_access
// callbacks, for a program loaded without an expected attach type: cgroup_sock as
// BPF_CGROUP_INET_SOCK_CREATE, as the kernel fixes it up).

import { SK_BUFF, XDP_MD } from "../isa/progtypes.ts";
import type { CtxField } from "../isa/progtypes.ts";
import type { RegType } from "./reg.ts";

export type CtxResult = { ok: true; ptr?: RegType } | { ok: false };

const NO: CtxResult = { ok: false };
const SCALAR: CtxResult = { ok: true };
const yes = (ok: boolean, ptr?: RegType): CtxResult => (ok ? (ptr ? { ok: true, ptr } : SCALAR) : NO);

/** A narrow read of a field of `width` bytes: 1, 2, 4 or 8 bytes, no wider (bpf_ctx_narrow_access_ok). */
const narrowOk = (size: number, width: number) => size <= width && (size & (size - 1)) === 0;

const skbField = (name: string): CtxField => SK_BUFF.find((f) => f.name === name)!;
/** The offset is inside one of these fields of struct __sk_buff (bpf_ctx_range, bpf_ctx_range_till). */
function inSkb(off: number, from: string, till = from): boolean {
  const a = skbField(from);
  const b = skbField(till);
  return off >= a.off && off < b.off + b.size;
}
const SKB_SIZE = 192;

/** bpf_skb_is_valid_access: the rules every __sk_buff program shares. */
function skbCommon(off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off >= SKB_SIZE || off % size !== 0) return NO;
  if (inSkb(off, "cb[0]", "cb[4]")) return yes(off + size <= skbField("cb[4]").off + 4);
  if (inSkb(off, "data") || inSkb(off, "data_meta") || inSkb(off, "data_end")) return yes(size === 4);
  if (inSkb(off, "remote_ip6[0]", "remote_ip6[3]") || inSkb(off, "local_ip6[0]", "local_ip6[3]") || inSkb(off, "remote_ip4") || inSkb(off, "local_ip4")) return yes(size === 4);
  if (inSkb(off, "flow_keys")) return NO;
  if (inSkb(off, "hwtstamp")) return yes(!write && size === 8);
  if (inSkb(off, "tstamp")) return yes(size === 8);
  if (inSkb(off, "sk")) return yes(!write && size === 8, "sock_common_or_null");
  if (off === skbField("tstamp_type").off) return NO;
  if (off > skbField("tstamp_type").off && off < skbField("hwtstamp").off) return NO; // padding
  return yes(write ? size === 4 : narrowOk(size, 4));
}

/** The fields of struct __sk_buff each program type may not touch, and those it may write. */
interface SkbRules {
  readonly hidden: readonly (readonly [string, string?])[];
  readonly writable: readonly (readonly [string, string?])[];
  /** Which pointer fields give packet pointers. */
  readonly ptrs: Partial<Record<"data" | "data_meta" | "data_end", RegType>>;
}
const CB: readonly [string, string] = ["cb[0]", "cb[4]"];
const PKT = { data: "pkt", data_end: "pkt_end" } as const;
const SKB_RULES: Record<string, SkbRules> = {
  socket_filter: {
    hidden: [["tc_classid"], ["data"], ["data_meta"], ["data_end"], ["family", "local_port"], ["tstamp"], ["wire_len"], ["hwtstamp"]],
    writable: [CB],
    ptrs: {},
  },
  cgroup_skb: { hidden: [["tc_classid"], ["data_meta"], ["wire_len"]], writable: [["mark"], ["priority"], CB, ["tstamp"]], ptrs: PKT },
  lwt: { hidden: [["tc_classid"], ["family", "local_port"], ["data_meta"], ["tstamp"], ["wire_len"], ["hwtstamp"]], writable: [["mark"], ["priority"], CB], ptrs: PKT },
  tc: {
    hidden: [["family", "local_port"]],
    writable: [["mark"], ["tc_index"], ["priority"], ["tc_classid"], CB, ["tstamp"], ["queue_mapping"]],
    ptrs: { ...PKT, data_meta: "pkt_meta" },
  },
  sk_skb: { hidden: [["tc_classid"], ["data_meta"], ["tstamp"], ["wire_len"], ["hwtstamp"], ["mark"]], writable: [["tc_index"], ["priority"]], ptrs: PKT },
};

function skb(progType: string, off: number, size: number, write: boolean): CtxResult {
  const kind = progType === "sched_cls" || progType === "sched_act" ? "tc" : progType.startsWith("lwt_") ? "lwt" : progType;
  const rules = SKB_RULES[kind];
  if (!rules) return NO;
  const within = (r: readonly [string, string?]) => inSkb(off, r[0], r[1]);
  if (rules.hidden.some(within)) return NO;
  if (write && !rules.writable.some(within)) return NO;
  // tc programs only: the one-byte tstamp_type
  if (kind === "tc" && off === skbField("tstamp_type").off) return yes(size === 1);
  const r = skbCommon(off, size, write);
  if (!r.ok) return NO;
  for (const f of ["data", "data_meta", "data_end"] as const) if (inSkb(off, f)) return rules.ptrs[f] ? { ok: true, ptr: rules.ptrs[f] } : NO;
  return r;
}

function flowDissector(off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off >= SKB_SIZE || off % size !== 0 || write) return NO;
  if (inSkb(off, "data")) return yes(size === 4, "pkt");
  if (inSkb(off, "data_end")) return yes(size === 4, "pkt_end");
  if (inSkb(off, "flow_keys")) return yes(size === 8, "flow_keys");
  return NO;
}

function xdp(off: number, size: number, write: boolean): CtxResult {
  if (write) return NO;
  const f = XDP_MD.find((x) => off >= x.off && off < x.off + x.size);
  if (!f || off !== f.off || size !== 4) return NO; // xdp_md has no narrow loads
  if (f.name === "egress_ifindex") return NO; // only for programs attached to a devmap
  return yes(true, f.kind === "data" ? "pkt" : f.kind === "data_end" ? "pkt_end" : f.kind === "data_meta" ? "pkt_meta" : undefined);
}

/** struct sk_msg_md: data, data_end, then u32 fields up to size (68), then sk (72). */
function skMsg(off: number, size: number, write: boolean): CtxResult {
  if (write || off % size !== 0) return NO;
  if (off >= 0 && off < 8) return yes(size === 8, "pkt");
  if (off >= 8 && off < 16) return yes(size === 8, "pkt_end");
  if (off >= 72 && off < 80) return yes(size === 8, "sock");
  if (off >= 16 && off < 72) return yes(size === 4);
  return NO;
}

/** struct sk_reuseport_md (56 bytes). */
function skReuseport(off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off >= 56 || off % size !== 0 || write) return NO;
  switch (off) {
    case 0:
      return yes(size === 8, "pkt");
    case 8:
      return yes(size === 8, "pkt_end");
    case 32:
      return yes(size === 4);
    case 40:
      return yes(size === 8, "sock");
    case 48:
      return yes(size === 8, "sock_common_or_null");
  }
  if (off >= 20 && off < 24 && size < 2) return NO; // eth_protocol: no byte reads
  return yes(off >= 16 && off < 32 && narrowOk(size, 4));
}

/** struct bpf_sock_ops (224 bytes): writes to reply and sk_txhash only. */
function sockOps(off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off >= 224 || off % size !== 0) return NO;
  if (write) return yes((off === 4 || off === 164) && size === 4);
  if (off >= 168 && off < 184) return yes(size === 8); // bytes_received, bytes_acked
  if (off >= 184 && off < 192) return yes(size === 8, "sock_or_null");
  if (off >= 192 && off < 200) return yes(size === 8, "pkt");
  if (off >= 200 && off < 208) return yes(size === 8, "pkt_end");
  if (off === 212) return yes(narrowOk(size, 4)); // skb_tcp_flags
  if (off >= 216 && off < 224) return yes(size === 8); // skb_hwtstamp
  return yes(size === 4);
}

/**
 * struct bpf_sock as cgroup_sock programs see it, attached at socket creation: bound_dev_if, mark
 * and priority may be written; the source address and port are hidden; the rest is read only.
 */
function cgroupSock(off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off >= 80 || off % size !== 0) return NO;
  if (off >= 24 && off < 48) return NO; // src_ip4, src_ip6, src_port: post-bind programs only
  if (off === 0 || off === 16 || off === 20) return yes(size === 4);
  if (write) return NO;
  if ([4, 8, 12, 72, 76].includes(off) || (off >= 52 && off < 72)) return yes(narrowOk(size, 4));
  if (off >= 48 && off < 50) return yes(narrowOk(size, size === 4 ? 4 : 2)); // dst_port
  if (off >= 50 && off < 52) return NO;
  return yes(size === 4);
}

/** Whether an access to the context at `off` of `size` bytes is allowed for the program type. */
export function ctxAccess(progType: string, ctx: string, off: number, size: number, write: boolean): CtxResult {
  switch (progType) {
    case "xdp":
      return xdp(off, size, write);
    case "flow_dissector":
      return flowDissector(off, size, write);
    case "sk_msg":
      return skMsg(off, size, write);
    case "sk_reuseport":
      return skReuseport(off, size, write);
    case "sock_ops":
      return sockOps(off, size, write);
    case "cgroup_sock":
      return cgroupSock(off, size, write);
    case "raw_tracepoint_writable":
      // the first argument points to the tracepoint's writable buffer
      if (off === 0) return yes(size === 8 && !write, "tp_buffer");
      return yes(!write && off >= 0 && off < 8 * 12 && off % size === 0);
    case "raw_tracepoint":
      return yes(!write && off >= 0 && off < 8 * 12 && off % size === 0);
    case "kprobe":
      return yes(!write && off >= 0 && off + size <= 168 && off % size === 0);
    case "tracepoint":
      // the common fields (the first 8 bytes) are not the program's; PERF_MAX_TRACE_SIZE bounds the rest
      return yes(!write && off >= 8 && off < 2048 && off % size === 0);
    case "perf_event":
      // struct bpf_perf_event_data: regs (168 bytes, read a u64 at a time), sample_period, addr
      if (write || off < 0 || off >= 184 || off % size !== 0) return NO;
      return yes(off >= 168 ? narrowOk(size, 8) : size === 8);
    case "cgroup_sysctl":
      // struct bpf_sysctl: write (read only), file_pos
      if (off < 0 || off + size > 8 || off % size !== 0) return NO;
      if (off < 4) return yes(!write && narrowOk(size, 4));
      return yes(write ? size === 4 : narrowOk(size, 4));
  }
  if (ctx === "__sk_buff") return skb(progType, off, size, write);
  return NO;
}
