import { skbPacket } from "./skb.ts";
import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const ECN_MASK = 3;
const CE = 3;

/**
 * long bpf_skb_ecn_set_ce(skb): marks an ECN-capable IPv4 or IPv6 packet Congestion
 * Experienced (the IPv4 header checksum updated to match); 1 if it is marked now (or was),
 * 0 for a packet not ECN-capable, not IP, or too short for its IP header.
 */
export const skbEcnSetCe: HelperImpl = {
  name: "skb_ecn_set_ce",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const b = p.region.bytes;
    const proto = (b[p.mac + 12] << 8) | b[p.mac + 13];
    const ip = p.net;
    if (proto === 0x0800 && ip + 20 <= p.end) {
      const tos = b[ip + 1];
      const ecn = (tos + 1) & ECN_MASK; // NOT_ECT 01, ECT_1 10, ECT_0 11, CE 00
      if (!(ecn & 2)) return u32(ecn === 0 ? 1 : 0);
      // the checksum takes what tos gains, as a ones' complement addition of 0xfffb + ecn
      let sum = ((b[ip + 10] << 8) | b[ip + 11]) + 0xfffb + ecn;
      sum = (sum & 0xffff) + (sum >>> 16);
      rt.writeRegion(p.region, ip + 1, Uint8Array.of(tos | CE));
      rt.writeRegion(p.region, ip + 10, Uint8Array.of(sum >>> 8, sum & 0xff));
      return u32(1);
    }
    if (proto === 0x86dd && ip + 40 <= p.end) {
      const tclass = ((b[ip] & 0xf) << 4) | (b[ip + 1] >> 4);
      if ((tclass & ECN_MASK) === 0) return u32(0);
      rt.writeRegion(p.region, ip + 1, Uint8Array.of(b[ip + 1] | (CE << 4)));
      return u32(1);
    }
    return u32(0);
  },
};
