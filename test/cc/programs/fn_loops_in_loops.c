// about: a subprogram with its own loops and early returns, called from inside a loop of the caller with values carried across iterations
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 grid[4][6] = { { 1, 0, 3, 0, 5, 0 }, { 0, 0, 0, 0, 0, 0 }, { 7, 8, 0, 0, 0, 9 }, { 0, 0, 0, 0, 0, 1 } };
__u64 out[3];

static __attribute__((noinline)) int first_nonzero(__u32 row, __u32 from)
{
	if (row >= 4)
		return -1;
	for (__u32 c = from; c < 6; c++) {
		if (grid[row][c])
			return c;
	}
	return -1;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 found = 0, sum = 0, misses = 0;
	for (__u32 r = 0; r < 4; r++) {
		int c = -1;
		for (int k = 0; k < 6; k++) {
			c = first_nonzero(r, c + 1);
			if (c < 0) {
				misses++;
				break;
			}
			found++;
			sum += grid[r][c & 7] * (c + 1);
		}
	}
	out[0] = found;
	out[1] = sum;
	out[2] = misses;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
