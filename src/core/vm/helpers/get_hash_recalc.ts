import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import { skbPacket } from "./skb.ts";
import { skbState } from "./skb_state.ts";
import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** Where skb->hash is in __sk_buff. */
export const HASH_OFF = field(SK_BUFF, "hash").off;

/**
 * u32 bpf_get_hash_recalc(skb): skb->hash, computed from the packet and stored there when the
 * skb has none (at the start, or after bpf_skb_store_bytes with BPF_F_INVALIDATE_HASH or
 * bpf_set_hash_invalid); a hash already there (bpf_set_hash's too, even 0) is returned as it is,
 * even if the packet changed since.
 * The kernel hashes the flow dissector's keys (protocols, addresses, ports, in an order that
 * gives both directions of a flow the same hash) with a key chosen at random at boot, so the
 * value itself differs from machine to machine; bpfplay hashes the same keys with its world's
 * seed (flowHash). Never 0: 0 means "no hash" in skb->hash.
 */
export const getHashRecalc: HelperImpl = {
  name: "get_hash_recalc",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const ctx = rt.ctx.ctx;
    const state = skbState(rt);
    if (ctx && state.swHash) return u32(ctx.view.getUint32(HASH_OFF, true));
    const h = flowHash(p.region.bytes.subarray(p.mac, p.end), rt.opts.world.hashSeed);
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, h, true);
    if (ctx) rt.writeRegion(ctx, HASH_OFF, out);
    state.swHash = true;
    return u32(h);
  },
};

/** murmur3's finaliser: every input bit reaches every output bit. */
function mix(h: number, k: number): number {
  h = Math.imul(h ^ k, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const word = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const half = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];

/**
 * The flow hash of an Ethernet frame: EtherType (after VLAN tags), VLAN id, IP protocol, the
 * two addresses and, for TCP, UDP, SCTP and UDP-Lite of a first fragment, the two ports. The
 * lower address (then port) goes first, so a reply hashes as its request does.
 */
export function flowHash(frame: Uint8Array, seed: number): number {
  let at = 12;
  let proto = frame.length >= 14 ? half(frame, at) : 0;
  let vlan = 0;
  for (let tags = 0; (proto === 0x8100 || proto === 0x88a8) && tags < 2 && frame.length >= at + 6; tags++) {
    vlan = half(frame, at + 2) & 0xfff;
    at += 4;
    proto = half(frame, at);
  }
  const l3 = at + 2;
  let ipProto = 0;
  let addrs: number[][] = [];
  let l4 = -1;
  if (proto === 0x0800 && frame.length >= l3 + 20) {
    const ihl = (frame[l3] & 0xf) * 4;
    ipProto = frame[l3 + 9];
    addrs = [[word(frame, l3 + 12)], [word(frame, l3 + 16)]];
    const fragOff = half(frame, l3 + 6) & 0x1fff;
    if (fragOff === 0 && ihl >= 20) l4 = l3 + ihl;
  } else if (proto === 0x86dd && frame.length >= l3 + 40) {
    ipProto = frame[l3 + 6];
    addrs = [0, 16].map((o) => [0, 4, 8, 12].map((k) => word(frame, l3 + 8 + o + k)));
    l4 = l3 + 40;
  }
  let ports = [0, 0];
  if (l4 >= 0 && [6, 17, 132, 136].includes(ipProto) && frame.length >= l4 + 4) ports = [half(frame, l4), half(frame, l4 + 2)];
  if (addrs.length === 2) {
    const cmp = addrs[1].findIndex((x, k) => x !== addrs[0][k]);
    if ((cmp >= 0 && addrs[1][cmp] < addrs[0][cmp]) || (cmp < 0 && ports[1] < ports[0])) {
      addrs = [addrs[1], addrs[0]];
      ports = [ports[1], ports[0]];
    }
  }
  let h = seed >>> 0;
  for (const k of [proto, vlan, ipProto, ...addrs.flat(), (ports[0] << 16) | ports[1]]) h = mix(h, k);
  return h || 1;
}
