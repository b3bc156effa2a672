// about: __builtin_memset of a local struct and array (zero and non-zero bytes), then partial writes over it
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec { __u32 a; __u8 b[5]; __u64 c; };
__u8 fill = 0x5a;
__u8 out[sizeof(struct rec) + 24];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct rec r;
	__builtin_memset(&r, 0, sizeof(r));
	r.b[2] = 7;
	__u8 buf[24];
	__builtin_memset(buf, 0xa5, sizeof(buf));
	buf[fill & 15] = fill;
	__builtin_memcpy(out, &r, sizeof(r));
	__builtin_memcpy(out + sizeof(r), buf, sizeof(buf));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
