// A syscall program: reads its context (user memory) and returns a sum.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct args {
	int a;
	int b;
};

SEC("syscall")
int add(struct args *ctx)
{
	return ctx->a + ctx->b;
}

char LICENSE[] SEC("license") = "GPL";
