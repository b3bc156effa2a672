// about: a dense switch over 0..9 that clang may lower to a lookup table in .rodata, in a loop over every case and the default
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out[12];
__u32 base = 0;

static __attribute__((noinline)) int code(__u32 x)
{
	switch (x) {
	case 0: return 17;
	case 1: return 4;
	case 2: return 99;
	case 3: return 23;
	case 4: return 8;
	case 5: return 61;
	case 6: return 2;
	case 7: return 40;
	case 8: return 77;
	case 9: return 5;
	default: return 1000;
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (int i = 0; i < 12; i++)
		out[i] = code(base + i);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
