import type { Run } from "../run.ts";
import { XDP_FRAME_HDR } from "../packet_layout.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EACCES = 13;
/** The metadata's length is kept in skb_shared_info's u8 meta_len: at most 255, so 252 in whole u32s. */
const META_MAX = 255;

/**
 * long bpf_xdp_adjust_meta(xdp_md, delta): moves data_meta by delta (negative grows the
 * metadata in front of the packet). It may not reach into struct xdp_frame at the start of the
 * headroom nor past data; the metadata must be whole u32s and fit its length byte.
 */
export const xdpAdjustMeta: HelperImpl = {
  name: "xdp_adjust_meta",
  call(rt: Run, _m, label) {
    const p = rt.ctx.packet;
    if (!p || rt.opts.progType.ctx !== "xdp_md") rt.fault(`${label}: only XDP programs have an xdp_md`);
    const meta = p.meta + rt.arg(2)[1];
    if (meta < XDP_FRAME_HDR || meta > p.data) return errno(EINVAL);
    const metalen = p.data - meta;
    if (metalen & 3 || metalen > META_MAX) return errno(EACCES);
    p.meta = meta;
    p.region.start = meta;
    return ok;
  },
};
