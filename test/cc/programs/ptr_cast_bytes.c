// about: a struct viewed as bytes through an unsigned char pointer (a checksum over it), and bytes viewed back as a u32
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct hdr { __u16 a; __u16 b; __u32 c; };
struct hdr in = { 0x1234, 0xabcd, 0xdeadbeef };
__u64 out[3];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct hdr h = in;
	unsigned char *p = (unsigned char *)&h;
	__u32 sum = 0;
	for (int i = 0; i < sizeof(h); i++)
		sum = sum * 31 + p[i];
	out[0] = sum;
	p[0] = 0x99;
	out[1] = h.a;
	unsigned char bytes[4] = { 1, 2, 3, 4 };
	out[2] = *(__u32 *)bytes;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
