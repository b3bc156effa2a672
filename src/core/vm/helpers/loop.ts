import { HI_TAG, LO_BASE } from "../memory.ts";
import { errno, u32 } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** BPF_MAX_LOOPS: the most iterations bpf_loop makes. */
export const MAX_LOOPS = 8 * 1024 * 1024;
const EINVAL = 22;
const E2BIG = 7;

/**
 * long bpf_loop(nr_loops, callback_fn, callback_ctx, flags): calls callback_fn(i, callback_ctx)
 * for i = 0, 1, ... nr_loops - 1, stopping early when it returns non-zero (1); returns the number
 * of calls made. -EINVAL for flags other than 0, -E2BIG for more than BPF_MAX_LOOPS iterations.
 * The callback is a subprogram of the same program, loaded with ld_imm64 src 4 (its address).
 *
 * With flags 0 the kernel's verifier inlines the call (inline_bpf_loop) and the inlined code
 * differs from the helper in two ways that a program can see, which bpfplay follows: nr_loops
 * is compared as the whole 64-bit register, and -E2BIG is a 32-bit move, so r0 is 0xfffffff9
 * zero-extended rather than -7 (BPF_PROG_TEST_RUN shows both). The kernel inlines only when
 * the verifier knows flags is 0 and the callback is the same on every path; bpfplay assumes so
 * whenever flags is 0.
 */
export const loop: HelperImpl = {
  name: "loop",
  call(rt, m, label) {
    const [fh, fl] = rt.arg(2);
    if (fh !== (HI_TAG | m.codeRegionId) || ((fl - LO_BASE) & 7) !== 0) rt.fault(`${label}: R2 is not the address of a function (ld_imm64 src 4)`);
    const entry = (fl - LO_BASE) >>> 3;
    const ctx = rt.arg(3);
    if (rt.argBig(4) !== 0n) return errno(EINVAL); // not inlined: the helper checks flags first
    if (BigInt.asUintN(64, rt.argBig(1)) > BigInt(MAX_LOOPS)) return u32(-E2BIG); // the inlined loop's 32-bit move
    const n = rt.argU32(1);
    const deadline = m.callbackDeadline(); // for all the calls together
    for (let i = 0; i < n; i++) {
      const [hi, lo] = m.callback(entry, [[0, i], ctx], label, deadline);
      if (hi !== 0 || lo !== 0) return u32(i + 1);
    }
    return u32(n);
  },
};
