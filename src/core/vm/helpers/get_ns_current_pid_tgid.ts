import { errno, ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
/** struct bpf_pidns_info: pid, tgid */
const INFO_SIZE = 8;

/**
 * long bpf_get_ns_current_pid_tgid(dev, ino, nsdata, size): the task's pid and tgid as the pid
 * namespace named by dev and ino sees them; -EINVAL (nsdata zeroed) for another namespace or a
 * size that is not struct bpf_pidns_info's. bpfplay's task lives in the initial namespace (world.ts).
 */
export const getNsCurrentPidTgid: HelperImpl = {
  name: "get_ns_current_pid_tgid",
  call(rt, _m, label) {
    const size = rt.argU32(4);
    const w = rt.opts.world;
    const out = new Uint8Array(size);
    const dev = BigInt.asUintN(64, rt.argBig(1));
    const match = size === INFO_SIZE && dev === w.pidNs.dev && BigInt.asUintN(64, rt.argBig(2)) === w.pidNs.ino;
    if (match) {
      new DataView(out.buffer).setUint32(0, w.pid, true);
      new DataView(out.buffer).setUint32(4, w.tgid, true);
    }
    rt.write(3, out, label);
    return match ? ok : errno(EINVAL);
  },
};
