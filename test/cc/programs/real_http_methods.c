// about: count HTTP request methods in TCP payloads to port 80: the first four payload bytes read as a big-endian word and switched on
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

enum method { M_GET, M_POST, M_PUT, M_HEAD, M_OTHER, M_MAX };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, M_MAX);
} methods SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	if ((void *)(tcp + 1) > end || tcp->dest != bpf_htons(80))
		return XDP_PASS;
	__u8 *payload = (__u8 *)tcp + tcp->doff * 4;
	if ((void *)(payload + 4) > end)
		return XDP_PASS;
	__u32 word = ((__u32)payload[0] << 24) | (payload[1] << 16) | (payload[2] << 8) | payload[3];
	__u32 m;
	switch (word) {
	case 0x47455420: m = M_GET; break;    /* "GET " */
	case 0x504f5354: m = M_POST; break;   /* "POST" */
	case 0x50555420: m = M_PUT; break;    /* "PUT " */
	case 0x48454144: m = M_HEAD; break;   /* "HEAD" */
	default: m = M_OTHER;
	}
	__u64 *n = bpf_map_lookup_elem(&methods, &m);
	if (n)
		__sync_fetch_and_add(n, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
