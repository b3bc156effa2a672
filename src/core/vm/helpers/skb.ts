// Shared by the skb helpers: the packet as skb->data..skb->data + skb->len.
import type { Packet } from "../packet_layout.ts";
import type { Run } from "../run.ts";

export function skbPacket(rt: Run, helper: string): Packet {
  const p = rt.ctx.packet;
  if (!p || !rt.ctx.skb) rt.fault(`${helper}: only programs with a socket buffer (__sk_buff) can use it`);
  return p;
}
