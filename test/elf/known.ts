// Objects whose verdict or run differs from the kernel's through libbpf, and why. None is the
// ELF reader's: each is a program type's context, a helper or a map that bpfplay's verifier or
// VM does not model yet. The test fails when one starts to agree (remove it here then).
const CTX = "bpfplay models no context layout for this program type, so every context access is refused";

export const KNOWN: Readonly<Record<string, string>> = {
  cgroup_dev: `${CTX} (struct bpf_cgroup_dev_ctx)`,
  "cgroup_dev.nog": `${CTX} (struct bpf_cgroup_dev_ctx)`,
  tc_for_each: "bpf_for_each_map_elem has no prototype in bpfplay (its callback's key argument is a PTR_TO_MAP_KEY, a register type bpfplay lacks)",
  fentry_unsupported: "bpfplay runs no BTF-typed program types (fentry, fexit, tp_btf, lsm, iter, struct_ops): it refuses the object where libbpf attaches it to the kernel's BTF",
  "fentry_unsupported.nog": "bpfplay runs no BTF-typed program types (fentry, fexit, tp_btf, lsm, iter, struct_ops): it refuses the object where libbpf attaches it to the kernel's BTF",
  pkt_spin_lock: "bpfplay has no bpf_spin_lock (helper_left_out.ts): it refuses the call where the kernel loads the program",
  xdp_lpm: "bpfplay's VM has no lpm_trie map (the verdicts agree; the run cannot be compared)",
};
