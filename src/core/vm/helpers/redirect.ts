import { u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const BPF_F_INGRESS = 1;
const TC_ACT_SHOT = 2;
const TC_ACT_REDIRECT = 7;
const XDP_ABORTED = 0;
const XDP_REDIRECT = 4;

/** long bpf_redirect(ifindex, flags): the verdict to return; the redirect itself happens after the program. */
export const redirect: HelperImpl = {
  name: "redirect",
  call(rt) {
    const flags = rt.argBig(2);
    if (rt.opts.progType.name === "xdp") return u32(flags ? XDP_ABORTED : XDP_REDIRECT);
    return u32(flags & ~BigInt(BPF_F_INGRESS) ? TC_ACT_SHOT : TC_ACT_REDIRECT);
  },
};
