// An XDP program's context as BPF_PROG_TEST_RUN builds it: the packet in a page-sized frame
// with XDP_HEADROOM in front (where metadata goes) and skb_shared_info behind, and xdp_md
// whose data/data_end/data_meta read as pointers into it. A runner's next packet refills the
// same frame in place (refill, reload).

import { field, XDP_MD } from "../isa/ctx_layouts.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Context, RunInput } from "./context.ts";
import { FrameCopier } from "./copy.ts";
import { ctxRegion, ptr } from "./ctx_region.ts";
import type { Memory } from "./memory.ts";
import { ETH_HLEN, XDP_FRAME, XDP_FRAME_HDR, XDP_HEADROOM, XDP_TAILROOM } from "./packet_layout.ts";
import type { Packet } from "./packet_layout.ts";

interface XdpIn {
  data: Uint8Array;
  metalen: number;
  ifindex: number;
  queue: number;
}

/** What BPF_PROG_TEST_RUN takes from an XDP input, checked as it checks it, into `out` (no allocation per packet); or why not. */
function xdpIn(input: RunInput, out: XdpIn): string | undefined {
  const data = input.packet ?? new Uint8Array(0);
  if (data.length > XDP_FRAME - XDP_HEADROOM - XDP_TAILROOM) return `an XDP packet holds at most ${XDP_FRAME - XDP_HEADROOM - XDP_TAILROOM} bytes`;
  // BPF_PROG_TEST_RUN takes ingress_ifindex, rx_queue_index and, in data, how many of the
  // bytes given are metadata in front of the packet (data_meta must be 0, data at most data_end)
  let metalen = 0;
  let ifindex = 1; // the loopback device
  let queue = 0;
  if (input.ctx) {
    const inp = new DataView(input.ctx.buffer, input.ctx.byteOffset, input.ctx.byteLength);
    const u32 = (name: string) => (field(XDP_MD, name).off + 4 <= inp.byteLength ? inp.getUint32(field(XDP_MD, name).off, true) : 0);
    metalen = u32("data");
    if (u32("data_meta") !== 0 || metalen > u32("data_end") || metalen > data.length) return "xdp_md from user space: data_meta must be 0 and data (the metadata's length) at most data_end and the bytes given (the kernel says EINVAL)";
    if (metalen & 3 || metalen > XDP_HEADROOM - XDP_FRAME_HDR) return `xdp_md from user space: ${metalen} bytes of metadata are not whole u32s or do not fit the headroom (EINVAL)`;
    if (u32("egress_ifindex") !== 0) return "xdp_md from user space: egress_ifindex must be 0 (EINVAL)";
    ifindex = u32("ingress_ifindex");
    queue = u32("rx_queue_index");
    if (!ifindex && queue) return "xdp_md from user space: an rx_queue_index needs an ingress_ifindex (EINVAL)";
    ifindex ||= 1;
  }
  if (data.length - metalen < ETH_HLEN) return `an XDP packet needs at least ${ETH_HLEN} bytes (an Ethernet header)`;
  out.data = data;
  out.metalen = metalen;
  out.ifindex = ifindex;
  out.queue = queue;
  return undefined;
}

const XDP_INGRESS_IFINDEX = field(XDP_MD, "ingress_ifindex").off;
const XDP_RX_QUEUE_INDEX = field(XDP_MD, "rx_queue_index").off;

export function xdp(t: ProgType, input: RunInput, mem: Memory): Context | string {
  const x: XdpIn = { data: input.packet!, metalen: 0, ifindex: 1, queue: 0 };
  const refused = xdpIn(input, x);
  if (refused) return refused;
  const buf = new Uint8Array(XDP_FRAME);
  const region = mem.add("packet", "packet", buf, true);
  const p: Packet = { region, meta: 0, data: 0, end: 0, net: 0, mac: 0 };
  const md = new Uint8Array(XDP_MD.size);
  // xdp_md is u32s only: set through a word view (this little-endian machine's order is the kernel's)
  const words = new Uint32Array(md.buffer);
  if (words.length !== 6) throw new Error("internal: xdp_md is not six u32s");
  let ctxIn = input.ctx;
  // the packet's bytes as this input set them: [lo, hi) of buf
  let lo = 0;
  let hi = 0;
  const fill = (i: RunInput) => {
    const meta = XDP_HEADROOM - x.metalen;
    buf.set(x.data, meta);
    lo = region.start = p.meta = meta;
    hi = region.end = p.end = meta + x.data.length;
    p.data = XDP_HEADROOM;
    p.net = XDP_HEADROOM + ETH_HLEN;
    p.mac = XDP_HEADROOM;
    // xdp_md's six u32s, unrolled (a runner refills them per packet)
    words[0] = words[1] = words[2] = words[3] = words[4] = words[5] = 0;
    words[XDP_INGRESS_IFINDEX >> 2] = x.ifindex;
    words[XDP_RX_QUEUE_INDEX >> 2] = x.queue;
    ctxIn = i.ctx;
  };
  fill(input);
  const ctx = ctxRegion(mem, t, XDP_MD, md, p);
  const copier = new FrameCopier(buf, XDP_HEADROOM);
  return {
    args: [ptr(ctx, 0)],
    ctx,
    packet: p,
    skb: false,
    output: () => {
      const out = md.slice();
      const o = new DataView(out.buffer);
      // user space gets the metadata and the packet, and offsets from the metadata's start
      o.setUint32(field(XDP_MD, "data").off, p.data - p.meta, true);
      o.setUint32(field(XDP_MD, "data_end").off, p.end - p.meta, true);
      o.setUint32(field(XDP_MD, "data_meta").off, 0, true);
      return { packet: buf.slice(p.meta, p.end), ctx: ctxIn ? out : undefined };
    },
    refill(data) {
      // the last input had no context bytes either (no metadata: the frame starts at XDP_HEADROOM,
      // xdp_md holds the defaults, which the program cannot store into) and the run moved no end
      const n = data.length;
      if (ctxIn !== undefined || lo !== XDP_HEADROOM || region.start !== XDP_HEADROOM || n < ETH_HLEN || n > XDP_FRAME - XDP_HEADROOM - XDP_TAILROOM) return false;
      const end = XDP_HEADROOM + n;
      // the frame is zeros but for the packet: clear what the last one held past this one's end
      if (hi > end || region.end > end) buf.fill(0, end, Math.max(hi, region.end));
      copier.copy(data);
      x.data = data;
      hi = region.end = p.end = end;
      return true;
    },
    reload(i, o) {
      const why = xdpIn(i, x);
      if (why) return why;
      // the frame is zeros but for the packet, as a fresh one: clear what the last run's packet
      // held and this one does not cover
      const meta = XDP_HEADROOM - x.metalen, end = meta + x.data.length;
      if (o.moved) buf.fill(0);
      else if (lo < meta || hi > end || region.start < meta || region.end > end) {
        const from = Math.min(lo, region.start), to = Math.max(hi, region.end);
        if (from < meta) buf.fill(0, from, Math.min(to, meta));
        if (to > end) buf.fill(0, Math.max(from, end), to);
      }
      fill(i);
      return undefined;
    },
  };
}
