// Reduced cases (reduced/*.c) bpfplay is known to fail, with what was seen. reduced.test.ts expects
// each of these to fail and FAILS when one starts to pass: delete the entry then, so the list
// shrinks as the compiler improves. `stage` says which check fails (without bpf() a kernel-stage
// entry cannot be judged and is skipped).
export interface KnownFailing {
  readonly stage: "compile" | "verifier" | "kernel";
  readonly reason: string;
}

export const KNOWN_FAILING: Readonly<Record<string, KnownFailing>> = {
  typeof_unqual: { stage: "compile", reason: "call to undeclared function '__typeof_unqual__' (the keyword is not known)" },
  unused_inline_asm: { stage: "compile", reason: "inline assembly is not supported in BPF programs, on asm in a function no program reaches" },
  barrier_var: { stage: "compile", reason: "inline assembly is not supported in BPF programs, on the empty asm of barrier_var()/barrier()" },
  memcpy_dead_variable_size: { stage: "compile", reason: "__builtin_memcpy requires a constant size in BPF programs, in a switch arm constant sizes never reach" },
  memcpy_inline_constant_size: { stage: "compile", reason: "__builtin_memcpy requires a constant size in BPF programs, on an __always_inline parameter that is constant at the call" },
  kconfig_extern: { stage: "compile", reason: "global 'LINUX_HAS_SYSCALL_WRAPPER' cannot be used here (extern __kconfig)" },
  helper_tracing_stack_ns: { stage: "verifier", reason: "program of this type cannot use helper bpf_get_ns_current_pid_tgid#120 / bpf_get_stack#67 / bpf_get_stackid#27" },
  cgroup_sock_ctx: { stage: "verifier", reason: "cgroup_sock: program of this type cannot use helper bpf_get_current_uid_gid#15; invalid bpf_context access off=4 size=4" },
};
