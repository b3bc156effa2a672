// about: a local array initialised from a list, summed and scanned in bounded loops; a partly initialised array is zero-filled
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 scale = 3;
__u64 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int a[8] = { 4, -2, 9, 0, 15, -7, 3, 1 };
	int b[6] = { 1, 2 };
	long long sum = 0;
	int max = a[0];
	for (int i = 0; i < 8; i++) {
		a[i] *= scale;
		sum += a[i];
		if (a[i] > max)
			max = a[i];
	}
	for (int i = 0; i < 6; i++)
		sum += b[i] * i;
	out[0] = sum;
	out[1] = max;
	out[2] = a[scale & 7];
	out[3] = b[5];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
