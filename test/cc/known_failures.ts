// Programs where bpfplay's compiler is known to disagree with clang-19, with what was seen. The
// tests expect these to fail and FAIL when one starts to pass, so the list cannot go stale:
// delete the entry then. Never add an entry to make a test green without a reason seen in a run.

export interface Known {
  /** Disagrees with clang in bpfplay's VM (cc_vs_clang). */
  readonly vm?: string;
  /** Rejected by the kernel, or a different BPF_PROG_TEST_RUN result (cc_vs_kernel). */
  readonly kernel?: string;
  /** bpfplay's verifier and the kernel's give bpfplay's output different verdicts (cc_vs_kernel). */
  readonly verifier?: string;
}

// Seen and since fixed in bpfplay (kept here as history, not as entries): int_builtins_misc.c
// (__builtin_popcount/ctz unknown), stmt_case_ranges.c (case ranges), fn_live_across_calls.c
// (spill slots overlapping address-taken locals: wrong map values), int_narrow_arith.c (signed
// division of non-negative promoted u8 refused on v3), array_range_init.c (GNU range designators),
// struct_by_value.c (struct arguments by value), asm_barriers.c (barrier_var missing from bpf_helpers.h),
// fn_variadic_inline.c (a variadic static __always_inline function was refused), stmt_long_loop.c
// (bpfplay's verifier gave up at 1,000,001 instructions where the kernel loads it; fixed by 6.18's pruning).
export const KNOWN_FAILURES: Readonly<Record<string, Known>> = {
};
