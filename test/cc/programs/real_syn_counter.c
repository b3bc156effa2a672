// about: SYN flood guard: count SYNs per source in an LRU hash, drop once a source passes a limit from .rodata; run five times with a limit of 3
// packet: ipv4-tcp
// repeat: 5
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

const volatile __u64 syn_limit = 3;

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1024);
} syns SEC(".maps");

__u64 dropped;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	if ((void *)(tcp + 1) > end || ip->protocol != IPPROTO_TCP || !tcp->syn || tcp->ack)
		return XDP_PASS;
	__u32 src = ip->saddr;
	__u64 *n = bpf_map_lookup_elem(&syns, &src);
	if (!n) {
		__u64 one = 1;
		bpf_map_update_elem(&syns, &src, &one, BPF_ANY);
		return XDP_PASS;
	}
	if (++*n > syn_limit) {
		dropped++;
		return XDP_DROP;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
