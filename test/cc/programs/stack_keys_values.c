// about: several map keys and values on the stack at once (u32, u64 and struct keys), updated and looked up in an interleaved order
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct k2 { __u32 a; __u16 b; __u8 c; __u8 pad; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} m32 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u64);
	__type(value, __u32);
	__uint(max_entries, 8);
} m64 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct k2);
	__type(value, struct k2);
	__uint(max_entries, 8);
} ms SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	__u32 ka = len, kb = len + 1;
	__u64 va = len * 1000ULL, kq = (__u64)len << 33;
	__u32 vq = len ^ 0xabcd;
	struct k2 ks = { len, (__u16)(len * 3), 7, 0 }, vs = { 1, 2, 3, 0 };
	bpf_map_update_elem(&m32, &ka, &va, BPF_ANY);
	bpf_map_update_elem(&m64, &kq, &vq, BPF_ANY);
	va += 5;
	bpf_map_update_elem(&m32, &kb, &va, BPF_ANY);
	bpf_map_update_elem(&ms, &ks, &vs, BPF_ANY);
	vs.a = len;
	ks.c = 8;
	bpf_map_update_elem(&ms, &ks, &vs, BPF_ANY);
	__u64 *got = bpf_map_lookup_elem(&m32, &ka);
	__u32 *got2 = bpf_map_lookup_elem(&m64, &kq);
	if (got && got2)
		*got += *got2;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
