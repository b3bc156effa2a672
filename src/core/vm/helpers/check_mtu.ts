import { field, SK_BUFF } from "../../isa/ctx_layouts.ts";
import type { Run } from "../run.ts";
import { errno, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const ENODEV = 19;
const BPF_MTU_CHK_SEGS = 1n;
const SUCCESS = 0;
const FRAG_NEEDED = 1;
const GSO_SIZE = field(SK_BUFF, "gso_size").off;

/**
 * long bpf_check_mtu(ctx, ifindex, u32 *mtu_len, len_diff, flags): whether the packet, grown by
 * len_diff, fits the MTU (plus link-layer header) of device ifindex (0: the one it came in on,
 * the loopback device in a test run); with *mtu_len set, that L3 length is checked instead of the
 * packet's. Writes the device's MTU to *mtu_len. A GSO packet (gso_size set) passes, as it is
 * cut into segments later. bpfplay's world has only the loopback device: any other ifindex is
 * -ENODEV. The segment check (BPF_MTU_CHK_SEGS) is tc only and takes no mtu_len nor len_diff.
 */
export const checkMtu: HelperImpl = {
  name: "check_mtu",
  call(rt: Run, _m, label) {
    const p = rt.ctx.packet;
    if (!p) rt.fault(`${label}: only tc and XDP programs have a packet to check`);
    const xdp = rt.opts.progType.ctx === "xdp_md";
    const flags = rt.argBig(5);
    const lenDiff = rt.arg(4)[1]; // s32
    const given = new DataView(rt.read(3, 4, label).buffer).getUint32(0, true);
    const bad = xdp ? flags !== 0n : (flags & ~BPF_MTU_CHK_SEGS) !== 0n || (flags & BPF_MTU_CHK_SEGS && (lenDiff !== 0 || given !== 0));
    const ifindex = rt.argU32(2);
    const dev = rt.opts.world.interfaces.get(ifindex || 1);
    const ret = bad ? -EINVAL : !dev ? -ENODEV : undefined;
    const mtu = ret === -EINVAL || !dev ? 0 : dev.mtu;
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, mtu, true);
    rt.write(3, out, label);
    if (ret !== undefined || !dev) return errno(-(ret ?? -ENODEV));
    const len = (given ? given + dev.hardHeaderLen : p.end - p.data) + lenDiff;
    if (len <= dev.mtu + dev.hardHeaderLen) return u32(SUCCESS);
    const gso = !xdp && rt.ctx.ctx !== undefined && rt.ctx.ctx.view.getUint32(GSO_SIZE, true) !== 0;
    return u32(gso ? SUCCESS : FRAG_NEEDED);
  },
};
