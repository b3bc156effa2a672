// __typeof_unqual__ (clang >= 19; libbpf's BPF_CORE_READ declares its temporaries with it) — from libbpf-bootstrap examples/c/bootstrap.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	const volatile int first;
	int second;
};

SEC("xdp")
int typeof_unqual(struct xdp_md *ctx)
{
	struct pair p = { .first = 2, .second = 3 };
	__typeof_unqual__(p.first) sum = p.first; /* plain int: assignable */
	sum += p.second;
	return sum == 5 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
