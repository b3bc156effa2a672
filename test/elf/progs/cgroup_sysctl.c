// cgroup/sysctl: refuse writes to any sysctl whose name starts with "net".
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/sysctl")
int sysctl(struct bpf_sysctl *ctx)
{
	char name[8] = {};
	if (!ctx->write)
		return 1;
	if (bpf_sysctl_get_name(ctx, name, sizeof(name), 0) < 0)
		return 1;
	return !(name[0] == 'n' && name[1] == 'e' && name[2] == 't');
}

char LICENSE[] SEC("license") = "GPL";
