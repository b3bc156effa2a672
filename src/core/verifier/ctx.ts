// Context access rules per program type: which offsets and sizes may be read or written,
// and which fields read as packet or socket pointers (the kernel's *_is_valid_access callbacks).

import { SK_BUFF, XDP_MD } from "../isa/progtypes.ts";
import type { CtxField } from "../isa/progtypes.ts";
import type { RegType } from "./reg.ts";

export type CtxResult = { ok: true; ptr?: RegType } | { ok: false };

const NO: CtxResult = { ok: false };
const SCALAR: CtxResult = { ok: true };

const ptrType = (f: CtxField): RegType | undefined => (f.kind === "data" ? "pkt" : f.kind === "data_end" ? "pkt_end" : f.kind === "data_meta" ? "pkt_meta" : undefined);

function fieldAt(fields: readonly CtxField[], off: number, size: number): CtxField | undefined {
  return fields.find((f) => off >= f.off && off + size <= f.off + f.size);
}

function xdp(off: number, size: number, write: boolean): CtxResult {
  if (write) return NO;
  const f = fieldAt(XDP_MD, off, size);
  if (!f || off !== f.off || size !== 4) return NO; // xdp_md has no narrow loads
  if (f.name === "egress_ifindex") return NO; // only for programs attached to a devmap
  return { ok: true, ptr: ptrType(f) };
}

const TC_WRITABLE = new Set(["mark", "tc_index", "priority", "cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]", "tc_classid", "queue_mapping", "tstamp"]);
const SOCKET_HIDDEN = new Set(["data", "data_end", "data_meta", "tc_classid", "flow_keys", "tstamp", "wire_len", "hwtstamp", "tstamp_type", "family", "remote_ip4", "local_ip4", "remote_port", "local_port"]);
const CGROUP_WRITABLE = new Set(["mark", "priority", "cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]", "tstamp"]);

function skb(progType: string, off: number, size: number, write: boolean): CtxResult {
  const f = fieldAt(SK_BUFF, off, size);
  if (!f) return NO;
  if (off % size !== 0 && f.size !== 8) return NO;
  // every skb program may read the socket the packet belongs to (the kernel's bpf_skb_is_valid_access)
  if (f.name === "sk") return !write && off === f.off && size === 8 ? { ok: true, ptr: "sock_common_or_null" } : NO;
  const ptr = ptrType(f);
  const tc = progType === "sched_cls" || progType === "sched_act";
  if (progType === "socket_filter" && (SOCKET_HIDDEN.has(f.name) || ptr)) return NO;
  if (ptr) return !write && off === f.off && size === 4 && (tc || progType === "cgroup_skb" || progType === "sk_skb" || progType.startsWith("lwt")) ? { ok: true, ptr } : NO;
  if (progType !== "sk_skb" && (f.name.startsWith("local_") || f.name.startsWith("remote_") || f.name === "family")) return NO; // sk_skb programs only
  if (write) {
    const allowed = tc ? TC_WRITABLE : progType === "socket_filter" ? new Set(["cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]"]) : CGROUP_WRITABLE;
    return allowed.has(f.name) && size === f.size && off === f.off ? SCALAR : NO;
  }
  if (f.name === "flow_keys") return NO;
  return SCALAR;
}

/** Whether an access to the context at `off` of `size` bytes is allowed for the program type. */
export function ctxAccess(progType: string, ctx: string, off: number, size: number, write: boolean): CtxResult {
  switch (ctx) {
    case "xdp_md":
      return xdp(off, size, write);
    case "__sk_buff":
      return skb(progType, off, size, write);
    case "bpf_raw_tracepoint_args":
      return !write && off >= 0 && off < 8 * 12 && off % size === 0 ? SCALAR : NO;
    case "pt_regs":
      return !write && off >= 0 && off + size <= 168 && off % size === 0 ? SCALAR : NO;
    case "tracepoint":
      return !write && off >= 8 && off < 8192 && off % size === 0 ? SCALAR : NO;
    case "other":
      // struct bpf_perf_event_data (regs, sample_period, addr) and struct bpf_sysctl (write, file_pos)
      if (progType === "perf_event") return !write && off >= 0 && off + size <= 184 && off % size === 0 ? SCALAR : NO;
      if (progType === "cgroup_sysctl") return (off === 0 || off === 4) && size === 4 && (!write || off === 4) ? SCALAR : NO;
      return NO;
    default:
      return NO;
  }
}
