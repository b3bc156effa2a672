import type { Run } from "../run.ts";
import { ETH_HLEN, XDP_FRAME, XDP_TAILROOM } from "../packet_layout.ts";
import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_xdp_adjust_tail(xdp_md, delta): moves xdp->data_end; grown bytes are zeroed. */
export const xdpAdjustTail: HelperImpl = {
  name: "xdp_adjust_tail",
  call(rt: Run, _m, label) {
    const p = rt.ctx.packet;
    if (!p || rt.opts.progType.ctx !== "xdp_md") rt.fault(`${label}: only XDP programs have an xdp_md`);
    const end = p.end + rt.arg(2)[1];
    if (end > XDP_FRAME - XDP_TAILROOM || end - p.data < ETH_HLEN) return errno(22);
    if (end > p.end) rt.zero(p.region, p.end, end - p.end);
    p.end = end;
    p.region.end = end;
    return ok;
  },
};
