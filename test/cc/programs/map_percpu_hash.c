// about: a per-CPU hash keyed by destination port: insert on miss, increment on hit; a seeded entry for port 80 starts at 1000
// packet: ipv4-tcp
// init: by_port:0050:e803000000000000
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__type(key, __u16);
	__type(value, __u64);
	__uint(max_entries, 64);
} by_port SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 38) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	__u16 port = bpf_ntohs(*(__u16 *)(p + 36));
	__u16 other = port + 1;
	__u64 one = 1, *v = bpf_map_lookup_elem(&by_port, &port);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&by_port, &port, &one, BPF_ANY);
	bpf_map_update_elem(&by_port, &other, &one, BPF_ANY);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
