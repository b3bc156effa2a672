// about: a switch with 40 cases over a byte (a lookup clang may turn into a table), every value from 0 to 63 tried
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 out[64];
__u32 start = 0;

static __attribute__((noinline)) __u32 cls(__u32 c)
{
	switch (c) {
	case 0: case 1: case 2: case 3: return 10;
	case 4: return 11; case 5: return 12; case 6: return 13; case 7: return 14;
	case 8: return 15; case 9: return 16; case 10: return 17; case 11: return 18;
	case 12: return 19; case 13: return 20; case 14: return 21; case 15: return 22;
	case 16: case 17: return 23;
	case 20: return 24; case 21: return 25; case 22: return 26; case 23: return 27;
	case 30: return 28; case 31: return 29; case 32: return 30; case 33: return 31;
	case 34: return 32; case 35: return 33; case 36: return 34; case 37: return 35;
	case 40: return 36; case 41: return 37; case 42: return 38; case 43: return 39;
	case 50: return 40; case 51: return 41; case 60: return 42; case 61: return 43;
	default: return 99;
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (__u32 i = 0; i < 64; i++)
		out[i] = cls(start + i);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
