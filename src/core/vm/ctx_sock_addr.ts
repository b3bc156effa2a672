// A cgroup_sock_addr program's context (struct bpf_sock_addr): the address a bind, connect,
// sendmsg, recvmsg, getpeername or getsockname call names, and the socket it is made on.
// BPF_PROG_TEST_RUN cannot run this type (Linux 6.18 answers ENOTSUPP), so the context is
// bpfplay's own: a call of the attach type's kind with made-up addresses from the documentation
// ranges (RFC 5737, RFC 3849), or the bytes user space gives, field by field. ctx->sk reads as a
// pointer to the socket (struct bpf_sock, read only).

import { BPF_SOCK, BPF_SOCK_ADDR, field } from "../isa/ctx_layouts.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Context, RunInput } from "./context.ts";
import { ptr } from "./ctx_region.ts";
import type { Memory } from "./memory.ts";

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;
const TCP_CLOSE = 7;

/** The call the attach type hooks: its address family and whether it is a datagram's (sendmsg, recvmsg). */
function hookOf(t: ProgType): { family: number; dgram: boolean } {
  const name = t.attach?.name ?? "";
  const family = name.includes("unix") ? AF_UNIX : name.includes("6") ? AF_INET6 : AF_INET;
  return { family, dgram: /sendmsg|recvmsg/.test(name) };
}

/** A port as the context holds it: network byte order in the low half of a u32. */
const be16 = (port: number) => ((port & 0xff) << 8) | (port >> 8);

/** The context a call of the hook's kind gives: 192.0.2.1 or 2001:db8::1 port 80, from a socket of the family. */
function synthetic(t: ProgType, ctx: Uint8Array, sock: Uint8Array): void {
  const { family, dgram } = hookOf(t);
  const c = new DataView(ctx.buffer, ctx.byteOffset, ctx.byteLength);
  const at = (name: string) => field(BPF_SOCK_ADDR, name).off;
  const type = dgram ? SOCK_DGRAM : SOCK_STREAM;
  const protocol = family === AF_UNIX ? 0 : dgram ? IPPROTO_UDP : IPPROTO_TCP;
  c.setUint32(at("user_family"), family, true);
  if (family === AF_INET) ctx.set([192, 0, 2, 1], at("user_ip4"));
  if (family === AF_INET6) ctx.set([0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 1], at("user_ip6[0]"));
  if (family !== AF_UNIX) c.setUint32(at("user_port"), be16(80), true);
  c.setUint32(at("family"), family, true);
  c.setUint32(at("type"), type, true);
  c.setUint32(at("protocol"), protocol, true);
  const s = new DataView(sock.buffer, sock.byteOffset, sock.byteLength);
  const sat = (name: string) => field(BPF_SOCK, name).off;
  s.setUint32(sat("family"), family, true);
  s.setUint32(sat("type"), type, true);
  s.setUint32(sat("protocol"), protocol, true);
  s.setUint32(sat("state"), TCP_CLOSE, true);
  s.setInt32(sat("rx_queue_mapping"), -1, true); // none recorded
}

function fill(t: ProgType, input: RunInput, ctx: Uint8Array, sock: Uint8Array): void {
  ctx.fill(0);
  sock.fill(0);
  synthetic(t, ctx, sock);
  // the user's bytes replace the made-up call, as far as they go (sk is the socket's, whatever they say)
  const sk = field(BPF_SOCK_ADDR, "sk").off;
  if (input.ctx) ctx.set(input.ctx.subarray(0, sk));
}

export function sockAddr(t: ProgType, input: RunInput, mem: Memory): Context {
  const bytes = new Uint8Array(BPF_SOCK_ADDR.size);
  const sockBytes = new Uint8Array(BPF_SOCK.size);
  fill(t, input, bytes, sockBytes);
  const sock = mem.add("sock", "socket (ctx->sk, struct bpf_sock)", sockBytes, false);
  const skOff = field(BPF_SOCK_ADDR, "sk").off;
  const sk = ptr(sock, 0);
  const inRange = (at: number, [from, till = from]: readonly [string, string?]) => at >= field(BPF_SOCK_ADDR, from).off && at < field(BPF_SOCK_ADDR, till).off + 4;
  const r = mem.add("ctx", "context (bpf_sock_addr)", bytes, true, {
    hook: {
      load: (at, size) => (at === skOff && size === 8 ? sk : undefined),
      store: (at) => (t.rules.writable.some((w) => inRange(at, w)) ? undefined : `invalid store to context (bpf_sock_addr) at offset ${at}: the field is read-only`),
    },
  });
  return {
    args: [ptr(r, 0)],
    ctx: r,
    skb: false,
    sock,
    output: () => ({ ctx: bytes.slice() }),
    reload(i) {
      fill(t, i, bytes, sockBytes);
      return undefined;
    },
  };
}
