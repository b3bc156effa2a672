// `arg:` declaration tags on a global function's parameters: __arg_ctx makes a `void *` the
// context, __arg_nonnull makes a pointer one that is never NULL (so the function need not check
// it, and its callers may not pass one that may be NULL). Without -g there is no BTF, so both
// functions are verified inline.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))

__noinline int data_len(void *ctx __arg_ctx)
{
	struct xdp_md *x = ctx;

	return x->data_end - x->data;
}

__noinline int low_bit(unsigned int *p __arg_nonnull)
{
	return *p & 1;
}

SEC("xdp")
int global_tags(struct xdp_md *ctx)
{
	unsigned int v = 3;

	return data_len(ctx) > 60 && low_bit(&v) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
