import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import type { Run } from "../run.ts";
import { SKB_MAX_ALLOC } from "../packet_layout.ts";
import type { Packet } from "../packet_layout.ts";
import { skbPacket } from "./skb.ts";
import { skbState } from "./skb_state.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EFAULT = 14;
const EALREADY = 114;
const ENOTSUPP = 524;
const ETH_HLEN = 14;
const ADJ_ROOM_NET = 0;
const ADJ_ROOM_MAC = 1;

// flags
const FIXED_GSO = 1n;
const ENCAP_L3_IPV4 = 2n;
const ENCAP_L3_IPV6 = 4n;
const ENCAP_L4_GRE = 8n;
const ENCAP_L4_UDP = 16n;
const NO_CSUM_RESET = 32n;
const ENCAP_L2_ETH = 64n;
const DECAP_L3_IPV4 = 128n;
const DECAP_L3_IPV6 = 256n;
const ENCAP_L3 = ENCAP_L3_IPV4 | ENCAP_L3_IPV6;
const DECAP_L3 = DECAP_L3_IPV4 | DECAP_L3_IPV6;
/** BPF_F_ADJ_ROOM_ENCAP_L2(len): the inner link-layer header's length, in the top byte. */
const ENCAP_L2_LEN = 0xffn << 56n;
const KNOWN = FIXED_GSO | ENCAP_L3 | ENCAP_L4_GRE | ENCAP_L4_UDP | ENCAP_L2_ETH | ENCAP_L2_LEN | DECAP_L3 | NO_CSUM_RESET;

const PROTOCOL = field(SK_BUFF, "protocol").off;
const LEN = field(SK_BUFF, "len").off;

function setProtocol(rt: Run, p: number): void {
  if (rt.ctx.ctx) rt.writeRegion(rt.ctx.ctx, PROTOCOL, Uint8Array.of(p >> 8, p & 0xff, 0, 0));
}

/**
 * long bpf_skb_adjust_room(skb, len_diff, mode, flags): makes len_diff zeroed bytes of room
 * (or takes -len_diff bytes away) right after the link-layer header (BPF_ADJ_ROOM_MAC) or after
 * the IPv4 or IPv6 header (BPF_ADJ_ROOM_NET), for IPv4 and IPv6 packets only. With
 * BPF_F_ADJ_ROOM_ENCAP_L3_* the room is a new outer header: the packet is marked encapsulated
 * (a second encapsulation is -EALREADY) and its protocol follows the new outer IP version.
 * Errors as the kernel's: -EINVAL for flags it does not know or that contradict each other,
 * -EFAULT for more than 4095 bytes, -ENOTSUPP for other protocols, modes, or a packet that
 * would end inside the headers the mode keeps. GSO is not modelled (bpfplay's packets have no
 * segments), so the GSO flags change nothing.
 */
export const skbAdjustRoom: HelperImpl = {
  name: "skb_adjust_room",
  call(rt: Run, _m, label) {
    const p = skbPacket(rt, label);
    const diff = rt.arg(2)[1]; // s32
    const mode = rt.argU32(3);
    const flags = BigInt.asUintN(64, rt.argBig(4));
    const abs = Math.abs(diff);
    const ctx = rt.ctx.ctx;
    const proto = ctx ? (ctx.bytes[PROTOCOL] << 8) | ctx.bytes[PROTOCOL + 1] : 0;
    const shrink = diff < 0;
    if (flags & ~KNOWN) return errno(EINVAL);
    if (abs > 0xfff) return errno(EFAULT);
    if (proto !== 0x0800 && proto !== 0x86dd) return errno(ENOTSUPP);
    const base = proto === 0x0800 ? 20 : 40; // bpf_skb_net_base_len
    let off = p.net - p.mac; // the link-layer header's length
    if (mode === ADJ_ROOM_NET) off += base;
    else if (mode !== ADJ_ROOM_MAC) return errno(ENOTSUPP);
    let min = base;
    if (flags & DECAP_L3) {
      if (!shrink) return errno(EINVAL);
      const d = flags & DECAP_L3;
      if (d === DECAP_L3_IPV4) min = 20;
      else if (d === DECAP_L3_IPV6) min = 40;
      else return errno(EINVAL);
    }
    const len = p.end - p.data;
    const cur = len - (p.net - p.data);
    if (shrink ? abs >= cur || cur - abs < min : len + abs > SKB_MAX_ALLOC) return errno(ENOTSUPP);
    const st = skbState(rt);
    if (shrink) {
      if (flags & ~(FIXED_GSO | DECAP_L3 | NO_CSUM_RESET)) return errno(EINVAL);
      popRoom(rt, p, off, abs);
      // the protocol follows the IP version left outermost
      if (proto === 0x0800 && flags & DECAP_L3_IPV6) setProtocol(rt, 0x86dd);
      else if (proto === 0x86dd && flags & DECAP_L3_IPV4) setProtocol(rt, 0x0800);
    } else {
      const encap = (flags & ENCAP_L3) !== 0n;
      if (flags & DECAP_L3) return errno(EINVAL);
      const innerMac = Number(flags >> 56n);
      if (encap) {
        if ((flags & ENCAP_L3) === ENCAP_L3) return errno(EINVAL);
        if (flags & ENCAP_L4_GRE && flags & ENCAP_L4_UDP) return errno(EINVAL);
        if (flags & ENCAP_L2_ETH && innerMac < ETH_HLEN) return errno(EINVAL);
        if (st.encapsulated) return errno(EALREADY);
        if (innerMac > abs) return errno(EINVAL);
      }
      const macLen = p.net - p.mac;
      pushRoom(rt, p, off, abs, label);
      if (encap) {
        st.encapsulated = true;
        p.net = p.mac + macLen; // the new outer header starts after the link-layer header
        if (proto === 0x0800 && flags & ENCAP_L3_IPV6) setProtocol(rt, 0x86dd);
        else if (proto === 0x86dd && flags & ENCAP_L3_IPV4) setProtocol(rt, 0x0800);
      }
    }
    if (!(flags & NO_CSUM_RESET)) [st.csumUnnecessary, st.csumLevel] = [false, 0];
    return ok;
  },
};

/** skb->len as the packet is now. */
function setLen(rt: Run, p: Packet): void {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, p.end - p.data, true);
  if (rt.ctx.ctx) rt.writeRegion(rt.ctx.ctx, LEN, out);
}

/** `len` zeroed bytes of room after the first `off` (bpf_skb_net_hdr_push): the headers in front move back. */
export function pushRoom(rt: Run, p: Packet, off: number, len: number, label: string): void {
  if (p.data < len) rt.fault(`${label}: bpfplay kept no room for ${len} more bytes in front of the packet`);
  const head = p.region.bytes.slice(p.data, p.data + off);
  p.data -= len;
  rt.writeRegion(p.region, p.data, head);
  rt.zero(p.region, p.data + off, len);
  p.mac -= len;
  p.net -= len;
  p.meta = p.region.start = p.data;
  setLen(rt, p);
}

/** Takes away `len` bytes after the first `off` (bpf_skb_net_hdr_pop): the headers in front move forward. */
export function popRoom(rt: Run, p: Packet, off: number, len: number): void {
  const head = p.region.bytes.slice(p.data, p.data + off);
  p.data += len;
  rt.writeRegion(p.region, p.data, head);
  p.mac += len;
  p.net += len;
  p.meta = p.region.start = p.data;
  setLen(rt, p);
}

export { setProtocol };
