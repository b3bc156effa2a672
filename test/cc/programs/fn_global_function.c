// about: a non-static function kept as a subprogram beside static ones; a void function that updates globals
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 total, calls;
__u32 in[4] = { 10, 20, 30, 40 };

__attribute__((noinline)) int scale(int v, int by)
{
	return v * by + 1;
}

static __attribute__((noinline)) void account(__u64 v)
{
	total += v;
	calls++;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 4; i++)
		account(scale(in[i], i + 1));
	return total > 200 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
