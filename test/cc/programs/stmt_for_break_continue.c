// about: for loops with continue and break, loop variables declared in and out of the for, an empty body
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 vals[10] = { 3, 8, 1, 0, 12, 7, 0, 5, 9, 2 };
__u32 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 sum = 0, skipped = 0;
	int i;
	for (i = 0; i < 10; i++) {
		if (vals[i] == 0) {
			skipped++;
			continue;
		}
		if (vals[i] > 10)
			break;
		sum += vals[i];
	}
	out[0] = sum;
	out[1] = skipped;
	out[2] = i;
	int j;
	for (j = 0; j < 10 && vals[j] != 7; j++)
		;
	out[3] = j;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
