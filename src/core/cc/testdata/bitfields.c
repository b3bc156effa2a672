#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flags {
	unsigned int ver : 4;
	unsigned int ihl : 4;
	int delta : 5;
	unsigned int rest : 19;
};

struct flags g;

SEC("xdp")
int bitfields(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	struct flags f = {};
	f.ver = 4;
	f.ihl = n;
	f.delta = -3;
	f.rest = n * 1000;
	g = f;
	return f.ver + f.ihl + f.delta + (f.rest >> 4);
}

char LICENSE[] SEC("license") = "GPL";
