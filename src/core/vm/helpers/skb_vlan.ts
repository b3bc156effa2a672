// bpf_skb_vlan_push and bpf_skb_vlan_pop. A socket buffer holds one VLAN tag outside its bytes
// (the offload tag: __sk_buff's vlan_present, vlan_tci, vlan_proto) and any others in the
// frame, after the MAC addresses. Pushing puts the new tag in the offload slot, moving the one
// there into the frame; popping drops the offload tag and moves the frame's outer tag into the
// slot. skb->protocol (__sk_buff's protocol) follows the outermost tag in the frame.
import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import type { Packet } from "../packet_layout.ts";
import type { Run } from "../run.ts";
import { skbPacket } from "./skb.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const ENOMEM = 12;
const VLAN_HLEN = 4;
const MACS = 12;
const ETH_HLEN = 14;
const ETH_P_8021Q = 0x8100;
const ETH_P_8021AD = 0x88a8;
const off = (name: string) => field(SK_BUFF, name).off;

const isVlan = (proto: number) => proto === ETH_P_8021Q || proto === ETH_P_8021AD;

interface Tag {
  readonly proto: number;
  readonly tci: number;
}

function view(rt: Run) {
  const ctx = rt.ctx.ctx!;
  const v = ctx.view;
  const be16 = (at: number) => (ctx.bytes[at] << 8) | ctx.bytes[at + 1];
  return {
    /** The offload tag, if any. */
    offload(): Tag | undefined {
      return v.getUint32(off("vlan_present"), true) ? { proto: be16(off("vlan_proto")), tci: v.getUint32(off("vlan_tci"), true) } : undefined;
    },
    setOffload(t: Tag | undefined) {
      const out = new Uint8Array(12);
      if (t) {
        out[0] = 1; // vlan_present
        out[4] = t.tci & 0xff;
        out[5] = t.tci >> 8;
        out[8] = t.proto >> 8; // vlan_proto: a __be16 in a u32
        out[9] = t.proto & 0xff;
      }
      rt.writeRegion(ctx, off("vlan_present"), out);
    },
    protocol: () => be16(off("protocol")),
    setProtocol(p: number) {
      rt.writeRegion(ctx, off("protocol"), Uint8Array.of(p >> 8, p & 0xff, 0, 0));
    },
    setLen(p: Packet) {
      const b = new Uint8Array(4);
      new DataView(b.buffer).setUint32(0, p.end - p.data, true);
      rt.writeRegion(ctx, off("len"), b);
    },
  };
}

/** Puts a tag into the frame after the MAC addresses (__vlan_insert_tag). */
function insert(rt: Run, p: Packet, t: Tag, label: string): void {
  if (p.data < VLAN_HLEN) rt.fault(`${label}: bpfplay kept no more room in front of the packet`);
  const b = p.region.bytes;
  const macs = b.slice(p.data, p.data + MACS);
  p.data -= VLAN_HLEN;
  p.mac = p.meta = p.region.start = p.data;
  rt.writeRegion(p.region, p.data, macs);
  rt.writeRegion(p.region, p.data + MACS, Uint8Array.of(t.proto >> 8, t.proto & 0xff, t.tci >> 8, t.tci & 0xff));
}

/** Takes the frame's outer tag out (__skb_vlan_pop): its TCI, or -ENOMEM for a frame too short to hold one. */
function remove(rt: Run, p: Packet): number {
  if (p.end - p.data < ETH_HLEN + VLAN_HLEN) return -ENOMEM;
  const b = p.region.bytes;
  const tci = (b[p.data + 14] << 8) | b[p.data + 15];
  const macs = b.slice(p.data, p.data + MACS);
  p.data += VLAN_HLEN;
  p.mac = p.meta = p.region.start = p.data;
  rt.writeRegion(p.region, p.data, macs);
  if (p.net - p.data < ETH_HLEN) p.net = p.data + ETH_HLEN;
  return tci;
}

/** long bpf_skb_vlan_push(skb, vlan_proto, vlan_tci): vlan_proto other than 802.1Q or 802.1ad counts as 802.1Q. */
export const skbVlanPush: HelperImpl = {
  name: "skb_vlan_push",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const s = view(rt);
    const raw = rt.argU32(2) & 0xffff; // a __be16 as the program holds it
    const given = ((raw & 0xff) << 8) | (raw >> 8);
    const proto = isVlan(given) ? given : ETH_P_8021Q;
    const old = s.offload();
    if (old) {
      insert(rt, p, old, label);
      s.setProtocol(old.proto);
      s.setLen(p);
    }
    s.setOffload({ proto, tci: rt.argU32(3) & 0xffff });
    return ok;
  },
};

/** long bpf_skb_vlan_pop(skb) */
export const skbVlanPop: HelperImpl = {
  name: "skb_vlan_pop",
  call(rt, _m, label) {
    const p = skbPacket(rt, label);
    const s = view(rt);
    const b = p.region.bytes;
    const inner = () => (b[p.data + 16] << 8) | b[p.data + 17];
    if (s.offload()) s.setOffload(undefined);
    else {
      if (!isVlan(s.protocol())) return ok;
      const proto = inner();
      const tci = remove(rt, p);
      if (tci < 0) return errno(-tci);
      s.setProtocol(proto);
      s.setLen(p);
    }
    // the frame's next tag, if any, goes into the offload slot
    if (!isVlan(s.protocol())) return ok;
    const outer = s.protocol();
    const proto = inner();
    const tci = remove(rt, p);
    if (tci < 0) return errno(-tci);
    s.setProtocol(proto);
    s.setLen(p);
    s.setOffload({ proto: outer, tci });
    return ok;
  },
};
