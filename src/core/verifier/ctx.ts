// Context access rules per program type: which offsets and sizes may be read or written, and
// which fields read as packet, socket or other pointers (the kernel's *_is_valid_access
// callbacks, for the program's expected attach type: cgroup/post_bind4 sees other fields than
// cgroup/sock). Offsets, sizes, pointer fields and the hidden and writable fields come from the
// program type's record as loaded with its attach type (isa/progtypes.ts) and the struct layouts
// (isa/ctx_layouts.ts); what stays here is each callback's shape.

import { field, fieldAt, inFields } from "../isa/ctx_layouts.ts";
import type { CtxField, CtxStruct } from "../isa/ctx_layouts.ts";
import type { FieldRange, ProgType } from "../isa/progtypes.ts";
import type { RegType } from "./reg.ts";

export type CtxResult = { ok: true; ptr?: RegType } | { ok: false };

const NO: CtxResult = { ok: false };
const SCALAR: CtxResult = { ok: true };
const yes = (ok: boolean, ptr?: RegType): CtxResult => (ok ? (ptr ? { ok: true, ptr } : SCALAR) : NO);

/** The register type a load of a pointer field gives. */
const PTR: Record<CtxField["kind"], RegType | undefined> = {
  scalar: undefined,
  data: "pkt",
  data_end: "pkt_end",
  data_meta: "pkt_meta",
  sock: "sock",
  sock_or_null: "sock_or_null",
  sock_common_or_null: "sock_common_or_null",
  flow_keys: "flow_keys",
};

/** A narrow read of a field of `width` bytes: 1, 2, 4 or 8 bytes, no wider (bpf_ctx_narrow_access_ok). */
const narrowOk = (size: number, width: number) => size <= width && (size & (size - 1)) === 0;

/** Inside the struct, at a multiple of the access size. */
const inStruct = (s: CtxStruct, off: number, size: number) => off >= 0 && off < s.size && off % size === 0;
const inAny = (s: CtxStruct, off: number, ranges: readonly FieldRange[]) => ranges.some(([a, b]) => inFields(s, off, a, b));

/** bpf_skb_is_valid_access: the rules every __sk_buff program shares. */
function skbCommon(s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size)) return NO;
  const f = fieldAt(s, off);
  const tstampType = field(s, "tstamp_type");
  if (inFields(s, off, "cb[0]", "cb[4]")) return yes(off + size <= field(s, "cb[4]").off + 4);
  if (inFields(s, off, "data") || inFields(s, off, "data_meta") || inFields(s, off, "data_end")) return yes(size === 4);
  if (inFields(s, off, "remote_ip6[0]", "remote_ip6[3]") || inFields(s, off, "local_ip6[0]", "local_ip6[3]") || inFields(s, off, "remote_ip4") || inFields(s, off, "local_ip4")) return yes(size === 4);
  if (inFields(s, off, "flow_keys")) return NO;
  if (inFields(s, off, "hwtstamp")) return yes(!write && size === 8);
  if (inFields(s, off, "tstamp")) return yes(size === 8);
  if (f?.name === "sk") return yes(!write && size === 8, PTR[f.kind]);
  if (off === tstampType.off) return NO;
  if (off > tstampType.off && off < field(s, "hwtstamp").off) return NO; // padding
  return yes(write ? size === 4 : narrowOk(size, 4));
}

function skb(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (inAny(s, off, t.rules.hidden)) return NO;
  if (write && !inAny(s, off, t.rules.writable)) return NO;
  // tc programs only: the one-byte tstamp_type
  const extra = t.rules.readable?.find(([a, b]) => inFields(s, off, a, b));
  if (extra) return yes(size === field(s, extra[0]).size);
  const r = skbCommon(s, off, size, write);
  if (!r.ok) return NO;
  // a packet pointer field not hidden gives its pointer
  for (const name of ["data", "data_meta", "data_end"]) if (inFields(s, off, name)) return { ok: true, ptr: PTR[field(s, name).kind] };
  return r;
}

/** bpf_flow_dissector_is_valid_access: data, data_end and flow_keys, read only. */
function flowDissector(s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size) || write) return NO;
  for (const name of ["data", "data_end"]) if (inFields(s, off, name)) return yes(size === 4, PTR[field(s, name).kind]);
  if (inFields(s, off, "flow_keys")) return yes(size === 8, "flow_keys");
  return NO;
}

/** xdp_md has no narrow loads. */
function xdp(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (write) return NO;
  const f = fieldAt(s, off);
  if (!f || off !== f.off || size !== 4) return NO;
  if (inAny(s, off, t.rules.hidden)) return NO;
  return yes(true, PTR[f.kind]);
}

/** sk_msg_md: pointers whole, the u32 fields whole. */
function skMsg(s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (write || off % size !== 0) return NO;
  const f = fieldAt(s, off);
  if (!f) return NO;
  return f.kind === "scalar" ? yes(size === 4) : yes(size === 8, PTR[f.kind]);
}

/** sk_reuseport_md: pointers and hash whole, the other u32s in narrow reads too (eth_protocol not by the byte). */
function skReuseport(s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size) || write) return NO;
  const f = fieldAt(s, off);
  if (!f) return NO; // padding
  if (f.kind !== "scalar") return yes(off === f.off && size === 8, PTR[f.kind]);
  if (f.name === "hash") return yes(off === f.off && size === 4);
  if (f.name === "eth_protocol" && size < 2) return NO;
  return yes(narrowOk(size, 4));
}

