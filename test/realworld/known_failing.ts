// Reduced cases (reduced/*.c) bpfplay is known to fail, with what was seen. reduced.test.ts expects
// each of these to fail and FAILS when one starts to pass: delete the entry then, so the list
// shrinks as the compiler improves. `stage` says which check fails (without bpf() a kernel-stage
// entry cannot be judged and is skipped).
export interface KnownFailing {
  readonly stage: "compile" | "verifier" | "kernel" | "size";
  readonly reason: string;
}

// Seen and since fixed (kept as history): barrier_var (empty asm templates, fixed in 3b5984d);
// cgroup_skb_sock_fields and str_helper_retval_bound (verifier context rules and helper result
// bounds, fixed by the verifier merge 03a3b7e); memcpy_dead_variable_size, memcpy_inline_constant_size
// (the size is taken after inlining, an unreached arm is not an error) and paren_declarator_param
// (a call through an inlined function-pointer parameter is a direct call); helper_tracing_stack_ns and
// cgroup_sock_ctx (helper availability as the kernel measures it, helper_availability.json).
export const KNOWN_FAILING: Readonly<Record<string, KnownFailing>> = {
  inline_bpf_asm: { stage: "compile", reason: "inline assembly is not supported in BPF programs (BPF asm with %[name] operands)" },
  sk_storage_map: { stage: "kernel", reason: "bpf(): Invalid argument (EINVAL) making the map: the kernel creates an sk_storage map only with BTF for it, which the harness does not give (bpfplay's verifier accepts the program since bpf_sk_storage_get has a record)" },
};
