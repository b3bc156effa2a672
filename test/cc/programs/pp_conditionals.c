// about: #if, #elif, #ifdef and defined() over the target's predefined macros (__bpf__, __BPF_CPU_VERSION__, __BYTE_ORDER__) and __has_builtin
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
#if defined(__bpf__) && __BPF_CPU_VERSION__ >= 3
	out[0] = __BPF_CPU_VERSION__;
#elif defined(__bpf__)
	out[0] = 100;
#else
	out[0] = 200;
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	out[1] = 1;
#else
	out[1] = 2;
#endif
#ifdef __x86_64__
	out[2] = 86;
#endif
#if __has_builtin(__builtin_bswap64)
	out[3] = __builtin_bswap64(0x1122);
#endif
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
