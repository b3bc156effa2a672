// The context a program receives, built the way BPF_PROG_TEST_RUN builds it: the packet in
// a buffer with head and tail room, and a context struct whose data/data_end/data_meta
// fields read as pointers into it. Also what comes out after the run.

import { BPF_SOCK, field, PT_REGS, SK_BUFF, SYSCALL_CTX } from "../isa/ctx_layouts.ts";
import type { EventTask, MemoryArea } from "../isa/event_task.ts";
import type { Pair } from "../isa/int64.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Memory, Region } from "./memory.ts";
import { ctxRegion, FROM_USER, ptr, rebind } from "./ctx_region.ts";
import { xdp } from "./ctx_xdp.ts";
import { ETH_HLEN, SKB_HEADROOM, SKB_TAILROOM } from "./packet_layout.ts";
import type { Packet } from "./packet_layout.ts";

export interface RunInput {
  readonly packet?: Uint8Array;
  readonly ctx?: Uint8Array;
  /** bpf_conformance's mode: r1 points to these bytes, r2 holds their length. */
  readonly mem?: Uint8Array;
  /** A kernel event's task (events/kernel): get_current_pid_tgid and friends return it. */
  readonly task?: EventTask;
  /** A kernel event's user and kernel memory: what the probe_read helpers read. */
  readonly memory?: readonly MemoryArea[];
}


export interface Context {
  /** Registers at entry: r1 (and r2 in mem mode). */
  readonly args: readonly Pair[];
  readonly ctx?: Region;
  readonly packet?: Packet;
  /** The socket buffer view for LD_ABS/LD_IND. */
  readonly skb: boolean;
  /** The socket skb->sk points to: BPF_PROG_TEST_RUN's own, seen as struct bpf_sock. */
  readonly sock?: Region;
  /** The packet and context as user space gets them back. */
  output(): { packet?: Uint8Array; ctx?: Uint8Array };
  /**
   * Fills the same regions with another input, as a fresh context for it would be (a runner's
   * next packet); why the input is refused, in which case nothing changed. Absent for kinds whose
   * regions depend on the input's shape (test memory, syscall contexts): those are built anew.
   */
  reload?(input: RunInput, o: ReloadOptions): string | undefined;
  /**
   * reload for the common case, quicker: a bare packet (no context bytes, memory or task) after
   * a run that kept the packet's ends (ReloadOptions.moved false). False when the case is not
   * this one, or the packet is refused (nothing changed): then reload says what to do.
   */
  refill?(packet: Uint8Array): boolean;
}

export interface ReloadOptions {
  /**
   * Whether the last run may have moved the packet's ends (xdp_adjust_head, a tail call, ...) and
   * so written outside the bytes it ended with: then the whole buffer is cleared, else only the
   * bytes the last packet held.
   */
  readonly moved: boolean;
}

export interface BuildOptions {
  /**
   * Bytes of room to keep in front of a socket buffer's headroom, for bpf_skb_change_head to
   * grow into as the kernel's skb_cow reallocates: given only to programs that call it, so the
   * others do not pay for the allocation.
   */
  readonly headGrowth?: number;
  /** The same behind the packet, for bpf_skb_change_tail. */
  readonly tailGrowth?: number;
}

export function makeContext(t: ProgType, input: RunInput, mem: Memory, o: BuildOptions = {}): Context | string {
  if (input.mem) {
    // bpf_conformance's runner passes a null pointer when a test has no memory
    if (input.mem.length === 0) return { args: [[0, 0], [0, 0]], skb: false, output: () => ({}) };
    const r = mem.add("mem", "test memory (--mem-hex)", input.mem.slice(), true);
    return { args: [ptr(r, 0), [0, input.mem.length]], skb: false, output: () => ({}) };
  }
  if (t.name === "syscall") return syscall(input, mem);
  switch (t.ctx) {
    case "xdp_md":
      return xdp(t, input, mem);
    case "__sk_buff":
      return skb(t, input, mem, o.headGrowth ?? 0, o.tailGrowth ?? 0);
    case "bpf_raw_tracepoint_args":
    case "pt_regs":
    case "tracepoint": {
      const sizeFor = (i: RunInput) => (t.ctx === "pt_regs" ? PT_REGS.size : Math.max(i.ctx?.length ?? 0, 8));
      let bytes = new Uint8Array(sizeFor(input));
      if (input.ctx) bytes.set(input.ctx.subarray(0, bytes.length));
      const r = mem.add("ctx", `context (${t.ctx})`, bytes, false);
      return {
        args: [ptr(r, 0)],
        ctx: r,
        skb: false,
        output: () => ({ ctx: bytes.slice() }),
        reload(i) {
          const size = sizeFor(i);
          if (size === bytes.length) bytes.fill(0);
          else rebind(r, (bytes = new Uint8Array(size)));
          if (i.ctx) bytes.set(i.ctx.subarray(0, size));
          return undefined;
        },
      };
    }
    default:
      return `program type ${t.name} has no context bpfplay can build`;
  }
}

/**
 * A syscall program gets the bytes user space passes (ctx_in) as they are, at most U16_MAX of
 * them, and may read and write them; BPF_PROG_TEST_RUN copies them back into ctx_in. Without
 * bytes the context is a null pointer, as in the kernel (which then also refuses a program
 * that reads it: ctx_size_in below the largest offset read is EINVAL; bpfplay faults at the read).
 */
function syscall(input: RunInput, mem: Memory): Context | string {
  const bytes = input.ctx ?? new Uint8Array(0);
  if (bytes.length >= SYSCALL_CTX.size + 1) return `a syscall program's context holds at most ${SYSCALL_CTX.size} bytes (ctx_size_in > U16_MAX: EINVAL)`;
  if (bytes.length === 0) return { args: [[0, 0]], skb: false, output: () => ({}) };
  const buf = bytes.slice();
  const r = mem.add("ctx", "context (syscall: ctx_in)", buf, true);
  return { args: [ptr(r, 0)], ctx: r, skb: false, output: () => ({ ctx: buf.slice() }) };
}

const skbField = (name: string) => field(SK_BUFF, name);
const SKB_FROM_USER = FROM_USER.__sk_buff.map(skbField);
const SKB_TO_USER = ["mark", "priority", "ingress_ifindex", "ifindex", "cb[0]", "cb[1]", "cb[2]", "cb[3]", "cb[4]", "tstamp", "wire_len", "gso_segs", "hwtstamp"].map(skbField);

function skb(t: ProgType, input: RunInput, mem: Memory, growth: number, tailGrowth: number): Context | string {
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
