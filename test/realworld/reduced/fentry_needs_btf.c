// a SEC("fentry/...") program (BTF-typed context, which bpfplay cannot give): bpfplay compiles it with no error and no program type, and its verifier then checks it as a socket filter ("invalid bpf_context access off=8") — from libbpf-bootstrap examples/c/fentry.bpf.c (the same for lsm/, iter/, fexit/, kprobe.multi/, tp_btf/)
// expect: located error
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("fentry/do_unlinkat")
int fentry_needs_btf(unsigned long long *ctx)
{
	return ctx[1] != 0;
}

char LICENSE[] SEC("license") = "GPL";
