import { skbPacket } from "./skb.ts";
import { skbState } from "./skb_state.ts";
import { errno, ok, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EACCES = 13;
const QUERY = 0n;
const INC = 1n;
const DEC = 2n;
const RESET = 3n;
/** SKB_MAX_CSUM_LEVEL */
const MAX_LEVEL = 3;

/**
 * long bpf_csum_level(skb, level): how many headers' checksums the device checked
 * (CHECKSUM_UNNECESSARY), one more or one fewer, or none. A test run's packet starts with no
 * checksum state (CHECKSUM_NONE): a query is -EACCES until an increment.
 */
export const csumLevel: HelperImpl = {
  name: "csum_level",
  call(rt, _m, label) {
    skbPacket(rt, label);
    const s = skbState(rt);
    switch (rt.argBig(2)) {
      case QUERY:
        return s.csumUnnecessary ? u32(s.csumLevel) : errno(EACCES);
      case INC:
        if (!s.csumUnnecessary) [s.csumUnnecessary, s.csumLevel] = [true, 0];
        else if (s.csumLevel < MAX_LEVEL) s.csumLevel++;
        return ok;
      case DEC:
        if (s.csumUnnecessary && s.csumLevel === 0) s.csumUnnecessary = false;
        else if (s.csumUnnecessary) s.csumLevel--;
        return ok;
      case RESET:
        [s.csumUnnecessary, s.csumLevel] = [false, 0];
        return ok;
      default:
        return errno(EINVAL);
    }
  },
};
