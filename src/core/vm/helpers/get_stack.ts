import { errno, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

const EINVAL = 22;
const EFAULT = 14;
const SKIP_MASK = 0xffn;
const USER_STACK = 1n << 8n;
const USER_BUILD_ID = 1n << 11n;
/** sysctl kernel.perf_event_max_stack */
const MAX_STACK = 127;
/** struct bpf_stack_build_id: status, build_id[20], then the offset or the ip. */
const BUILD_ID_SIZE = 32;
const BPF_STACK_BUILD_ID_IP = 2;

/**
 * long bpf_get_stack(ctx, buf, size, flags): the kernel stack at the probe (or with
 * BPF_F_USER_STACK the task's user stack), skipping flags & 0xff frames, as u64 return
 * addresses (or struct bpf_stack_build_id with BPF_F_USER_BUILD_ID, which bpfplay fills with
 * the ip only: its world has no build ids). Returns the bytes written and zeroes the rest of
 * buf; -EINVAL (buf zeroed) for bad flags or a size not a whole number of entries, -EFAULT when
 * the stack is shallower than the frames to skip. The stacks are the world's (world.ts).
 */
export const getStack: HelperImpl = {
  name: "get_stack",
  call(rt, _m, label) {
    const size = rt.argU32(3);
    const flags = rt.argBig(4);
    const user = (flags & USER_STACK) !== 0n;
    const buildId = (flags & USER_BUILD_ID) !== 0n;
    const elem = buildId ? BUILD_ID_SIZE : 8;
    const buf = new Uint8Array(size);
    const fail = (e: number) => {
      rt.write(2, buf, label);
      return errno(e);
    };
    if (flags & ~(SKIP_MASK | USER_STACK | USER_BUILD_ID) || (!user && buildId) || size % elem) return fail(EINVAL);
    const skip = Number(flags & SKIP_MASK);
    const depth = Math.min(size / elem + skip, MAX_STACK);
    const stack = (user ? rt.opts.world.userStack : rt.opts.world.kernelStack).slice(0, depth);
    if (stack.length < skip) return fail(EFAULT);
    const ips = stack.slice(skip, skip + size / elem);
    const v = new DataView(buf.buffer);
    ips.forEach((ip, k) => {
      if (!buildId) return v.setBigUint64(8 * k, ip, true);
      v.setUint32(k * elem, BPF_STACK_BUILD_ID_IP, true);
      v.setBigUint64(k * elem + 24, ip, true);
    });
    rt.write(2, buf, label);
    return u32(ips.length * elem);
  },
};
