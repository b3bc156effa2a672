#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 table[16] = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };

SEC("xdp")
int loop_for(struct xdp_md *ctx)
{
	__u32 sum = 0;
	for (int i = 0; i < 16; i++) {
		if (table[i] == 1)
			continue;
		if (table[i] == 8)
			break;
		sum += table[i] * i;
	}
	return sum;
}

char LICENSE[] SEC("license") = "GPL";
