// about: byte swaps with -mcpu=v4, where clang uses the unconditional bswap instructions: __builtin_bswap16/32/64 and bpf_ntohs/ntohl/be64_to_cpu on variables
// packet: ipv4-tcp
// cpu: v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u64 in = 0x0102030405060708ULL;
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = __builtin_bswap16(in);
	out[1] = __builtin_bswap32(in);
	out[2] = __builtin_bswap64(in);
	out[3] = bpf_ntohs(in >> 16);
	out[4] = bpf_ntohl(in >> 8);
	out[5] = bpf_be64_to_cpu(in) + 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
