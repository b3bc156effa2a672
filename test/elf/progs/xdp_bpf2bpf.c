// bpf-to-bpf calls: static functions in .text shared by programs of different sections.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

__u32 calls;

static __noinline __u32 mix(__u32 a, __u32 b)
{
	calls++;
	return (a * 31) ^ b;
}

static __noinline __u32 fold(__u32 x)
{
	return mix(x, x >> 3) + mix(x + 1, 7);
}

SEC("xdp")
int xdp_fold(struct xdp_md *ctx)
{
	return fold(ctx->data_end - ctx->data) & 1 ? XDP_PASS : XDP_DROP;
}

SEC("tc")
int tc_fold(struct __sk_buff *skb)
{
	return fold(skb->len) & 1 ? TC_ACT_OK : TC_ACT_SHOT;
}

SEC("socket")
int sock_mix(struct __sk_buff *skb)
{
	return mix(skb->len, 1) & 0xff;
}

char LICENSE[] SEC("license") = "GPL";
