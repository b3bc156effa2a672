// about: a noinline function fills a struct through a pointer to the caller's stack; the caller reads it back
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct result { __u32 sum; __u32 max; __u16 n; };
__u32 in[5] = { 5, 90, 12, 44, 3 };
__u64 out[3];

static __attribute__((noinline)) void stats(struct result *r, __u32 *vals)
{
	r->sum = 0;
	r->max = 0;
	r->n = 0;
	for (int i = 0; i < 5; i++) {
		r->sum += vals[i];
		if (vals[i] > r->max)
			r->max = vals[i];
		r->n++;
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct result r;
	__u32 vals[5];
	__builtin_memcpy(vals, in, sizeof(vals));
	stats(&r, vals);
	out[0] = r.sum;
	out[1] = r.max;
	out[2] = r.n;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
