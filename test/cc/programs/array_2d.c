// about: two-dimensional arrays: row-major layout, nested loops, a 3x3 matrix product
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
int r[3][3];
__u64 out[2];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			int s = 0;
			for (int k = 0; k < 3; k++)
				s += m[i][k] * m[k][j];
			r[i][j] = s;
		}
	out[0] = r[2][1] + r[0][2];
	out[1] = (char *)&m[2][0] - (char *)&m[0][0];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