/** bpf_sock_ops: writes to the writable u32s only; u64s and pointers whole; skb_tcp_flags in narrow reads. */
function sockOps(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size)) return NO;
  const f = fieldAt(s, off)!;
  if (write) return yes(inAny(s, off, t.rules.writable) && off === f.off && size === 4);
  if (f.size === 8) return yes(size === 8, PTR[f.kind]);
  if (f.name === "skb_tcp_flags" && off === f.off) return yes(narrowOk(size, 4));
  return yes(size === 4);
}

/** Fields of struct bpf_sock read narrow at their first byte, and anywhere inside (bpf_sock_is_valid_access). */
export const SOCK_NARROW_AT_START = ["family", "type", "protocol", "src_port", "state", "rx_queue_mapping"];
export const SOCK_NARROW_INSIDE: readonly FieldRange[] = [["src_ip4", "src_ip6[3]"], ["dst_ip4", "dst_ip6[3]"]];

/**
 * struct bpf_sock as cgroup_sock programs see it: the writable fields whole; the rest read only,
 * the bpf_sock rules; dst_port is a __be16 and its padding.
 */
function cgroupSock(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size)) return NO;
  if (inAny(s, off, t.rules.hidden)) return NO;
  const f = fieldAt(s, off);
  if (f && off === f.off && inAny(s, off, t.rules.writable)) return yes(size === 4);
  if (write) return NO;
  if (f && ((off === f.off && SOCK_NARROW_AT_START.includes(f.name)) || inAny(s, off, SOCK_NARROW_INSIDE))) return yes(narrowOk(size, 4));
  if (f?.name === "dst_port") return yes(narrowOk(size, size === 4 ? 4 : 2));
  if (!f) return NO; // dst_port's padding
  return yes(size === 4);
}

/**
 * bpf_sock_addr (sock_addr_is_valid_access): the addresses of the hook's family and user_port
 * read narrow or written whole, an ip6 address also 8 bytes at a time at an 8-byte boundary; the
 * other u32s read whole; sk read whole, as a socket.
 */
function sockAddr(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (!inStruct(s, off, size) || inAny(s, off, t.rules.hidden)) return NO;
  const f = fieldAt(s, off);
  if (!f) return NO; // sk's alignment padding
  if (inAny(s, off, t.rules.writable)) {
    const wide = (name: string) => size === 8 && inFields(s, off, `${name}[0]`, `${name}[3]`) && off + 8 <= field(s, `${name}[3]`).off + 4;
    if (wide("user_ip6") || wide("msg_src_ip6")) return SCALAR;
    return yes(write ? size === 4 : narrowOk(size, 4));
  }
  if (write) return NO;
  return f.kind === "scalar" ? yes(size === 4) : yes(size === 8, PTR[f.kind]);
}

/** bpf_perf_event_data: the registers a u64 at a time, sample_period and addr in narrow reads too. */
function perfEvent(s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (write || !inStruct(s, off, size)) return NO;
  return yes(inFields(s, off, "regs") ? size === 8 : narrowOk(size, 8));
}

/** bpf_sysctl: write is read only, file_pos may be written whole. */
function sysctl(t: ProgType, s: CtxStruct, off: number, size: number, write: boolean): CtxResult {
  if (off < 0 || off + size > s.size || off % size !== 0) return NO;
  if (!inAny(s, off, t.rules.writable)) return yes(!write && narrowOk(size, 4));
  return yes(write ? size === 4 : narrowOk(size, 4));
}

/** Whether an access to the context at `off` of `size` bytes is allowed for the program type. */
export function ctxAccess(t: ProgType, off: number, size: number, write: boolean): CtxResult {
  const s = t.layout;
  if (!s) return NO;
  switch (t.name) {
    case "xdp":
      return xdp(t, s, off, size, write);
    case "flow_dissector":
      return flowDissector(s, off, size, write);
    case "sk_msg":
      return skMsg(s, off, size, write);
    case "sk_reuseport":
      return skReuseport(s, off, size, write);
    case "sock_ops":
      return sockOps(t, s, off, size, write);
    case "cgroup_sock":
      return cgroupSock(t, s, off, size, write);
    case "cgroup_sock_addr":
      return sockAddr(t, s, off, size, write);
    case "raw_tracepoint_writable":
      // the first argument points to the tracepoint's writable buffer
      if (off === 0) return yes(size === 8 && !write, "tp_buffer");
      return yes(!write && inStruct(s, off, size));
    case "raw_tracepoint":
      return yes(!write && inStruct(s, off, size));
    case "kprobe":
      return yes(!write && off >= 0 && off + size <= s.size && off % size === 0);
    case "tracepoint": {
      // the common fields are not the program's; PERF_MAX_TRACE_SIZE bounds the rest. A negative
      // offset passes too: the kernel compares it with the common fields' end as an unsigned
      // number (tp_prog_is_valid_access: `off < sizeof(void *)`), and with the bound as a signed one
      const common = field(s, "common");
      return yes(!write && (off >= common.off + common.size || off < 0) && off < s.size && off % size === 0);
    }
    case "perf_event":
      return perfEvent(s, off, size, write);
    case "cgroup_sysctl":
      return sysctl(t, s, off, size, write);
    case "syscall":
      // the bytes user space passed: any aligned access below U16_MAX (syscall_prog_is_valid_access)
      return yes(off >= 0 && off < s.size && off % size === 0);
  }
  if (t.ctx === "__sk_buff") return skb(t, s, off, size, write);
  return NO;
}
