import { probeRead } from "./probe_read.ts";
import type { HelperImpl } from "./types.ts";

/**
 * long bpf_copy_from_user(dst, size, user_ptr), for sleepable (syscall) programs: bpfplay's
 * world has no user memory behind an address, so it fails as a read of unmapped memory does:
 * -EFAULT, dst zeroed.
 */
export const copyFromUser: HelperImpl = { name: "copy_from_user", call: (rt, _m, label) => probeRead(rt, label, false, true) };
