// bpf_fib_lookup fills its params in (6.18: ARG_PTR_TO_MEM | MEM_WRITE), so the stack it covers
// holds unknown data after the call: the ifindex set to 1 before it is any number, and indexing
// with it is unbounded. bpfplay kept the 1 and accepted the program (a false accept).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

struct val { __u64 c[4]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct val);
	__uint(max_entries, 1);
} per_if SEC(".maps");

SEC("xdp")
int fib_clobber(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&per_if, &k);
	if (!v)
		return XDP_PASS;
	struct bpf_fib_lookup p = {};
	p.family = 2; /* AF_INET */
	p.ipv4_src = ip->saddr;
	p.ipv4_dst = ip->daddr;
	p.ifindex = 1;
	bpf_fib_lookup(ctx, &p, sizeof(p), 0);
	v->c[p.ifindex]++;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
