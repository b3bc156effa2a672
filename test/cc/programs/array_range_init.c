// about: GNU range designators in array initialisers ([0 ... 3] = 7), mixed with plain designators that override part of a range
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 table[10] = { [0 ... 3] = 7, [2] = 1, [5 ... 9] = 9 };
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 local[8] = { [1 ... 6] = 0xaa };
	__u64 s = 0;
	for (int i = 0; i < 10; i++)
		s = s * 10 + table[i];
	out[0] = s;
	out[1] = *(__u64 *)local;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
