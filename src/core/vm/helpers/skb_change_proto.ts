import type { Run } from "../run.ts";
import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import { clearHash } from "./set_hash.ts";
import { popRoom, pushRoom, setProtocol } from "./skb_adjust_room.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const ENOMEM = 12;
const ENOTSUPP = 524;
/** sizeof(struct ipv6hdr) - sizeof(struct iphdr) */
const DIFF = 20;
const PROTOCOL = field(SK_BUFF, "protocol").off;

/**
 * long bpf_skb_change_proto(skb, proto, flags): IPv4 to IPv6 or back (NAT64): 20 zeroed bytes
 * of room open after the link-layer header, or 20 bytes there go; the program writes the new
 * header itself. skb->protocol becomes proto and the hash is cleared. -EINVAL for flags,
 * -ENOTSUPP for any other pair of protocols.
 */
export const skbChangeProto: HelperImpl = {
  name: "skb_change_proto",
  call(rt: Run, _m, label) {
    const p = skbPacket(rt, label);
    if (rt.argBig(3) !== 0n) return errno(EINVAL);
    const raw = rt.argU32(2) & 0xffff; // a __be16 as the program holds it
    const to = ((raw & 0xff) << 8) | (raw >> 8);
    const ctx = rt.ctx.ctx;
    const from = ctx ? (ctx.bytes[PROTOCOL] << 8) | ctx.bytes[PROTOCOL + 1] : 0;
    const off = p.net - p.mac;
    if (from === 0x0800 && to === 0x86dd) pushRoom(rt, p, off, DIFF, label);
    else if (from === 0x86dd && to === 0x0800) {
      if (p.end - p.data < off + DIFF) return errno(ENOMEM);
      popRoom(rt, p, off, DIFF);
    } else return errno(ENOTSUPP);
    setProtocol(rt, to);
    clearHash(rt);
    return ok;
  },
};
