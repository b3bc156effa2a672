// about: a loop written with a backward goto and a counter bound, a goto jumping into the tail of an if, and labels that are not jumped to
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 in = 37;
__u32 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 n = in, steps = 0, bits = 0;
again:
	if (n == 0 || steps >= 40)
		goto finish;
	bits += n & 1;
	n >>= 1;
	steps++;
	goto again;
finish:
	out[0] = steps;
	out[1] = bits;
	if (bits > 2)
		goto big;
	out[2] = 1;
	goto end;
big:
	out[2] = 2;
unused:
	out[2] += 10;
end:
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
