// about: an LRU per-CPU hash of per-source byte counts: insert on miss with BPF_NOEXIST, add on hit; run three times
// packet: ipv4-udp
// repeat: 3
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 64);
} bytes SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	__u32 src = ip->saddr;
	__u64 len = end - data;
	__u64 *v = bpf_map_lookup_elem(&bytes, &src);
	if (v)
		*v += len;
	else
		bpf_map_update_elem(&bytes, &src, &len, BPF_NOEXIST);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
