// A socket buffer program's context as BPF_PROG_TEST_RUN builds it (tc, socket filters, cgroup
// skb, ...): the packet after SKB_HEADROOM (and room for the helpers that grow it), __sk_buff
// filled from the packet, from what user space may set, and from the socket the test run hangs
// on the skb (skb->sk, struct bpf_sock).

import { BPF_SOCK, field, SK_BUFF } from "../isa/ctx_layouts.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Context, RunInput } from "./context.ts";
import { ctxRegion, FROM_USER, ptr, rebind } from "./ctx_region.ts";
import type { Memory } from "./memory.ts";
import { ETH_HLEN, SKB_HEADROOM, SKB_TAILROOM } from "./packet_layout.ts";
import type { Packet } from "./packet_layout.ts";

const skbField = (name: string) => field(SK_BUFF, name);
const SKB_FROM_USER = FROM_USER.__sk_buff.map(skbField);
const SKB_TO_USER = ["mark", "priority", "ingress_ifindex", "ifindex", "cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]", "tstamp", "wire_len", "gso_segs", "hwtstamp"].map(skbField);

export function skb(t: ProgType, input: RunInput, mem: Memory, growth: number, tailGrowth: number): Context | string {
  const first = input.packet ?? new Uint8Array(0);
  if (first.length < ETH_HLEN) return `a packet needs at least ${ETH_HLEN} bytes (an Ethernet header)`;
  // tc keeps the Ethernet header in front of skb->data; other types see the packet from L3.
  const l2 = t.l2;
  const mac = growth + SKB_HEADROOM;
  const bufSize = (data: Uint8Array) => mac + data.length + Math.max(SKB_TAILROOM, tailGrowth);
  let buf = new Uint8Array(bufSize(first));
  const region = mem.add("packet", "packet", buf, true);
  const p: Packet = { region, meta: 0, data: 0, end: 0, net: 0, mac };
  const sk = new Uint8Array(SK_BUFF.size);
  const sockBytes = new Uint8Array(BPF_SOCK.size);
  let ctxIn = input.ctx;
  // The live __sk_buff. A ctx from user space sets only what BPF_PROG_TEST_RUN takes from it
  // (mark, priority, cb, tstamp, wire_len, gso_segs, gso_size, hwtstamp).
  const fill = (data: Uint8Array, i: RunInput) => {
    if (buf.length !== data.length + mac + Math.max(SKB_TAILROOM, tailGrowth)) rebind(region, (buf = new Uint8Array(bufSize(data))));
    buf.set(data, mac);
    const net = mac + ETH_HLEN;
    const start = l2 ? mac : net;
    region.start = start;
    region.end = mac + data.length;
    p.meta = p.data = start;
    p.end = mac + data.length;
    p.net = net;
    p.mac = mac;
    sk.fill(0);
    const v = new DataView(sk.buffer);
    const set = (name: string, value: number) => v.setUint32(skbField(name).off, value, true);
    if (i.ctx) {
      const inp = new Uint8Array(SK_BUFF.size);
      inp.set(i.ctx.subarray(0, SK_BUFF.size));
      for (const f of SKB_FROM_USER) sk.set(inp.subarray(f.off, f.off + f.size), f.off);
      // wire_len defaults to skb->len as it is when the context is applied (after the L2 push for tc)
      if (v.getUint32(skbField("wire_len").off, true) === 0) set("wire_len", p.end - p.data);
    }
    const dest = data.subarray(0, 6);
    // eth_type_trans against the test run's device, loopback: its broadcast address is all zeros, so
    // no frame with the multicast bit is PACKET_BROADCAST (ff:ff:ff:ff:ff:ff is PACKET_MULTICAST, 2),
    // and a destination other than its own all-zero address is PACKET_OTHERHOST (3).
    const pktType = dest[0] & 1 ? 2 : dest.every((b) => b === 0) ? 0 : 3;
    set("len", p.end - p.data);
    set("pkt_type", pktType);
    set("protocol", data[12] | (data[13] << 8)); // network byte order
    set("ifindex", 1); // the loopback device
    testRunSock(sockBytes, data);
    // the socket fields of __sk_buff read skb->sk: its family, the packet's destination as the
    // remote address and its source as the local one (the ports stay 0: it is not bound)
    const sockAt = (name: string) => field(BPF_SOCK, name).off;
    const sockField = (from: string, to: string, n = 1) => sk.set(sockBytes.subarray(sockAt(from), sockAt(from) + 4 * n), skbField(to).off);
    sockField("family", "family");
    sockField("dst_ip4", "remote_ip4");
    sockField("src_ip4", "local_ip4");
    sockField("dst_ip6[0]", "remote_ip6[0]", 4);
    sockField("src_ip6[0]", "local_ip6[0]", 4);
    ctxIn = i.ctx;
  };
  fill(first, input);
  const sock = mem.add("sock", "socket (skb->sk, struct bpf_sock)", sockBytes, false);
  const ctx = ctxRegion(mem, t, SK_BUFF, sk, p, sock);
  return {
    args: [ptr(ctx, 0)],
    ctx,
    packet: p,
    skb: true,
    sock,
    output: () => {
      const whole = buf.slice(l2 ? p.data : p.data - ETH_HLEN, p.end);
      if (!l2) whole.fill(0, 0, ETH_HLEN); // the kernel pushes back a zeroed link-layer header
      if (!ctxIn) return { packet: whole };
      // user space gets back only the fields BPF_PROG_TEST_RUN copies out
      const out = new Uint8Array(SK_BUFF.size);
      for (const f of SKB_TO_USER) out.set(sk.subarray(f.off, f.off + f.size), f.off);
      return { packet: whole, ctx: out };
    },
    reload(i) {
      const data = i.packet ?? new Uint8Array(0);
      if (data.length < ETH_HLEN) return `a packet needs at least ${ETH_HLEN} bytes (an Ethernet header)`;
      // a socket buffer is small: clear it all (helpers grow into its head and tail room)
      buf.fill(0);
      fill(data, i);
      return undefined;
    },
  };
}

const AF_INET = 2;
const AF_INET6 = 10;
const TCP_CLOSE = 7;

/**
 * The socket BPF_PROG_TEST_RUN hangs on every skb it builds (bpf_prog_test_run_skb): not
 * bound, no protocol, closed, no receive queue, with the family and the addresses of the
 * packet's IPv4 or IPv6 header. Read only: the verifier allows no stores into sockets.
 */
function testRunSock(b: Uint8Array, frame: Uint8Array): void {
  b.fill(0);
  const v = new DataView(b.buffer);
  const at = (name: string) => field(BPF_SOCK, name).off;
  const l3 = frame.subarray(ETH_HLEN);
  const proto = (frame[12] << 8) | frame[13];
  if (proto === 0x0800) {
    v.setUint32(at("family"), AF_INET, true);
    if (l3.length >= 20) {
      b.set(l3.subarray(12, 16), at("src_ip4")); // the receive address is the packet's source
      b.set(l3.subarray(16, 20), at("dst_ip4"));
    }
  } else if (proto === 0x86dd) {
    v.setUint32(at("family"), AF_INET6, true);
    if (l3.length >= 40) {
      b.set(l3.subarray(8, 24), at("src_ip6[0]"));
      b.set(l3.subarray(24, 40), at("dst_ip6[0]"));
    }
  }
  v.setUint32(at("state"), TCP_CLOSE, true);
  v.setInt32(at("rx_queue_mapping"), -1, true); // none recorded
}
