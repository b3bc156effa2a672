// cgroup/dev: deny writes to character device 1:3 (/dev/null), allow the rest.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/dev")
int devices(struct bpf_cgroup_dev_ctx *ctx)
{
	short type = ctx->access_type & 0xffff;
	short access = ctx->access_type >> 16;
	if (type == BPF_DEVCG_DEV_CHAR && ctx->major == 1 && ctx->minor == 3 && (access & BPF_DEVCG_ACC_WRITE))
		return 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
