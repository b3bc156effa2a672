// Field reads through socket pointers: which offsets and sizes of struct bpf_sock,
// struct bpf_tcp_sock and the common part of a socket may be read (the kernel's
// bpf_sock_is_valid_access, bpf_sock_common_is_valid_access, bpf_tcp_sock_is_valid_access).
// Socket pointers are read only; the loaded value is an unknown scalar.

import { BPF_SOCK, BPF_TCP_SOCK, fieldAt, inFields } from "../isa/ctx_layouts.ts";
import { SOCK_NARROW_AT_START, SOCK_NARROW_INSIDE } from "./ctx.ts";
import type { RegType } from "./reg.ts";

/** Fields a pointer to the common part of a socket cannot see. */
const NOT_COMMON = ["type", "protocol", "mark", "priority"];

/** A narrow read must stay inside one field of `width` bytes (bpf_ctx_narrow_access_ok). */
const narrowOk = (off: number, size: number, width: number): boolean => (off & (width - 1)) + size <= width;

function bpfSock(off: number, size: number): boolean {
  if (off < 0 || off >= BPF_SOCK.size || off % size !== 0) return false;
  const f = fieldAt(BPF_SOCK, off);
  const atStart = f !== undefined && off === f.off && SOCK_NARROW_AT_START.includes(f.name);
  if (atStart || SOCK_NARROW_INSIDE.some(([a, b]) => inFields(BPF_SOCK, off, a, b))) return narrowOk(off, size, 4);
  // dst_port is a __be16 followed by 2 bytes of padding: 2-byte reads of it, or a 4-byte read of both
  if (f?.name === "dst_port") return narrowOk(off, size, size === 4 ? 4 : 2);
  if (!f) return false;
  return size === 4;
}

/** Fields are read whole, but the upper half of a u64 counter passes as a u32 (see sockRead). */
function tcpSock(off: number, size: number): boolean {
  if (off < 0 || off >= BPF_TCP_SOCK.size || off % size !== 0) return false;
  const f = fieldAt(BPF_TCP_SOCK, off)!;
  return size === (off === f.off ? f.size : 4);
}

/**
 * Whether a read of `size` bytes at `off` through a pointer of this socket type is allowed:
 * "ok", "invalid", or "unconverted" for the upper halves of bpf_tcp_sock's u64 counters, which
 * pass the kernel's access check but which it then fails to rewrite ("error during ctx access conversion").
 */
export function sockRead(type: RegType, off: number, size: number): "ok" | "invalid" | "unconverted" {
  let ok: boolean;
  switch (type) {
    case "sock":
      ok = bpfSock(off, size);
      break;
    case "sock_common":
      ok = !NOT_COMMON.some((n) => inFields(BPF_SOCK, off, n)) && bpfSock(off, size);
      break;
    case "tcp_sock":
      ok = tcpSock(off, size);
      if (ok && size === 4 && fieldAt(BPF_TCP_SOCK, off)!.size === 8) return "unconverted";
      break;
    case "xdp_sock":
      // struct bpf_xdp_sock has one field, the u32 queue_id, read whole (bpf_xdp_sock_is_valid_access)
      ok = off === 0 && size === 4;
      break;
    default:
      ok = false;
  }
  return ok ? "ok" : "invalid";
}
