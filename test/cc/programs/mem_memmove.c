// about: __builtin_memmove within one buffer, overlapping forwards and backwards
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 buf[32] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 };

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 t[32];
	__builtin_memcpy(t, buf, 32);
	__builtin_memmove(t + 3, t, 12);
	__builtin_memmove(t + 16, t + 18, 10);
	__builtin_memcpy(buf, t, 32);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
