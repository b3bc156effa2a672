// about: __attribute__((packed)) structs: layout without padding, members at odd offsets read byte by byte
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct __attribute__((packed)) rec { __u8 kind; __u32 value; __u16 port; __u64 big; };
struct rec in = { 7, 0x01020304, 0x0506, 0x1122334455667788ULL };
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct rec r = in;
	out[0] = sizeof(struct rec);
	out[1] = __builtin_offsetof(struct rec, port);
	out[2] = r.value;
	out[3] = r.port;
	out[4] = r.big;
	r.value += 1;
	in.port = r.value;
	out[5] = in.port + r.kind;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
