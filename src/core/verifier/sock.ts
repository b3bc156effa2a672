// Field reads through socket pointers: which offsets and sizes of struct bpf_sock,
// struct bpf_tcp_sock and the common part of a socket may be read (the kernel's
// bpf_sock_is_valid_access, bpf_sock_common_is_valid_access, bpf_tcp_sock_is_valid_access).
// Socket pointers are read only; the loaded value is an unknown scalar.

import type { RegType } from "./reg.ts";

/** struct bpf_sock, as the UAPI lays it out (80 bytes). */
const BPF_SOCK_SIZE = 80;
/** Fields that allow 1-, 2- and 4-byte reads at their first byte: family, type, protocol, src_port, state, rx_queue_mapping. */
const NARROW_AT_START = new Set([4, 8, 12, 44, 72, 76]);
/** The addresses allow 1-, 2- and 4-byte reads anywhere inside them: src_ip4, src_ip6[4], dst_ip4, dst_ip6[4]. */
const NARROW_INSIDE: readonly [number, number][] = [
  [24, 44],
  [52, 72],
];
/** dst_port is a __be16 followed by 2 bytes of padding: 2-byte reads of it, or a 4-byte read of both. */
const DST_PORT = 48;
/** Fields a pointer to the common part of a socket cannot see: type, protocol, mark, priority. */
const NOT_COMMON: readonly [number, number] = [8, 24];

/** The size of struct bpf_tcp_sock up to icsk_retransmits; bytes_received and bytes_acked are u64. */
const TCP_SOCK_SIZE = 112;
const TCP_SOCK_U64 = new Set([80, 88]);

/** A narrow read must stay inside one field of `width` bytes (bpf_ctx_narrow_access_ok). */
const narrowOk = (off: number, size: number, width: number): boolean => (off & (width - 1)) + size <= width;

function bpfSock(off: number, size: number): boolean {
  if (off < 0 || off >= BPF_SOCK_SIZE || off % size !== 0) return false;
  if (NARROW_AT_START.has(off) || NARROW_INSIDE.some(([lo, hi]) => off >= lo && off < hi)) return narrowOk(off, size, 4);
  if (off === DST_PORT || off === DST_PORT + 1) return narrowOk(off, size, size === 4 ? 4 : 2);
  if (off === DST_PORT + 2 || off === DST_PORT + 3) return false;
  return size === 4;
}

function tcpSock(off: number, size: number): boolean {
  if (off < 0 || off >= TCP_SOCK_SIZE || off % size !== 0) return false;
  return size === (TCP_SOCK_U64.has(off) ? 8 : 4);
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
      ok = !(off >= NOT_COMMON[0] && off < NOT_COMMON[1]) && bpfSock(off, size);
      break;
    case "tcp_sock":
      ok = tcpSock(off, size);
      if (ok && size === 4 && TCP_SOCK_U64.has(off - 4)) return "unconverted";
      break;
    default:
      ok = false;
  }
  return ok ? "ok" : "invalid";
}
