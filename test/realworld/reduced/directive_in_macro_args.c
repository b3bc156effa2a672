// #if lines inside a function-like macro's arguments (BPF_UPROBE(name, args #if ... #endif)) — from selftests progs/test_uprobe_autoattach.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define ARGS 3
#define SUM(first, rest...) (first rest)

SEC("xdp")
int directive_in_macro_args(struct xdp_md *ctx)
{
	int s = SUM(1
		    + 2
#if ARGS > 2
		    + 3
#endif
#if ARGS > 5
		    + 100
#endif
		    );
	return s == 6 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
