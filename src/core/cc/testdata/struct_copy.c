#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	__u32 a;
	__u16 b;
	__u64 c;
};

struct pair saved;

SEC("xdp")
int struct_copy(struct xdp_md *ctx)
{
	struct pair p = { .a = ctx->data_end - ctx->data, .c = 7 };
	struct pair q;
	p.b = p.a + 1;
	q = p;
	q.c += q.a;
	saved = q;
	return q.b + (int)q.c;
}

char LICENSE[] SEC("license") = "GPL";
