// Programs where bpfplay's compiler is known to disagree with clang-19, with what was seen. The
// tests expect these to fail and FAIL when one starts to pass, so the list cannot go stale:
// delete the entry then. Never add an entry to make a test green without a reason seen in a run.

export interface Known {
  /** Disagrees with clang in bpfplay's VM (cc_vs_clang). */
  readonly vm?: string;
  /** Rejected by the kernel, or a different BPF_PROG_TEST_RUN result (cc_vs_kernel). */
  readonly kernel?: string;
}

export const KNOWN_FAILURES: Readonly<Record<string, Known>> = {
  "int_builtins_misc.c": {
    vm: "bpfplay does not know __builtin_popcount and __builtin_ctz (call to undeclared function)",
    kernel: "not compiled by bpfplay (__builtin_popcount, __builtin_ctz)",
  },
  "stmt_case_ranges.c": {
    vm: "bpfplay: case ranges are not supported (GNU `case 'a' ... 'z':`)",
    kernel: "not compiled by bpfplay (case ranges)",
  },
};
