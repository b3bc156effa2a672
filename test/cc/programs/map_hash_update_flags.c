// about: hash map update with BPF_ANY, BPF_NOEXIST and BPF_EXIST, delete, lookups of present and absent keys, the helpers' return codes kept
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} h SEC(".maps");

long long rc[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 k1 = 1, k2 = 2, k3 = 3;
	__u64 v = 100;
	rc[0] = bpf_map_update_elem(&h, &k1, &v, BPF_NOEXIST);
	v = 200;
	rc[1] = bpf_map_update_elem(&h, &k1, &v, BPF_NOEXIST);   /* -EEXIST */
	rc[2] = bpf_map_update_elem(&h, &k2, &v, BPF_EXIST);     /* -ENOENT */
	rc[3] = bpf_map_update_elem(&h, &k1, &v, BPF_EXIST);
	rc[4] = bpf_map_update_elem(&h, &k3, &v, BPF_ANY);
	rc[5] = bpf_map_delete_elem(&h, &k3);
	rc[6] = bpf_map_delete_elem(&h, &k3);                     /* -ENOENT */
	__u64 *p = bpf_map_lookup_elem(&h, &k1);
	rc[7] = p ? *p : -1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
