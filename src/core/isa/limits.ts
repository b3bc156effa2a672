// The kernel's fixed limits on a BPF program, as its verifier and interpreter apply them
// (include/linux/bpf.h, include/linux/bpf_verifier.h, include/linux/err.h). The verifier and
// the VM import them from here; no other file writes these numbers.

/** MAX_BPF_STACK: bytes of stack one frame has, and the most all frames of a call chain may use together. */
export const MAX_BPF_STACK = 512;

/** BPF_PRIV_STACK_MIN_SIZE: the least stack (rounded) for which a function gets a private stack, where its program type has them. */
export const BPF_PRIV_STACK_MIN_SIZE = 64;

/** MAX_CALL_FRAMES: the main program and at most seven nested bpf-to-bpf calls. */
export const MAX_CALL_FRAMES = 8;

/** MAX_LINKED_REGS: the copies of a scalar a conditional jump refines together (the others are unlinked). */
export const MAX_LINKED_REGS = 6;

/** BPF_COMPLEXITY_LIMIT_INSNS: instructions the verifier may process before it gives up. */
export const BPF_COMPLEXITY_LIMIT_INSNS = 1_000_000;

/** BPF_COMPLEXITY_LIMIT_JMP_SEQ: paths waiting to be explored, at most. */
export const BPF_COMPLEXITY_LIMIT_JMP_SEQ = 8192;

/**
 * BPF_MAX_VAR_OFF: a variable offset a pointer may carry, in either direction; BPF_MAX_VAR_SIZ,
 * the size a helper may be given, has the same value.
 */
export const BPF_MAX_VAR_OFF = 1n << 29n;
export const BPF_MAX_VAR_SIZ = 1n << 29n;

/** MAX_PACKET_OFF: the largest offset into a packet a range check can establish. */
export const MAX_PACKET_OFF = 0xffff;

/** MAX_ERRNO: helpers that fail return -errno, at least -4095. */
export const MAX_ERRNO = 4095n;

/** MAX_TAIL_CALL_CNT: tail calls one run may take. */
export const MAX_TAIL_CALL_CNT = 33;

/**
 * Instructions one VM run executes before it stops (an endless loop?), unless the caller gives
 * another budget: the verifier's instruction limit, so a program the verifier could walk runs.
 */
export const RUN_BUDGET = BPF_COMPLEXITY_LIMIT_INSNS;
