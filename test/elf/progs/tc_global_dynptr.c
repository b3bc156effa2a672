// A global function taking a struct bpf_dynptr *: the kernel wants an initialised dynptr there,
// and a stack buffer that never became one is refused at the call.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int check(struct bpf_dynptr *dp)
{
	return dp != 0;
}

SEC("tc")
int global_dynptr(struct __sk_buff *skb)
{
	struct bpf_dynptr dp;
	return check(&dp) & 1;
}

char LICENSE[] SEC("license") = "GPL";
