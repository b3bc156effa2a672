// about: pointers into the middle of arrays indexed backwards (p[-1]), pointer subtraction giving negative values, a loop walking down from the end through the middle pointer
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
long long out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 local[8];
	__builtin_memcpy(local, arr, sizeof(local));
	__u32 *mid = &local[4];
	out[0] = mid[-1] * 10 + mid[-4];
	__u32 *first = &local[0];
	out[1] = first - mid;
	__u32 acc = 0;
	for (int j = 7; j >= 0; j--)
		acc = acc * 2 + mid[j - 4];
	out[2] = acc;
	__u8 i;
	__u32 wraps = 0;
	for (i = 250; i != 4; i++)
		wraps++;
	out[3] = wraps;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
