// about: __builtin_memcpy and __builtin_memset of sizes 1 to 40 at aligned and unaligned offsets between stack, packet and a map value
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__uint(value_size, 96);
	__uint(max_entries, 1);
} buf SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 64) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	__u32 k = 0;
	__u8 *v = bpf_map_lookup_elem(&buf, &k);
	if (!v)
		return XDP_ABORTED;
	__u8 tmp[48];
	__builtin_memcpy(tmp, p + 3, 40);
	__builtin_memcpy(v, tmp, 40);
	__builtin_memcpy(v + 41, p, 1);
	__builtin_memcpy(v + 43, p + 7, 3);
	__builtin_memcpy(v + 47, p + 14, 13);
	__builtin_memset(v + 61, 0xee, 7);
	__builtin_memset(v + 70, 0, 26);
	__builtin_memcpy(p, v + 43, 6);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
