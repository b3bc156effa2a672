// about: structs returned by value from always_inline functions (8 and 16 bytes) and assigned, used as members of other expressions
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct small { __u32 a, b; };
struct pair16 { __u64 x, y; };
__u32 in = 4;
__u64 out[4];

static __always_inline struct small make(__u32 v) { struct small s = { v, v + 1 }; return s; }
static __always_inline struct pair16 make16(__u64 v) { struct pair16 p = { v * 3, v }; return p; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct small m = make(in);
	out[0] = m.a + m.b * 100;
	struct pair16 p = make16(in);
	out[1] = p.x - p.y;
	out[2] = make(in + 1).b;
	out[3] = make16(7).x;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
