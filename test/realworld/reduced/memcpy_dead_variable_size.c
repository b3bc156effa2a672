// __builtin_memcpy with a variable size in a switch default that constant sizes never reach (the kernel's __read_once_size pattern) — from kernel samples/bpf/xdp_sample.bpf.h (xdp_sample.bpf.c, xdp_router_ipv4.bpf.c)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __always_inline void read_sized(const volatile void *p, void *res, int size)
{
	switch (size) {
	case 4: *(__u32 *)res = *(volatile __u32 *)p; break;
	case 8: *(__u64 *)res = *(volatile __u64 *)p; break;
	default:
		__builtin_memcpy(res, (const void *)p, size);
	}
}

__u64 shared_counter;

SEC("xdp")
int memcpy_dead_variable_size(struct xdp_md *ctx)
{
	__u64 v;

	read_sized(&shared_counter, &v, sizeof(v));
	return v > 10 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
