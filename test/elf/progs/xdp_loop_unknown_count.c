// bpf_loop with a count read from the packet: the callback is verified until its states converge,
// the counter it keeps in its context forgotten between calls (it is never needed exact).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct fill {
	int i;
	int arr[4];
};

static int step(__u32 idx, struct fill *f)
{
	if (f->i >= 0 && f->i < 4)
		f->arr[f->i] = idx;
	f->i++;
	return 0;
}

SEC("xdp")
int unknown_count(struct xdp_md *ctx)
{
	struct fill f = {};
	void *end = (void *)(long)ctx->data_end, *data = (void *)(long)ctx->data;
	__u32 n = data + 4 < end ? *(unsigned char *)data : 3;
	bpf_loop(n, step, &f, 0);
	return f.arr[1] & 1;
}

char LICENSE[] SEC("license") = "GPL";
