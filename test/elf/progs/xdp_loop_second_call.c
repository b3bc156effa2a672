// A bpf_loop callback that is safe the first time it runs and not the second: it sets a flag in
// its context, and with the flag set it indexes its stack out of bounds. The kernel verifies the
// callback again in the state its first run left, and rejects the program.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flag {
	int set;
	int pad;
};

static int cb(__u32 i, struct flag *f)
{
	char buf[8] = {};
	if (f->set == 1) {
		volatile int k = 100;
		return buf[k];
	}
	f->set = 1;
	return 0;
}

SEC("xdp")
int second_call(struct xdp_md *ctx)
{
	struct flag f = { .set = 0 };
	bpf_loop(4, cb, &f, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
