// bpf_xdp_get_buff_len, bpf_xdp_load_bytes and bpf_xdp_store_bytes: the packet by offset from
// data, for programs that cannot prove a direct access. bpfplay's XDP packets are one buffer
// (no fragments), as BPF_PROG_TEST_RUN's are without xdp.frags.
import type { Packet } from "../packet_layout.ts";
import type { Run } from "../run.ts";
import { errno, ok, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EFAULT = 14;
const EINVAL = 22;

function xdpPacket(rt: Run, label: string): Packet {
  const p = rt.ctx.packet;
  if (!p || rt.opts.progType.ctx !== "xdp_md") rt.fault(`${label}: only XDP programs have an xdp_md`);
  return p;
}

/** The offset of [offset, offset + len) in the packet region, or -errno (bpf_xdp_pointer). */
function at(rt: Run, p: Packet): number {
  const off = rt.argU32(2);
  const len = rt.argU32(4);
  if (off > 0xffff || len > 0xffff) return -EFAULT;
  if (off + len > p.end - p.data) return -EINVAL;
  return p.data + off;
}

/** u64 bpf_xdp_get_buff_len(xdp_md): the packet's length, data to data_end. */
export const xdpGetBuffLen: HelperImpl = {
  name: "xdp_get_buff_len",
  call(rt, _m, label) {
    const p = xdpPacket(rt, label);
    return u32(p.end - p.data);
  },
};

/** long bpf_xdp_load_bytes(xdp_md, offset, buf, len): -EINVAL past the end, -EFAULT beyond 64 KiB; buf is then left as it was. */
export const xdpLoadBytes: HelperImpl = {
  name: "xdp_load_bytes",
  call(rt, _m, label) {
    const p = xdpPacket(rt, label);
    const from = at(rt, p);
    if (from < 0) return errno(-from);
    rt.write(3, p.region.bytes.slice(from, from + rt.argU32(4)), label);
    return ok;
  },
};

/** long bpf_xdp_store_bytes(xdp_md, offset, buf, len) */
export const xdpStoreBytes: HelperImpl = {
  name: "xdp_store_bytes",
  call(rt, _m, label) {
    const p = xdpPacket(rt, label);
    const to = at(rt, p);
    if (to < 0) return errno(-to);
    rt.writeRegion(p.region, to, rt.read(3, rt.argU32(4), label));
    return ok;
  },
};
