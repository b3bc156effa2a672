// about: map definitions with map_flags (BPF_F_NO_PREALLOC on a hash), pinning (LIBBPF_PIN_BY_NAME, ignored when loading) and an enum-typed key
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

enum kind { K_SMALL, K_BIG };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, enum kind);
	__type(value, __u64);
	__uint(max_entries, 4);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
} sizes SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	enum kind k = len > 64 ? K_BIG : K_SMALL;
	__u64 *v = bpf_map_lookup_elem(&sizes, &k);
	if (v) {
		*v += len;
	} else {
		__u64 l = len;
		bpf_map_update_elem(&sizes, &k, &l, BPF_NOEXIST);
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "Dual MIT/GPL";
