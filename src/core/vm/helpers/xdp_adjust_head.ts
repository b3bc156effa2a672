import type { Run } from "../run.ts";
import { ETH_HLEN, XDP_FRAME_HDR } from "../packet_layout.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_xdp_adjust_head(xdp_md, delta): moves xdp->data (and the metadata with it). */
export const xdpAdjustHead: HelperImpl = {
  name: "xdp_adjust_head",
  call(rt: Run, _m, label) {
    const p = rt.ctx.packet;
    if (!p || rt.opts.progType.ctx !== "xdp_md") rt.fault(`${label}: only XDP programs have an xdp_md`);
    const delta = rt.arg(2)[1];
    const metalen = p.data - p.meta;
    const data = p.data + delta;
    if (data - metalen < XDP_FRAME_HDR || data > p.end - ETH_HLEN) return errno(22);
    if (metalen) rt.region_move(p.region, p.meta, p.meta + delta, metalen);
    p.data = data;
    p.meta = data - metalen;
    p.region.start = p.meta;
    return ok;
  },
};
