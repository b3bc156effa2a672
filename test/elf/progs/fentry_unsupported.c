// fentry: a BTF-typed program (its arguments typed by the kernel's BTF). libbpf finds the
// function in the running kernel's BTF and the kernel loads it; bpfplay has no such program types.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 calls;

SEC("fentry/do_nanosleep")
int BPF_PROG(enter_sleep)
{
	calls++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
