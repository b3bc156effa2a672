// about: address-taken locals of every width side by side on the stack (u8, u16, u32, u64, a struct), each written through a pointer by a noinline function while the others stay live
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair { __u32 a; __u16 b; };
__u64 out[6];

static __attribute__((noinline)) void set8(__u8 *p, __u8 v) { *p = v; }
static __attribute__((noinline)) void set16(__u16 *p, __u16 v) { *p = v; }
static __attribute__((noinline)) void set32(__u32 *p, __u32 v) { *p = v; }
static __attribute__((noinline)) void set64(__u64 *p, __u64 v) { *p = v; }
static __attribute__((noinline)) void setp(struct pair *p, __u32 v) { p->a = v; p->b = v >> 16; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	__u8 c = 1;
	__u16 h = 2;
	__u32 w = 3;
	__u64 q = 4;
	struct pair p = { 5, 6 };
	__u64 keep1 = len * 7, keep2 = len * 11;
	set8(&c, len);
	set16(&h, len * 300);
	set32(&w, len * 70000);
	set64(&q, (__u64)len << 40);
	setp(&p, len * 0x10001);
	out[0] = c;
	out[1] = h;
	out[2] = w;
	out[3] = q;
	out[4] = p.a + p.b;
	out[5] = keep1 + keep2;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
