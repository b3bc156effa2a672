// about: char arrays initialised from string literals, their sizes, compared byte by byte in a loop
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char name[16] = "bpfplay";
__u64 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	char want[] = "bpfplay";
	char other[8] = "bpfpla";
	int same = 1, diff = 0;
	for (int i = 0; i < sizeof(want); i++) {
		if (name[i] != want[i])
			same = 0;
		if (other[i] != want[i])
			diff++;
	}
	out[0] = sizeof(want);
	out[1] = same;
	out[2] = diff;
	out[3] = want[3] + other[7];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
