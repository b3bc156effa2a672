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
  "fn_live_across_calls.c": {
    vm: "wrong code: stack slots overlap: the address-taken local `d` at fp-8 is overwritten by the spill of bump()'s first result (also fp-8), and the u32 key at fp-12 overwrites the upper half of the spill at fp-16; map kv and out[] get wrong values",
    kernel: "the same wrong values from BPF_PROG_TEST_RUN (map kv, out[])",
  },
  "int_narrow_arith.c": {
    vm: "bpfplay refuses `(u8s[1] + 10) / 3` on v3 (unsupported signed division); the operands are promoted u8 values, never negative, and clang divides unsigned",
    kernel: "not compiled by bpfplay (signed division of non-negative promoted operands)",
  },
  "stmt_case_ranges.c": {
    vm: "bpfplay: case ranges are not supported (GNU `case 'a' ... 'z':`)",
    kernel: "not compiled by bpfplay (case ranges)",
  },
};
